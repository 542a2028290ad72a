import { describe, expect, it } from "vitest";
import { contextFor, resolveActor } from "@/lib/access/actor";
import { db as appDb } from "@/lib/db/client";
import { applyContext, withDbContext, type Tx } from "@/lib/db/context";
import { recordQueries } from "@/lib/db/query-events";
import { getPlatformOverview } from "@/lib/domain/dashboard/get-platform-overview";
import { addMember, createMember, createOrganization, createTenant, createUser } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { MODELS } from "@/lib/vocabulary";
import { claimsFor } from "@/tests/support/session";

/**
 * The overview as the given user sees it, through the runtime role and its RLS context, and
 * `check` run in the same REPEATABLE READ snapshot (other test files write to the same database
 * at the same time: the plain counts must see exactly the rows the overview saw).
 */
async function overviewAs<T = void>(
  user: { id: string; sessionVersion?: number },
  check?: (tx: Tx, overview: Awaited<ReturnType<typeof getPlatformOverview>>) => Promise<T>,
) {
  const claims = await claimsFor(user);
  const actor = await withDbContext({}, (tx) => resolveActor(tx, claims));
  return appDb().$transaction(
    async (tx) => {
      await applyContext(tx, contextFor(actor));
      const overview = await getPlatformOverview(tx, actor);
      if (check) await check(tx, overview);
      return overview;
    },
    { isolationLevel: "RepeatableRead" },
  );
}

describe("platform admin overview", () => {
  it("counts each tenant's users, organizations, clients per model and last activity", async () => {
    const db = ownerDb();
    const admin = await createUser(db, { isPlatformAdmin: true });
    const tenant = await createTenant(db);
    await createMember(db, { tenantId: tenant.id, role: "OWNER" });
    const manager = await createMember(db, { tenantId: tenant.id, role: "ACCOUNT_MANAGER" });
    const removed = await createMember(db, { tenantId: tenant.id, role: "ACCOUNT_MANAGER" });
    await db.membership.updateMany({
      where: { tenantId: tenant.id, userId: removed.user.id },
      data: { removedAt: new Date() },
    });
    const models = [
      ["ACTIVE", "BREAK_FIX"],
      ["ACTIVE", "HYBRID"],
      ["ACTIVE", "HYBRID"],
      ["ACTIVE", "MANAGED"],
      ["PROSPECT", "BREAK_FIX"],
      ["FORMER", "MANAGED"],
    ] as const;
    const orgs = [];
    for (const [lifecycleStatus, currentModel] of models)
      orgs.push(await createOrganization(db, { tenantId: tenant.id, lifecycleStatus, currentModel }));
    await createMember(db, { tenantId: tenant.id, role: "CLIENT", organizationId: orgs[0]!.id });
    // The same person in a second tenant counts once in the platform total.
    const other = await createTenant(db, { status: "SUSPENDED", suspendedReason: "unpaid" });
    await addMember(db, { tenantId: other.id, userId: manager.user.id, role: "ACCOUNT_MANAGER" });
    const latest = new Date(Date.now() - 3_600_000);
    await db.auditEvent.createMany({
      data: [
        {
          tenantId: tenant.id,
          action: "auth.sign_in",
          outcome: "SUCCESS",
          createdAt: new Date(latest.getTime() - 86_400_000),
        },
        { tenantId: tenant.id, action: "org.update", outcome: "SUCCESS", createdAt: latest },
      ],
    });

    await overviewAs(admin, async (tx, overview) => {
      const row = overview.tenants.find((t) => t.id === tenant.id)!;
      expect(row).toMatchObject({
        name: tenant.name,
        status: "ACTIVE",
        users: 3,
        staff: 2,
        clientUsers: 1,
        organizations: 6,
        prospects: 1,
        former: 1,
        clients: { BREAK_FIX: 1, HYBRID: 2, MANAGED: 1 },
        lastActivity: latest.toISOString(),
      });
      expect(overview.tenants.find((t) => t.id === other.id)).toMatchObject({
        status: "SUSPENDED",
        users: 1,
        organizations: 0,
        lastActivity: null,
      });

      // Platform totals against plain counts of the raw rows, in the same snapshot.
      const memberships = await tx.membership.findMany({ where: { removedAt: null }, select: { userId: true } });
      expect(overview.totals.users).toBe(new Set(memberships.map((m) => m.userId)).size);
      expect(overview.totals.organizations).toBe(await tx.clientOrganization.count());
      expect(overview.totals.tenants).toBe(await tx.tenant.count());
      expect(overview.totals.suspended).toBe(await tx.tenant.count({ where: { status: "SUSPENDED" } }));
      for (const model of MODELS) {
        expect(overview.totals.clients[model]).toBe(
          await tx.clientOrganization.count({ where: { lifecycleStatus: "ACTIVE", currentModel: model } }),
        );
      }
      // Every tenant's row against plain counts.
      for (const t of overview.tenants) {
        expect(t.organizations, t.slug).toBe(await tx.clientOrganization.count({ where: { tenantId: t.id } }));
        const last = await tx.auditEvent.findFirst({
          where: { tenantId: t.id },
          orderBy: { createdAt: "desc" },
          select: { createdAt: true },
        });
        expect(t.lastActivity, t.slug).toBe(last?.createdAt.toISOString() ?? null);
      }
    });
  });

  it("issues the same two queries however many tenants there are", async () => {
    const db = ownerDb();
    const admin = await createUser(db, { isPlatformAdmin: true });
    const claims = await claimsFor(admin);
    const actor = await withDbContext({}, (tx) => resolveActor(tx, claims));
    const measure = async () =>
      (await recordQueries(() => withDbContext(contextFor(actor), (tx) => getPlatformOverview(tx, actor)))).queries
        .length;
    const before = await measure();
    for (let i = 0; i < 5; i++) {
      const t = await createTenant(db);
      await createMember(db, { tenantId: t.id, role: "OWNER" });
      await createOrganization(db, { tenantId: t.id });
    }
    expect(await measure()).toBe(before);
    expect(before).toBe(2);
  });

  it("is for platform admins only", async () => {
    const db = ownerDb();
    const tenant = await createTenant(db);
    const owner = await createMember(db, { tenantId: tenant.id, role: "OWNER" });
    await expect(overviewAs(owner.user)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
