import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  createTenantAction,
  inviteOwnerAction,
  reactivateTenantAction,
  resendOwnerInvitationAction,
  revokeOwnerInvitationAction,
  suspendTenantAction,
  updateTenantAction,
} from "@/lib/actions/tenants";
import { inviteMemberAction } from "@/lib/actions/invitations";
import { updateNameAction } from "@/lib/actions/profile";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { contextFor, resolveActor } from "@/lib/access/actor";
import { authenticate } from "@/lib/auth/authenticate";
import { suspensionReasonFor } from "@/lib/auth/suspension";
import { withDbContext } from "@/lib/db/context";
import { getTenant } from "@/lib/domain/tenants/get-tenant";
import { listTenants } from "@/lib/domain/tenants/list-tenants";
import { createUser, createWorld, DEMO_PASSWORD, randomEmail } from "@/lib/seed/factories";
import { createFullWorld } from "@/tests/support/worlds";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous, claimsFor } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

let admin: { id: string };
beforeAll(async () => {
  admin = await createUser(ownerDb(), { isPlatformAdmin: true, name: "Tenants admin" });
});

const run = () => randomUUID().slice(0, 8);
const tokenOf = (link: string | null) => /\/invite\/([A-Za-z0-9_-]{43})$/.exec(link ?? "")?.[1] ?? "";

async function create(input: { name?: string; slug?: string; ownerEmail?: string } = {}) {
  const r = run();
  actAs(admin);
  return createTenantAction({
    name: input.name ?? `Acme IT ${r}`,
    slug: input.slug ?? `acme-it-${r}`,
    ownerEmail: input.ownerEmail ?? randomEmail("owner"),
  });
}

async function adminActor() {
  const claims = await claimsFor(admin);
  return withDbContext({}, (tx) => resolveActor(tx, claims));
}

/** Every tenant-owned row of a tenant, counted table by table. */
async function footprint(tenantId: string) {
  const db = ownerDb();
  return {
    memberships: await db.membership.count({ where: { tenantId } }),
    organizations: await db.clientOrganization.count({ where: { tenantId } }),
    calls: await db.scopingCall.count({ where: { tenantId } }),
    assessments: await db.assessment.count({ where: { tenantId } }),
    changes: await db.serviceModelChange.count({ where: { tenantId } }),
    reports: await db.steeringReport.count({ where: { tenantId } }),
    acks: await db.reportAcknowledgement.count({ where: { tenantId } }),
    comments: await db.reportComment.count({ where: { tenantId } }),
    invitations: await db.invitation.count({ where: { tenantId } }),
    users: await db.user.count({ where: { memberships: { some: { tenantId } }, disabled: false } }),
  };
}

describe("creating a tenant", () => {
  it("creates the tenant and its owner's invitation, audited in the new tenant's trail", async () => {
    const r = run();
    const ownerEmail = randomEmail("owner");
    actAs(admin);
    const result = await createTenantAction({
      name: `  Acme IT ${r} `,
      slug: `Acme-IT-${r}`,
      ownerEmail: ownerEmail.toUpperCase(),
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.data).toMatchObject({ delivered: false, email: ownerEmail, replayed: false });
    const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { id: result.data.tenantId } });
    expect(tenant).toMatchObject({ name: `Acme IT ${r}`, slug: `acme-it-${r}`, status: "ACTIVE" });
    const invitation = await ownerDb().invitation.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(invitation).toMatchObject({ email: ownerEmail, role: "OWNER", kind: "INVITE", invitedById: admin.id });
    const actions = (
      await ownerDb().auditEvent.findMany({ where: { tenantId: tenant.id }, orderBy: { createdAt: "asc" } })
    ).map((e) => e.action);
    expect(actions).toEqual(["tenant.create", "invitation.create"]);

    // The owner accepts and becomes the tenant's owner.
    anonymous();
    expect(
      await acceptInvitationAction({
        mode: "new",
        token: tokenOf(result.data.link),
        name: "First Owner",
        password: "first owner password",
        passwordConfirm: "first owner password",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await ownerDb().membership.findFirst({
        where: { tenantId: tenant.id, role: "OWNER", user: { email: ownerEmail } },
      }),
    ).not.toBeNull();
  });

  it("refuses a taken or malformed slug on the slug field", async () => {
    const first = await create();
    if (!first.ok) throw new Error(first.message);
    const slug = (await ownerDb().tenant.findUniqueOrThrow({ where: { id: first.data.tenantId } })).slug;
    const taken = await create({ slug });
    expect(taken).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { slug: "This slug is already used by another tenant." },
    });
    for (const bad of ["a", "has space", "trailing-", "-leading", "double--hyphen", "ünïcode"]) {
      expect(await create({ slug: bad })).toMatchObject({ ok: false, fieldErrors: { slug: expect.any(String) } });
    }
    expect(await create({ name: "", ownerEmail: "nope" })).toMatchObject({
      ok: false,
      fieldErrors: { name: "This field is required.", ownerEmail: "Enter a valid email address." },
    });
  });

  it("is idempotent by its slug: the same request again returns the same tenant with a fresh link, not a second tenant", async () => {
    const r = run();
    const input = { name: `Replay IT ${r}`, slug: `replay-it-${r}`, ownerEmail: randomEmail("owner") };
    const first = await create(input);
    const again = await create(input);
    if (!first.ok || !again.ok) throw new Error("create failed");
    expect(again.data).toMatchObject({ tenantId: first.data.tenantId, replayed: true });
    expect(await ownerDb().tenant.count({ where: { slug: input.slug } })).toBe(1);
    expect(await ownerDb().invitation.count({ where: { tenantId: first.data.tenantId } })).toBe(1);
    // A different request with that slug is a conflict, not a replay.
    expect(await create({ ...input, ownerEmail: randomEmail() })).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.any(String) },
    });
  });

  it("is 404 for anyone but a platform admin", async () => {
    const world = await createWorld(ownerDb());
    const slug = `nope-${run()}`;
    for (const who of [world.owner.user, world.manager.user, world.clientX.user]) {
      actAs(who);
      expect(await createTenantAction({ name: "Nope", slug, ownerEmail: randomEmail() })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
    }
    anonymous();
    expect(await createTenantAction({ name: "Nope", slug, ownerEmail: randomEmail() })).toMatchObject({
      ok: false,
      code: "UNAUTHENTICATED",
    });
    expect(await ownerDb().tenant.count({ where: { slug } })).toBe(0);
  });
});

describe("listing and reading tenants", () => {
  it("searches by name or slug (case-insensitive) and filters by status", async () => {
    const r = run();
    const a = await create({ name: `Zephyr Networks ${r}`, slug: `zephyr-${r}` });
    const b = await create({ name: `Other ${r}`, slug: `zz-${r}-zephyr` });
    if (!a.ok || !b.ok) throw new Error("create failed");
    const actor = await adminActor();
    const list = (q: string, status?: "ACTIVE" | "SUSPENDED") =>
      withDbContext(contextFor(actor), (tx) => listTenants(tx, actor, { q, status }));
    expect((await list(`ZEPHYR NETWORKS ${r}`)).tenants.map((t) => t.id)).toEqual([a.data.tenantId]);
    expect((await list(r)).tenants.map((t) => t.id).sort()).toEqual([a.data.tenantId, b.data.tenantId].sort());
    await ownerDb().tenant.update({
      where: { id: b.data.tenantId },
      data: { status: "SUSPENDED", suspendedReason: "test" },
    });
    expect((await list(r, "SUSPENDED")).tenants.map((t) => t.id)).toEqual([b.data.tenantId]);
    expect((await list(r, "ACTIVE")).tenants.map((t) => t.id)).toEqual([a.data.tenantId]);
    expect((await list(`${r}-no-such`)).total).toBe(0);
  });

  it("shows one tenant's owners, pending owner invitations and counts", async () => {
    const world = await createFullWorld();
    const actor = await adminActor();
    const tenant = await withDbContext(contextFor(actor), (tx) => getTenant(tx, actor, world.tenant.id));
    expect(tenant.owners.map((o) => o.email)).toEqual([world.owner.user.email]);
    expect(tenant.members).toEqual({ OWNER: 1, ACCOUNT_MANAGER: 1, CLIENT: 2 });
    expect(tenant.organizations).toBe(2);
  });
});

describe("editing a tenant", () => {
  it("renames and changes the slug with optimistic locking", async () => {
    const created = await create();
    if (!created.ok) throw new Error(created.message);
    const id = created.data.tenantId;
    const slug = `renamed-${run()}`;
    actAs(admin);
    expect(await updateTenantAction({ id, name: "Renamed IT", slug, expectedVersion: 1 })).toMatchObject({
      ok: true,
      data: { version: 2 },
    });
    expect(await updateTenantAction({ id, name: "Stale", slug, expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await ownerDb().tenant.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: "Renamed IT",
      slug,
      version: 2,
    });
    expect(await updateTenantAction({ id, name: "Renamed IT", slug: "northwind", expectedVersion: 2 })).toMatchObject({
      ok: false,
      fieldErrors: { slug: expect.any(String) },
    });
    expect(
      await updateTenantAction({ id: "c000000000000000000000000", name: "X", slug: `x-${run()}`, expectedVersion: 1 }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("suspending and reactivating", () => {
  it("a suspended tenant's users cannot sign in and see why; sessions end on the next request; data is untouched; reactivation restores access", async () => {
    const world = await createFullWorld();
    const before = await footprint(world.tenant.id);
    const reason = `Unpaid invoices ${run()}`;
    actAs(world.owner.user);
    expect(await updateNameAction({ name: "Still here", expectedVersion: 1 })).toMatchObject({ ok: true });

    actAs(admin);
    expect(await suspendTenantAction({ id: world.tenant.id, reason: "", expectedVersion: 1 })).toMatchObject({
      ok: false,
      fieldErrors: { reason: "This field is required." },
    });
    expect(await suspendTenantAction({ id: world.tenant.id, reason, expectedVersion: 1 })).toMatchObject({
      ok: true,
      data: { status: "SUSPENDED" },
    });
    expect(await suspendTenantAction({ id: world.tenant.id, reason, expectedVersion: 2 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This tenant is already suspended.",
    });

    // Existing sessions: refused with the reason on the very next request, for every role.
    for (const user of [world.owner.user, world.manager.user, world.clientX.user]) {
      actAs(user);
      const me = await ownerDb().user.findUniqueOrThrow({ where: { id: user.id } });
      const refused = await updateNameAction({ name: "x", expectedVersion: me.version });
      expect(refused).toMatchObject({
        ok: false,
        code: "SUSPENDED",
        message: `This organization's account is suspended: ${reason}`,
      });
    }
    // Signing in: refused, and the reason is what the sign-in form shows.
    expect(
      await authenticate({ email: world.owner.user.email, password: DEMO_PASSWORD, ip: "10.5.5.5" }),
    ).toMatchObject({ ok: false, reason: "suspended" });
    expect(await suspensionReasonFor(world.owner.user.email)).toBe(reason);
    // Nothing was deleted or changed.
    expect(await footprint(world.tenant.id)).toEqual(before);
    expect(
      await ownerDb().auditEvent.findFirst({ where: { tenantId: world.tenant.id, action: "tenant.suspend" } }),
    ).toMatchObject({ actorUserId: admin.id, metadata: { reason } });

    actAs(admin);
    expect(await reactivateTenantAction({ id: world.tenant.id, reason: "", expectedVersion: 2 })).toMatchObject({
      ok: false,
      fieldErrors: { reason: expect.any(String) },
    });
    expect(
      await reactivateTenantAction({ id: world.tenant.id, reason: "Paid in full", expectedVersion: 2 }),
    ).toMatchObject({ ok: true, data: { status: "ACTIVE" } });
    expect(await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).toMatchObject({
      status: "ACTIVE",
      suspendedReason: null,
      suspendedAt: null,
    });
    actAs(world.owner.user);
    expect(await updateNameAction({ name: "Back again", expectedVersion: 2 })).toMatchObject({ ok: true });
    expect(
      await authenticate({ email: world.owner.user.email, password: DEMO_PASSWORD, ip: "10.5.5.6" }),
    ).toMatchObject({ ok: true, user: { tenantId: world.tenant.id } });
    expect(await footprint(world.tenant.id)).toEqual(before);
  });

  it("is 404 for an owner (even of that tenant)", async () => {
    const world = await createWorld(ownerDb());
    actAs(world.owner.user);
    expect(await suspendTenantAction({ id: world.tenant.id, reason: "I quit", expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await ownerDb().tenant.findUniqueOrThrow({ where: { id: world.tenant.id } })).status).toBe("ACTIVE");
  });
});

describe("owner invitations by the platform admin", () => {
  it("invites, re-issues instead of duplicating, resends and revokes; refuses someone already on the team", async () => {
    const world = await createWorld(ownerDb());
    const email = randomEmail("second-owner");
    actAs(admin);
    const first = await inviteOwnerAction({ tenantId: world.tenant.id, email });
    const second = await inviteOwnerAction({ tenantId: world.tenant.id, email });
    if (!first.ok || !second.ok) throw new Error("invite failed");
    expect(second.data.invitationId).toBe(first.data.invitationId);
    expect(await inviteOwnerAction({ tenantId: world.tenant.id, email: world.manager.user.email })).toMatchObject({
      ok: false,
      fieldErrors: { email: expect.any(String) },
    });
    const resent = await resendOwnerInvitationAction({ tenantId: world.tenant.id, id: first.data.invitationId });
    expect(resent).toMatchObject({ ok: true, data: { invitationId: first.data.invitationId } });
    expect(await revokeOwnerInvitationAction({ tenantId: world.tenant.id, id: first.data.invitationId })).toMatchObject(
      { ok: true },
    );
    expect(
      (await ownerDb().invitation.findUniqueOrThrow({ where: { id: first.data.invitationId } })).revokedAt,
    ).not.toBeNull();
    expect(await inviteOwnerAction({ tenantId: "c000000000000000000000000", email })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });

  it("the admin's owner-invitation tools do not reach a team invitation, nor another tenant's invitation", async () => {
    const world = await createWorld(ownerDb());
    const other = await createWorld(ownerDb());
    actAs(world.owner.user);
    const team = await inviteMemberAction({
      email: randomEmail(),
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    if (!team.ok) throw new Error(team.message);
    actAs(admin);
    expect(await revokeOwnerInvitationAction({ tenantId: world.tenant.id, id: team.data.invitationId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await revokeOwnerInvitationAction({ tenantId: other.tenant.id, id: team.data.invitationId })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      (await ownerDb().invitation.findUniqueOrThrow({ where: { id: team.data.invitationId } })).revokedAt,
    ).toBeNull();
  });

  it("is 404 for owners", async () => {
    const world = await createWorld(ownerDb());
    actAs(world.owner.user);
    expect(await inviteOwnerAction({ tenantId: world.tenant.id, email: randomEmail() })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
