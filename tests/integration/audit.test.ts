import { beforeAll, describe, expect, it } from "vitest";
import { contextFor, resolveActor, type Actor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { listAuditEvents } from "@/lib/domain/audit/list-audit-events";
import { AUDIT_PAGE_SIZE, auditQuery } from "@/lib/domain/audit/schemas";
import { createUser, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { claimsFor } from "@/tests/support/session";

let world: World;
let other: World;
let owner: Actor;
let adminId: string;

const actorOf = async (userId: string) => {
  const claims = await claimsFor({ id: userId });
  return withDbContext({}, (tx) => resolveActor(tx, claims));
};
const list = (actor: Actor, query: Record<string, unknown> = {}) =>
  withDbContext(contextFor(actor), (tx) => listAuditEvents(tx, actor, auditQuery.parse(query)));

beforeAll(async () => {
  world = await createWorld(ownerDb());
  other = await createWorld(ownerDb());
  adminId = (await createUser(ownerDb(), { isPlatformAdmin: true })).id;
  const base = Date.UTC(2026, 0, 1);
  // 60 events, one a minute: 55 successes by the manager, 3 denials, 2 by a platform admin.
  await ownerDb().auditEvent.createMany({
    data: Array.from({ length: 60 }, (_, i) => ({
      tenantId: world.tenant.id,
      actorUserId: i >= 58 ? adminId : world.manager.user.id,
      action: i >= 58 ? "tenant.suspend" : i >= 55 ? "access.denied" : "org.update",
      targetType: "ClientOrganization",
      targetId: world.orgX.id,
      requestId: `req${String(i).padStart(4, "0")}`,
      outcome: i >= 55 && i < 58 ? "DENIED" : "SUCCESS",
      createdAt: new Date(base + i * 60_000),
    })),
  });
  await ownerDb().auditEvent.create({
    data: {
      tenantId: other.tenant.id,
      actorUserId: other.owner.user.id,
      action: "org.update",
      outcome: "SUCCESS",
      requestId: "elsewhere",
    },
  });
  owner = await actorOf(world.owner.user.id);
});

describe("the owner's audit trail", () => {
  it("lists the tenant's events newest first, 50 a page, with who, what, target, request id, time and outcome", async () => {
    const page1 = await list(owner);
    expect(page1.total).toBe(60);
    expect(page1.pages).toBe(2);
    expect(page1.events).toHaveLength(AUDIT_PAGE_SIZE);
    expect(page1.events[0]).toMatchObject({
      action: "tenant.suspend",
      requestId: "req0059",
      outcome: "SUCCESS",
      targetType: "ClientOrganization",
      targetId: world.orgX.id,
    });
    const times = page1.events.map((e) => e.createdAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const page2 = await list(owner, { page: "2" });
    expect(page2.events).toHaveLength(10);
    expect(page2.events.at(-1)?.requestId).toBe("req0000");
    expect(new Set([...page1.events, ...page2.events].map((e) => e.id)).size).toBe(60);
  });

  it("names members, and leaves unnamed those the owner cannot see (a platform admin)", async () => {
    const { events } = await list(owner);
    const byManager = events.find((e) => e.actorUserId === world.manager.user.id);
    expect(byManager?.actor).toEqual({
      id: world.manager.user.id,
      name: world.manager.user.name,
      email: world.manager.user.email,
    });
    const byAdmin = events.find((e) => e.actorUserId === adminId);
    expect(byAdmin?.actor).toBeNull();
  });

  it("filters by action and by outcome; offers the actions the trail contains", async () => {
    const denied = await list(owner, { outcome: "DENIED" });
    expect(denied.total).toBe(3);
    expect(denied.events.every((e) => e.outcome === "DENIED")).toBe(true);
    const suspend = await list(owner, { action: "tenant.suspend" });
    expect(suspend.events.map((e) => e.requestId)).toEqual(["req0059", "req0058"]);
    expect((await list(owner, { action: "org.update", outcome: "DENIED" })).total).toBe(0);
    expect(denied.actions).toEqual(["access.denied", "org.update", "tenant.suspend"]);
    // A malformed filter is ignored rather than failing the page.
    expect((await list(owner, { action: "'; drop table", outcome: "MAYBE", page: "-3" })).total).toBe(60);
  });

  it("never shows another tenant's events", async () => {
    const { events } = await list(owner, { action: "org.update" });
    expect(events.some((e) => e.requestId === "elsewhere")).toBe(false);
    const theirs = await list(await actorOf(other.owner.user.id));
    expect(theirs.events.map((e) => e.requestId)).toEqual(["elsewhere"]);
  });

  it("is the owner's only: the domain refuses other roles, and RLS shows an account manager nothing", async () => {
    const manager = await actorOf(world.manager.user.id);
    await expect(list(manager)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const visible = await withDbContext(contextFor(manager), (tx) =>
      tx.auditEvent.count({ where: { tenantId: world.tenant.id } }),
    );
    expect(visible).toBe(0);
    // And the runtime role can append to the trail but never change it.
    await expect(
      withDbContext(contextFor(owner), (tx) =>
        tx.auditEvent.updateMany({ where: { tenantId: world.tenant.id }, data: { action: "forged" } }),
      ),
    ).rejects.toThrow();
  });
});
