import { createHash, randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { removeMemberAction, revokeInvitationAction, resendInvitationAction } from "@/lib/actions/team";
import { acceptInvitationAction, inviteMemberAction } from "@/lib/actions/invitations";
import { authenticate } from "@/lib/auth/authenticate";
import { THROTTLE_LIMITS, throttleKeys } from "@/lib/auth/throttle";
import { readLink } from "@/lib/domain/invitations/read-link";
import { setMailerForTests, type Mailer } from "@/lib/mail/mailer";
import { createMember, createWorld, DEMO_PASSWORD, randomEmail, type World } from "@/lib/seed/factories";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

const PASSWORD = "a long enough passphrase";
const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const tokenOf = (link: string | null) => {
  const match = /\/(?:invite|reset)\/([A-Za-z0-9_-]{43})$/.exec(link ?? "");
  if (!match) throw new Error(`no token in ${link}`);
  return match[1]!;
};

let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
  vi.mocked(signInWithPassword).mockClear();
});
afterEach(() => setMailerForTests(null));

async function invite(data: { email?: string; role?: string; organizationId?: string; idempotencyKey?: string } = {}) {
  actAs(world.owner.user);
  const result = await inviteMemberAction({
    email: data.email ?? randomEmail("invitee"),
    role: data.role ?? "ACCOUNT_MANAGER",
    organizationId: data.organizationId ?? "",
    idempotencyKey: data.idempotencyKey ?? randomUUID(),
  });
  if (!result.ok) throw new Error(`invite failed: ${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

async function acceptNew(token: string, password = PASSWORD) {
  anonymous();
  return acceptInvitationAction({ mode: "new", token, name: "New Person", password, passwordConfirm: password });
}

describe("inviting", () => {
  it("stores only the sha256 of a 256-bit token, shows the link when no mail server is configured, and audits", async () => {
    const email = randomEmail("am");
    const data = await invite({ email });
    expect(data).toMatchObject({ delivered: false, email });
    const token = tokenOf(data.link);
    expect(data.link).toBe(`http://localhost:3000/invite/${token}`);
    const row = await ownerDb().invitation.findUniqueOrThrow({ where: { id: data.invitationId } });
    expect(row).toMatchObject({
      tenantId: world.tenant.id,
      email,
      role: "ACCOUNT_MANAGER",
      kind: "INVITE",
      tokenHash: sha256(token),
      acceptedAt: null,
    });
    // Valid for 7 days.
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - 7 * 86_400_000)).toBeLessThan(60_000);
    // The token is nowhere in the database.
    const everything = JSON.stringify([
      await ownerDb().invitation.findMany({ where: { tenantId: world.tenant.id } }),
      await ownerDb().idempotencyKey.findMany({ where: { tenantId: world.tenant.id } }),
      await ownerDb().auditEvent.findMany({ where: { tenantId: world.tenant.id } }),
    ]);
    expect(everything).not.toContain(token);
    const event = await ownerDb().auditEvent.findFirst({
      where: { tenantId: world.tenant.id, action: "invitation.create", targetId: data.invitationId },
    });
    expect(event).toMatchObject({ actorUserId: world.owner.user.id, outcome: "SUCCESS" });
  });

  it("is refused to account managers and client users (404), and for someone already on the team", async () => {
    for (const who of [world.manager.user, world.clientX.user]) {
      actAs(who);
      const result = await inviteMemberAction({
        email: randomEmail(),
        role: "ACCOUNT_MANAGER",
        organizationId: "",
        idempotencyKey: randomUUID(),
      });
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    actAs(world.owner.user);
    const result = await inviteMemberAction({
      email: world.manager.user.email,
      role: "OWNER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { email: "This person is already a member of the team." },
    });
  });

  it("validates with field errors: email, role, and a client invitation names an organization of this tenant", async () => {
    actAs(world.owner.user);
    const bad = await inviteMemberAction({
      email: "not-an-email",
      role: "",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (bad.ok) throw new Error();
    expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["email", "role"]);

    const noOrg = await inviteMemberAction({
      email: randomEmail(),
      role: "CLIENT",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(noOrg).toMatchObject({ ok: false, fieldErrors: { organizationId: "This field is required." } });

    const other = await createWorld(ownerDb());
    const foreign = await inviteMemberAction({
      email: randomEmail(),
      role: "CLIENT",
      organizationId: other.orgX.id,
      idempotencyKey: randomUUID(),
    });
    expect(foreign).toMatchObject({ ok: false, fieldErrors: { organizationId: "Choose one of the options." } });

    const extra = await inviteMemberAction({
      email: randomEmail(),
      role: "OWNER",
      organizationId: "",
      idempotencyKey: randomUUID(),
      tenantId: other.tenant.id,
    });
    expect(extra).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { tenantId: expect.any(String) } });
  });

  it("inviting the same email again re-issues the one pending invitation: the old link stops working", async () => {
    const email = randomEmail();
    const first = await invite({ email });
    const second = await invite({ email, role: "OWNER" });
    expect(second.invitationId).toBe(first.invitationId);
    expect(await ownerDb().invitation.count({ where: { tenantId: world.tenant.id, email } })).toBe(1);
    expect(await readLink(tokenOf(first.link), "INVITE")).toEqual({ state: "invalid" });
    expect(await readLink(tokenOf(second.link), "INVITE")).toMatchObject({ state: "valid", role: "OWNER", email });
  });

  it("is idempotent: a replayed request (same key) re-issues the same invitation instead of creating another", async () => {
    const email = randomEmail();
    const key = randomUUID();
    const first = await invite({ email, idempotencyKey: key });
    const replay = await invite({ email, idempotencyKey: key });
    expect(replay.invitationId).toBe(first.invitationId);
    expect(await ownerDb().invitation.count({ where: { tenantId: world.tenant.id, email } })).toBe(1);
    expect((await readLink(tokenOf(replay.link), "INVITE")).state).toBe("valid");
    // The stored response holds the id only, never the link.
    const stored = await ownerDb().idempotencyKey.findUniqueOrThrow({
      where: { tenantId_key: { tenantId: world.tenant.id, key } },
    });
    expect(stored.response).toEqual({ invitationId: first.invitationId });
  });

  it("creates nothing when the email cannot be sent", async () => {
    const failing: Mailer = { kind: "smtp", send: async () => Promise.reject(new Error("connection refused")) };
    setMailerForTests(failing);
    const email = randomEmail();
    actAs(world.owner.user);
    const result = await inviteMemberAction({
      email,
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({ ok: false, code: "UNAVAILABLE", retryable: true });
    expect(await ownerDb().invitation.count({ where: { email } })).toBe(0);
  });
});

describe("accepting", () => {
  it("a new email: creates the user with the chosen password and the membership, then signs in", async () => {
    const email = randomEmail("new");
    const { link, invitationId } = await invite({ email });
    const token = tokenOf(link);
    expect(await readLink(token, "INVITE")).toMatchObject({
      state: "valid",
      email,
      tenantName: world.tenant.name,
    });

    const result = await acceptNew(token);
    expect(result).toEqual({ ok: true, data: { redirectTo: "/" } });
    expect(signInWithPassword).toHaveBeenCalledWith(email, PASSWORD);
    const user = await ownerDb().user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
    expect(user.name).toBe("New Person");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(user.memberships).toEqual([
      expect.objectContaining({
        tenantId: world.tenant.id,
        role: "ACCOUNT_MANAGER",
        organizationId: null,
        removedAt: null,
      }),
    ]);
    expect((await ownerDb().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).not.toBeNull();
    expect(await authenticate({ email, password: PASSWORD, ip: "10.9.9.1" })).toMatchObject({
      ok: true,
      user: { tenantId: world.tenant.id },
    });
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: world.tenant.id, action: "invitation.accept", actorUserId: user.id },
      }),
    ).toBe(1);
  });

  it("a client invitation: the membership is tied to the named organization", async () => {
    const email = randomEmail("client");
    const { link } = await invite({ email, role: "CLIENT", organizationId: world.orgY.id });
    expect(await readLink(tokenOf(link), "INVITE")).toMatchObject({
      state: "valid",
      role: "CLIENT",
      organizationName: world.orgY.name,
    });
    expect(await acceptNew(tokenOf(link))).toMatchObject({ ok: true });
    const membership = await ownerDb().membership.findFirstOrThrow({
      where: { tenantId: world.tenant.id, user: { email } },
    });
    expect(membership).toMatchObject({ role: "CLIENT", organizationId: world.orgY.id });
  });

  it("a client's invitation wears the MSP's brand (name, colour, logo); a staff invitation keeps Mainstay's", async () => {
    const plain = await invite({ role: "CLIENT", organizationId: world.orgY.id });
    expect(await readLink(tokenOf(plain.link), "INVITE")).toMatchObject({ state: "valid", brand: null });

    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    await ownerDb().tenantBrand.create({
      data: { tenantId: world.tenant.id, displayName: "Care IT", primaryColor: "#0f766e", logoPng: png },
    });
    const client = await invite({ role: "CLIENT", organizationId: world.orgY.id });
    expect(await readLink(tokenOf(client.link), "INVITE")).toMatchObject({
      state: "valid",
      tenantName: world.tenant.name,
      brand: {
        name: "Care IT",
        primaryColor: "#0f766e",
        logoDataUrl: `data:image/png;base64,${png.toString("base64")}`,
      },
    });
    const staff = await invite({ role: "ACCOUNT_MANAGER" });
    expect(await readLink(tokenOf(staff.link), "INVITE")).toMatchObject({ state: "valid", brand: null });

    // A colour that no longer passes the contrast check is never drawn; the name still is.
    await ownerDb().tenantBrand.update({
      where: { tenantId: world.tenant.id },
      data: { primaryColor: "#facc15", logoPng: null },
    });
    expect(await readLink(tokenOf(client.link), "INVITE")).toMatchObject({
      brand: { name: "Care IT", primaryColor: null, logoDataUrl: null },
    });
  });

  it("requires 12+ characters and a matching confirmation, and keeps the link usable after a validation error", async () => {
    const { link } = await invite();
    const token = tokenOf(link);
    anonymous();
    const short = await acceptInvitationAction({
      mode: "new",
      token,
      name: "X",
      password: "short",
      passwordConfirm: "short",
    });
    expect(short).toMatchObject({ ok: false, fieldErrors: { password: "Use at least 12 characters." } });
    const differ = await acceptInvitationAction({
      mode: "new",
      token,
      name: "X",
      password: PASSWORD,
      passwordConfirm: `${PASSWORD}!`,
    });
    expect(differ).toMatchObject({ ok: false, fieldErrors: { passwordConfirm: "The passwords do not match." } });
    expect(await acceptNew(token)).toMatchObject({ ok: true });
  });

  it("an existing account: requires that account's current password and never changes it", async () => {
    const other = await createWorld(ownerDb());
    const existing = other.manager.user;
    const { link, invitationId } = await invite({ email: existing.email });
    const token = tokenOf(link);
    anonymous();

    // The "new account" form cannot be used to set its password.
    const takeover = await acceptInvitationAction({
      mode: "new",
      token,
      name: "Mallory",
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expect(takeover).toMatchObject({ ok: false, code: "CONFLICT" });
    const wrong = await acceptInvitationAction({ mode: "existing", token, password: "not the password" });
    expect(wrong).toMatchObject({
      ok: false,
      fieldErrors: { password: "This is not the password of a Mainstay account with this email." },
    });
    expect((await ownerDb().invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeNull();

    const right = await acceptInvitationAction({ mode: "existing", token, password: DEMO_PASSWORD });
    expect(right).toMatchObject({ ok: true });
    expect(signInWithPassword).toHaveBeenCalledWith(existing.email, DEMO_PASSWORD);
    const memberships = await ownerDb().membership.findMany({
      where: { userId: existing.id },
      orderBy: { createdAt: "asc" },
    });
    expect(memberships.map((m) => m.tenantId)).toEqual([other.tenant.id, world.tenant.id]);
    const after = await ownerDb().user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after.passwordHash).toBe(existing.passwordHash);
    expect(after.name).toBe(existing.name);
  });

  it("a removed member who is invited again rejoins on their old membership row", async () => {
    actAs(world.owner.user);
    const removed = await removeMemberAction({ membershipId: world.manager.membership.id, expectedVersion: 1 });
    expect(removed).toMatchObject({ ok: true });
    const { link } = await invite({ email: world.manager.user.email, role: "OWNER" });
    anonymous();
    expect(
      await acceptInvitationAction({ mode: "existing", token: tokenOf(link), password: DEMO_PASSWORD }),
    ).toMatchObject({ ok: true });
    const memberships = await ownerDb().membership.findMany({
      where: { tenantId: world.tenant.id, userId: world.manager.user.id },
    });
    expect(memberships).toEqual([
      expect.objectContaining({ id: world.manager.membership.id, role: "OWNER", removedAt: null }),
    ]);
  });
});

describe("links that cannot be used get a clear message", () => {
  it("reused", async () => {
    const { link } = await invite();
    const token = tokenOf(link);
    expect(await acceptNew(token)).toMatchObject({ ok: true });
    const again = await acceptNew(token);
    expect(again).toMatchObject({
      ok: false,
      message: "This invitation has already been accepted. Sign in with your email and password.",
    });
    expect(await readLink(token, "INVITE")).toEqual({ state: "used" });
  });

  it("expired", async () => {
    const { link, invitationId } = await invite();
    await ownerDb().invitation.update({
      where: { id: invitationId },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const token = tokenOf(link);
    expect(await readLink(token, "INVITE")).toEqual({ state: "expired" });
    const result = await acceptNew(token);
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("has expired") });
    expect(
      await ownerDb().user.count({
        where: { name: "New Person", memberships: { some: { tenantId: world.tenant.id } } },
      }),
    ).toBe(0);
  });

  it("tampered, truncated or unknown: one answer, whatever exists", async () => {
    const { link } = await invite();
    const token = tokenOf(link);
    const flipped = `${token.slice(0, 10)}${token[10] === "A" ? "B" : "A"}${token.slice(11)}`;
    for (const bad of [flipped, token.slice(0, 42), `${token}x`, "../../etc/passwd", randomUUID()]) {
      expect(await readLink(bad, "INVITE")).toEqual({ state: "invalid" });
      const result = await acceptNew(bad);
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND", message: expect.stringContaining("is not valid") });
    }
    // The real link still works.
    expect(await acceptNew(token)).toMatchObject({ ok: true });
  });

  it("revoked", async () => {
    const { link, invitationId } = await invite();
    actAs(world.owner.user);
    expect(await revokeInvitationAction({ id: invitationId })).toMatchObject({ ok: true });
    expect(await readLink(tokenOf(link), "INVITE")).toEqual({ state: "revoked" });
    expect(await acceptNew(tokenOf(link))).toMatchObject({
      ok: false,
      message: expect.stringContaining("was withdrawn"),
    });
    // Revoking again, or resending, says it is no longer pending.
    actAs(world.owner.user);
    expect(await resendInvitationAction({ id: invitationId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("resending gives a fresh link and kills the old one", async () => {
    const { link, invitationId } = await invite();
    actAs(world.owner.user);
    const resent = await resendInvitationAction({ id: invitationId });
    if (!resent.ok) throw new Error(resent.message);
    expect(await readLink(tokenOf(link), "INVITE")).toEqual({ state: "invalid" });
    expect(await acceptNew(tokenOf(resent.data.link))).toMatchObject({ ok: true });
  });

  it("another tenant's owner cannot revoke or resend it (404)", async () => {
    const { invitationId } = await invite();
    const other = await createWorld(ownerDb());
    actAs(other.owner.user);
    expect(await revokeInvitationAction({ id: invitationId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await resendInvitationAction({ id: invitationId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await ownerDb().invitation.findUniqueOrThrow({ where: { id: invitationId } })).revokedAt).toBeNull();
  });

  it("a suspended tenant's invitation cannot be accepted until it is reactivated", async () => {
    const { link } = await invite();
    await ownerDb().tenant.update({
      where: { id: world.tenant.id },
      data: { status: "SUSPENDED", suspendedReason: "Unpaid invoices" },
    });
    try {
      expect(await acceptNew(tokenOf(link))).toMatchObject({ ok: false, code: "SUSPENDED" });
    } finally {
      // The world is shared by the file's other tests: reactivate it even if the check failed.
      await ownerDb().tenant.update({
        where: { id: world.tenant.id },
        data: { status: "ACTIVE", suspendedReason: null },
      });
    }
    expect(await acceptNew(tokenOf(link))).toMatchObject({ ok: true });
  });

  it("single use under concurrency: two simultaneous acceptances, exactly one wins", async () => {
    const email = randomEmail("race");
    const { link } = await invite({ email });
    const token = tokenOf(link);
    const results = await Promise.all([acceptNew(token), acceptNew(token, `${PASSWORD} two`)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await ownerDb().user.count({ where: { email } })).toBe(1);
    expect(await ownerDb().membership.count({ where: { tenantId: world.tenant.id, user: { email } } })).toBe(1);
  });

  it("a password-reset token is not an invitation", async () => {
    const member = await createMember(ownerDb(), { tenantId: world.tenant.id, role: "ACCOUNT_MANAGER" });
    const { requestPasswordResetAction } = await import("@/lib/actions/team");
    actAs(world.owner.user);
    const reset = await requestPasswordResetAction({ membershipId: member.membership.id });
    if (!reset.ok) throw new Error(reset.message);
    const token = tokenOf(reset.data.link);
    expect(await readLink(token, "INVITE")).toEqual({ state: "invalid" });
    expect(await acceptNew(token)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

/**
 * Issue 16: an owner who invites an address must not learn whether it has an account in
 * another tenant, and wrong passwords typed through an invitation count and are recorded
 * where the account lives.
 */
describe("an invitation tells the inviter nothing about accounts elsewhere", () => {
  /** What an owner can see of an invitation and of the attempts made with it. */
  async function inviterView(email: string) {
    const sent = await invite({ email });
    const token = tokenOf(sent.link);
    const page = await readLink(token, "INVITE");
    anonymous();
    const wrong = await acceptInvitationAction({ mode: "existing", token, password: "a wrong password!" });
    const trail = await ownerDb().auditEvent.findMany({
      where: { tenantId: world.tenant.id, targetId: sent.invitationId },
      orderBy: { createdAt: "asc" },
      select: { action: true, outcome: true, actorUserId: true, targetType: true, metadata: true },
    });
    return {
      sent: { ...sent, invitationId: "-", email: "-", link: "-", expiresAt: "-" },
      page: { ...page, email: "-", expiresAt: "-" },
      wrong: { ...wrong, requestId: "-" },
      trail: trail.map((e) => ({
        ...e,
        metadata: JSON.parse(JSON.stringify(e.metadata ?? null).replaceAll(email, "-")),
      })),
    };
  }

  it("the invitation, its page, a wrong password and the inviting tenant's trail are the same for both", async () => {
    const elsewhere = await createWorld(ownerDb());
    const hasAccount = await inviterView(elsewhere.manager.user.email);
    const noAccount = await inviterView(randomEmail("nobody"));
    expect(hasAccount).toEqual(noAccount);
    expect(hasAccount.wrong).toMatchObject({ ok: false, code: "VALIDATION" });
    // Who typed the wrong password is not known, whether or not the account exists.
    expect(hasAccount.trail).toContainEqual(
      expect.objectContaining({ action: "invitation.accept", outcome: "FAILURE", actorUserId: null }),
    );
  });

  it("a wrong password through the invitation is recorded in the account's own tenants, and counts toward its throttle", async () => {
    const elsewhere = await createWorld(ownerDb());
    const account = elsewhere.manager.user;
    const { link } = await invite({ email: account.email });
    const token = tokenOf(link);
    anonymous();
    for (let i = 0; i < THROTTLE_LIMITS.accountIp; i++) {
      const r = await acceptInvitationAction({ mode: "existing", token, password: `wrong password ${i}` });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    }
    const home = await ownerDb().auditEvent.findMany({
      where: { tenantId: elsewhere.tenant.id, action: "auth.signIn", outcome: "FAILURE", targetId: account.id },
    });
    expect(home).toHaveLength(THROTTLE_LIMITS.accountIp);
    expect(home[0]).toMatchObject({
      actorUserId: account.id,
      metadata: { reason: "bad_password", channel: "invitation" },
    });
    // The inviting tenant's trail never names the account.
    expect(await ownerDb().auditEvent.count({ where: { tenantId: world.tenant.id, actorUserId: account.id } })).toBe(0);
    // The same counters as the sign-in form: from this address, the account is now held back there too...
    const keys = throttleKeys(account.email, process.env.TEST_CLIENT_IP!);
    const account_ = await ownerDb().loginThrottle.findUniqueOrThrow({ where: { key: keys.account } });
    expect(account_.failures).toBeGreaterThanOrEqual(THROTTLE_LIMITS.accountIp);
    expect(
      await authenticate({ email: account.email, password: DEMO_PASSWORD, ip: process.env.TEST_CLIENT_IP! }),
    ).toMatchObject({ ok: false, reason: "throttled" });
    // ...and through the invitation, even with the right password.
    expect(await acceptInvitationAction({ mode: "existing", token, password: DEMO_PASSWORD })).toMatchObject({
      ok: false,
      code: "RATE_LIMITED",
    });
    // The owner of the account, from their own address, is not locked out.
    expect(await authenticate({ email: account.email, password: DEMO_PASSWORD, ip: "10.99.1.1" })).toMatchObject({
      ok: true,
    });
  });

  it("asking to create an account the email already has is refused and recorded where the account lives", async () => {
    const elsewhere = await createWorld(ownerDb());
    const account = elsewhere.owner.user;
    const { link } = await invite({ email: account.email });
    anonymous();
    const r = await acceptInvitationAction({
      mode: "new",
      token: tokenOf(link),
      name: "Someone",
      password: PASSWORD,
      passwordConfirm: PASSWORD,
    });
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(
      await ownerDb().auditEvent.findFirst({
        where: { tenantId: elsewhere.tenant.id, action: "auth.signIn", targetId: account.id },
      }),
    ).toMatchObject({ outcome: "FAILURE", metadata: { reason: "account_exists", channel: "invitation" } });
  });
});
