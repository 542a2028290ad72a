import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { createWorld, type World } from "@/lib/seed/factories";
import { idempotencyKey, text } from "@/lib/validation/fields";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

/**
 * The one guard every server action goes through (lib/access/action.ts),
 * exercised through small actions defined here: who may call, what they may
 * send, and what happens when the database says otherwise.
 */
const readOrgs = defineAction(
  { name: "test.readOrgs", permission: "org.read", input: z.object({}).strict() },
  async ({ tx, actor }) =>
    (await tx.clientOrganization.findMany({ where: { tenantId: actor.tenantId! }, select: { id: true } })).map(
      (o) => o.id,
    ),
);

const createOrg = defineAction(
  {
    name: "test.createOrg",
    permission: "org.create",
    input: z.object({ name: text(100), idempotencyKey: idempotencyKey() }).strict(),
    idempotent: true,
  },
  async ({ tx, actor, input }) => {
    const org = await tx.clientOrganization.create({
      data: { tenantId: actor.tenantId!, name: input.name, headcount: 5 },
      select: { id: true },
    });
    return { id: org.id };
  },
);

const renameTenant = defineAction(
  { name: "test.renameTenant", permission: "settings.update", input: z.object({ name: text(100) }).strict() },
  async ({ tx, actor, input }) =>
    (await tx.tenant.updateMany({ where: { id: actor.tenantId! }, data: { name: input.name } })).count,
);

let w: World;
beforeAll(async () => {
  w = await createWorld(ownerDb());
});

describe("authentication on every call", () => {
  it("refuses anonymous callers", async () => {
    anonymous();
    expect(await readOrgs({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("lets a staff member in, scoped to their tenant", async () => {
    actAs(w.manager.user);
    const result = await readOrgs({});
    expect(result).toEqual({ ok: true, data: expect.arrayContaining([w.orgX.id, w.orgY.id]) });
    if (result.ok) expect(result.data).toHaveLength(2);
  });

  it("ends a session whose password changed (sessionVersion)", async () => {
    actAs({ id: w.manager.user.id, sessionVersion: 7 });
    expect(await readOrgs({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("stops a disabled user on the very next request", async () => {
    const { user } = await (
      await import("@/lib/seed/factories")
    ).createMember(ownerDb(), { tenantId: w.tenant.id, role: "ACCOUNT_MANAGER" });
    actAs(user);
    expect((await readOrgs({})).ok).toBe(true);
    await ownerDb().user.update({ where: { id: user.id }, data: { disabled: true } });
    expect(await readOrgs({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("stops a removed member on the very next request", async () => {
    const { user, membership } = await (
      await import("@/lib/seed/factories")
    ).createMember(ownerDb(), { tenantId: w.tenant.id, role: "ACCOUNT_MANAGER" });
    actAs(user);
    expect((await readOrgs({})).ok).toBe(true);
    await ownerDb().membership.update({ where: { id: membership.id }, data: { removedAt: new Date() } });
    expect(await readOrgs({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("applies a role change on the very next request", async () => {
    const { user, membership } = await (
      await import("@/lib/seed/factories")
    ).createMember(ownerDb(), { tenantId: w.tenant.id, role: "OWNER" });
    actAs(user);
    expect(await renameTenant({ name: w.tenant.name })).toEqual({ ok: true, data: 1 });
    await ownerDb().membership.update({ where: { id: membership.id }, data: { role: "ACCOUNT_MANAGER" } });
    expect(await renameTenant({ name: "Hijacked" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: w.tenant.id } })).name).toBe(w.tenant.name);
  });

  it("refuses a suspended tenant's users with the reason", async () => {
    const other = await createWorld(ownerDb());
    await ownerDb().tenant.update({
      where: { id: other.tenant.id },
      data: { status: "SUSPENDED", suspendedReason: "Unpaid invoices since March" },
    });
    actAs(other.owner.user);
    const result = await readOrgs({});
    expect(result).toMatchObject({ ok: false, code: "SUSPENDED" });
    if (!result.ok) expect(result.message).toContain("Unpaid invoices since March");
  });
});

describe("the permission matrix", () => {
  it("answers a role without the permission with NOT_FOUND and audits the denial", async () => {
    actAs(w.clientX.user);
    const result = await readOrgs({});
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const denial = await ownerDb().auditEvent.findFirst({
      where: {
        tenantId: w.tenant.id,
        actorUserId: w.clientX.user.id,
        action: "access.denied",
        outcome: "DENIED",
        targetType: "test.readOrgs",
      },
    });
    expect(denial).not.toBeNull();
  });
});

describe("input validation", () => {
  it.each([["tenantId"], ["role"], ["version"]])(
    "rejects an extra %s field, naming it, and writes nothing",
    async (field) => {
      actAs(w.owner.user);
      const before = await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id } });
      const result = await createOrg({ name: "Sneaky", idempotencyKey: randomUUID(), [field]: "x" });
      expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toContain(field);
      expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id } })).toBe(before);
    },
  );

  it("names the field that is wrong", async () => {
    actAs(w.owner.user);
    const result = await createOrg({ name: "", idempotencyKey: randomUUID() });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: "This field is required." } });
  });
});

describe("idempotent creates", () => {
  it("a retried request creates one row and returns the same answer", async () => {
    actAs(w.owner.user);
    const key = randomUUID();
    const first = await createOrg({ name: "Once", idempotencyKey: key });
    const second = await createOrg({ name: "Once", idempotencyKey: key });
    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id, name: "Once" } })).toBe(1);
  });

  it("a double click (two concurrent requests) creates one row", async () => {
    actAs(w.owner.user);
    const key = randomUUID();
    const [a, b] = await Promise.all([
      createOrg({ name: "Twice", idempotencyKey: key }),
      createOrg({ name: "Twice", idempotencyKey: key }),
    ]);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
    expect(await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id, name: "Twice" } })).toBe(1);
  });

  it("a key reused by another user is not replayed to them", async () => {
    actAs(w.owner.user);
    const key = randomUUID();
    expect((await createOrg({ name: "Mine", idempotencyKey: key })).ok).toBe(true);
    actAs(w.manager.user);
    expect(await createOrg({ name: "Mine", idempotencyKey: key })).toMatchObject({ ok: false, code: "DUPLICATE" });
  });
});
