import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE_LIMITS } from "@/lib/auth/throttle";
import { createMember, createTenant, createUser } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";

const PASSWORD = "correct horse battery staple";
const ip = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

let email: string;
let tenantId: string;
beforeAll(async () => {
  const tenant = await createTenant(ownerDb());
  tenantId = tenant.id;
  email = `signin.${randomUUID().slice(0, 8)}@example.test`;
  await createMember(ownerDb(), { tenantId, role: "ACCOUNT_MANAGER", email, password: PASSWORD });
});

describe("sign-in", () => {
  it("accepts the right password, whatever the case of the email, and audits it", async () => {
    const result = await authenticate({ email: email.toUpperCase(), password: PASSWORD, ip: ip() });
    expect(result).toMatchObject({ ok: true, user: { email, tenantId } });
    const audited = await ownerDb().auditEvent.findFirst({
      where: { tenantId, action: "auth.signIn", outcome: "SUCCESS" },
    });
    expect(audited).not.toBeNull();
  });

  it("gives one generic answer for a wrong password and an unknown email", async () => {
    const from = ip();
    expect(await authenticate({ email, password: "wrong-password!", ip: from })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(
      await authenticate({ email: `nobody.${randomUUID()}@example.test`, password: "wrong-password!", ip: from }),
    ).toEqual({ ok: false, reason: "invalid" });
  });

  it("costs about the same time for an unknown email as for a wrong password (no enumeration by timing)", async () => {
    const time = async (e: string) => {
      const start = performance.now();
      await authenticate({ email: e, password: "wrong-password!", ip: ip() });
      return performance.now() - start;
    };
    await time(email);
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(email));
      unknown.push(await time(`ghost.${randomUUID()}@example.test`));
    }
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
    // Both verify an argon2id hash (a dummy one for unknown emails).
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it("never stores the password or the email in the clear in the audit trail or the throttle table", async () => {
    const events = await ownerDb().auditEvent.findMany({
      where: { action: "auth.signIn" },
      select: { metadata: true },
    });
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
    const keys = await ownerDb().loginThrottle.findMany({ select: { key: true } });
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key))).toBe(true);
  });

  it("refuses a disabled account with the same generic answer", async () => {
    const user = await createUser(ownerDb(), { password: PASSWORD });
    await ownerDb().membership.create({ data: { tenantId, userId: user.id, role: "ACCOUNT_MANAGER" } });
    await ownerDb().user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses a suspended tenant's user after a correct password, and says it is suspended", async () => {
    const tenant = await createTenant(ownerDb(), { status: "SUSPENDED", suspendedReason: "Contract ended" });
    const { user } = await createMember(ownerDb(), { tenantId: tenant.id, role: "OWNER", password: PASSWORD });
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: ip() })).toEqual({
      ok: false,
      reason: "suspended",
      suspendedReason: "Contract ended",
    });
    // A wrong password on a suspended account reveals nothing.
    expect(await authenticate({ email: user.email, password: "wrong-password!", ip: ip() })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });
});

describe("throttling", () => {
  it(`backs off an (account, IP) pair after ${THROTTLE_LIMITS.accountIp} failures, even for the right password`, async () => {
    const { user } = await createMember(ownerDb(), { tenantId, role: "ACCOUNT_MANAGER", password: PASSWORD });
    const attacker = ip();
    for (let i = 0; i < THROTTLE_LIMITS.accountIp; i++) {
      expect(await authenticate({ email: user.email, password: `guess-${i}-xxxxxx`, ip: attacker })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    const throttled = await authenticate({ email: user.email, password: PASSWORD, ip: attacker });
    expect(throttled).toMatchObject({ ok: false, reason: "throttled" });
    if (!throttled.ok && throttled.reason === "throttled") expect(throttled.retryAfter).toBeGreaterThan(0);
    // The real user, from their own address, is not locked out by the stranger.
    expect(await authenticate({ email: user.email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  });

  it("throttles unknown emails exactly like known ones (no enumeration through throttling)", async () => {
    const attacker = ip();
    const ghost = `ghost.${randomUUID()}@example.test`;
    for (let i = 0; i < THROTTLE_LIMITS.accountIp; i++)
      await authenticate({ email: ghost, password: "nope-nope-nope", ip: attacker });
    expect(await authenticate({ email: ghost, password: "nope-nope-nope", ip: attacker })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
  });

  it(`backs off an IP after ${THROTTLE_LIMITS.ip} failures across accounts`, async () => {
    const attacker = ip();
    for (let i = 0; i < THROTTLE_LIMITS.ip; i++) {
      await authenticate({
        email: `spray.${i}.${randomUUID().slice(0, 6)}@example.test`,
        password: "nope-nope-nope",
        ip: attacker,
      });
    }
    expect(await authenticate({ email, password: PASSWORD, ip: attacker })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await authenticate({ email, password: PASSWORD, ip: ip() })).toMatchObject({ ok: true });
  }, 120_000);
});
