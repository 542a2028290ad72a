import { beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { readYearTrail } from "@/lib/domain/decisions/read-year-trail";
import { AppError } from "@/lib/errors";
import { createMember, createReport, createUser, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { staffActor } from "@/tests/support/actors";
import { actorOf, readAs } from "./reports-support";

/**
 * "Promised vs delivered" for one organization and one year (lib/domain/decisions/read-year-trail.ts):
 * the trail of each item from the published reports and the client's decisions, scoped like every
 * read (staff: their tenant; a client: their organization's published reports; anyone else 404).
 */
const NOW = new Date("2026-12-02T10:00:00Z");
const FIREWALL = { id: "itm_firewall000001", title: "Replace the firewall", targetQuarter: "2026-Q3" };
const BACKUP = { id: "itm_backup00000001", title: "Offsite backups", targetQuarter: "2026-Q4" };
const MFA = { id: "itm_mfa00000000001", title: "Enable MFA", detail: null, priority: "high" };

let w: World;
let other: World;
let approver: Awaited<ReturnType<typeof createMember>>;
const reports: Record<string, { id: string }> = {};

const road = (item: typeof FIREWALL, status: string) => ({ ...item, status });
async function report(period: string, roadmap: unknown[], status: "PUBLISHED" | "DRAFT" | "WITHDRAWN" = "PUBLISHED") {
  reports[period] = await createReport(ownerDb(), {
    tenantId: w.tenant.id,
    organizationId: w.orgX.id,
    authorId: w.manager.user.id,
    period,
    status,
    publishedAt: status === "PUBLISHED" ? new Date(`${period}-28T09:00:00Z`) : null,
    content: { roadmap: roadmap as never, recommendations: [MFA] as never },
  });
}
let seq = 0;
async function decide(
  period: string,
  item: { id: string },
  decision: "APPROVED" | "DEFERRED" | "DECLINED",
  at: string,
) {
  return ownerDb().clientDecision.create({
    data: {
      id: `dec_trail_${++seq}_${Date.now()}`,
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      reportId: reports[period]!.id,
      itemKind: item === MFA ? "recommendation" : "roadmap",
      itemId: item.id,
      decision,
      deferredTo: decision === "DEFERRED" ? "2027-03" : null,
      signature: "Camille Lefèvre",
      decidedById: approver.user.id,
      decidedAt: new Date(at),
      itemHash: "0".repeat(64),
    },
  });
}

const read = (actor: Actor, organizationId: string, year = 2026) =>
  readAs(actor, (tx) => readYearTrail(tx, actor, { organizationId, year }, { now: NOW }));

async function expectNotFound(promise: Promise<unknown>) {
  await expect(promise).rejects.toSatisfy((e) => e instanceof AppError && e.code === "NOT_FOUND");
}

beforeEach(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  approver = await createMember(ownerDb(), {
    tenantId: w.tenant.id,
    role: "CLIENT",
    organizationId: w.orgX.id,
    clientAccess: "APPROVER",
    name: "Camille Lefèvre",
  });
  await report("2025-12", [road(FIREWALL, "planned")]);
  await report("2026-01", [road(FIREWALL, "planned"), road(BACKUP, "planned")]);
  await report("2026-02", [road(FIREWALL, "in_progress"), road(BACKUP, "planned")]);
  await report("2026-03", [road(FIREWALL, "done"), road(BACKUP, "planned")]);
  // Staff's work in progress: the client never sees it, and it is not part of the trail for anyone.
  await report("2026-04", [road(BACKUP, "done")], "DRAFT");
  await decide("2025-12", FIREWALL, "APPROVED", "2025-12-29T10:00:00Z");
  await decide("2026-01", BACKUP, "APPROVED", "2026-01-29T10:00:00Z");
  await decide("2026-02", BACKUP, "DECLINED", "2026-03-01T10:00:00Z");
  await decide("2026-03", MFA, "DEFERRED", "2026-03-29T10:00:00Z");
});

describe("one organization's year", () => {
  it("staff read the trail of each item from the published reports and decisions, with the year's counts", async () => {
    const data = await read(staffActor(w), w.orgX.id);
    expect(data.organization).toEqual({ id: w.orgX.id, name: w.orgX.name });
    expect(data.reports.map((r) => r.period)).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(data.years).toEqual([2026, 2025]);
    expect(data.decisionCount).toBe(3);
    const firewall = data.items.find((i) => i.itemId === FIREWALL.id)!;
    expect(firewall.steps.map((s) => [s.kind, s.period])).toEqual([
      ["proposed", "2025-12"],
      ["approved", "2025-12"],
      ["in_progress", "2026-02"],
      ["delivered", "2026-03"],
    ]);
    expect(firewall.steps[1]).toMatchObject({ signature: "Camille Lefèvre", reportId: reports["2025-12"]!.id });
    expect(firewall.stage).toBe("delivered");
    const backup = data.items.find((i) => i.itemId === BACKUP.id)!;
    expect(backup.steps.map((s) => s.kind)).toEqual(["proposed", "approved", "declined"]);
    expect(backup.stage).toBe("declined");
    expect(data.items.find((i) => i.itemId === MFA.id)).toMatchObject({
      stage: "deferred",
      decision: { kind: "deferred", deferredTo: "2027-03" },
    });
    expect(data.summary).toMatchObject({
      items: 3,
      promised: 1,
      promisedDelivered: 1,
      delivered: 1,
      declined: 1,
      deferred: 1,
      in_progress: 0,
    });
  });

  it("the client reads the same trail for their organization, drafts excluded", async () => {
    const staff = await read(staffActor(w), w.orgX.id);
    const client = await read(await actorOf(approver.user), w.orgX.id);
    expect(client.items).toEqual(staff.items);
    expect(client.summary).toEqual(staff.summary);
    // The draft marks the backup done: not published, so not delivered for anyone.
    expect(client.items.find((i) => i.itemId === BACKUP.id)!.steps.map((s) => s.kind)).not.toContain("delivered");
    expect(client.reports.map((r) => r.period)).not.toContain("2026-04");
  });

  it("a report withdrawn since takes its steps and the decisions made on it away, for staff and client alike", async () => {
    await ownerDb().steeringReport.update({
      where: { id: reports["2026-02"]!.id },
      data: { status: "WITHDRAWN", withdrawnAt: new Date("2026-03-05T09:00:00Z"), withdrawnReason: "Wrong figures" },
    });
    for (const actor of [staffActor(w), await actorOf(approver.user)]) {
      const data = await read(actor, w.orgX.id);
      const backup = data.items.find((i) => i.itemId === BACKUP.id)!;
      expect(backup.steps.map((s) => s.kind)).toEqual(["proposed", "approved"]);
      expect(backup.stage).toBe("approved");
      expect(data.decisionCount).toBe(2);
    }
  });

  it("a past year stops at its end; items of that year only", async () => {
    const data = await read(staffActor(w), w.orgX.id, 2025);
    expect(data.items.map((i) => i.itemId).sort()).toEqual([FIREWALL.id, MFA.id].sort());
    expect(data.items.find((i) => i.itemId === FIREWALL.id)).toMatchObject({ stage: "approved" });
    expect(data.asOf).toEqual(new Date("2025-12-31T23:59:59.999Z"));
    expect(data.summary).toMatchObject({ promised: 1, delivered: 0, approvedNotDelivered: 1 });
  });

  it("an organization without published reports has an empty year", async () => {
    const data = await read(staffActor(w), w.orgY.id);
    expect(data).toMatchObject({ items: [], reports: [], years: [2026], decisionCount: 0, untracked: 0 });
    expect(data.summary.items).toBe(0);
  });

  it("items written before ids existed are not followed, only counted", async () => {
    await ownerDb().steeringReport.update({
      where: { id: reports["2026-03"]!.id },
      data: { roadmap: [road(FIREWALL, "done"), { title: "Old item", status: "planned", targetQuarter: "2026-Q1" }] },
    });
    const data = await read(staffActor(w), w.orgX.id);
    expect(data.untracked).toBe(1);
    expect(data.items.map((i) => i.title)).not.toContain("Old item");
  });
});

describe("scope", () => {
  it("a client of another organization of the same tenant: 404, even asking for their own organization's id elsewhere", async () => {
    const clientY = await actorOf(w.clientY.user);
    await expectNotFound(read(clientY, w.orgX.id));
    // Their own organization reads (empty: no published report).
    expect((await read(clientY, w.orgY.id)).items).toEqual([]);
  });

  it("another tenant's staff and client: 404", async () => {
    await expectNotFound(read(staffActor(other), w.orgX.id));
    await expectNotFound(read(staffActor(other, "owner"), w.orgX.id));
    await expectNotFound(read(await actorOf(other.clientX.user), w.orgX.id));
  });

  it("a platform admin, an unknown organization, a future year or a year before 2000: 404", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    await expectNotFound(read(await actorOf(admin), w.orgX.id));
    await expectNotFound(read(staffActor(w), "no_such_org"));
    await expectNotFound(read(staffActor(w), w.orgX.id, 2027));
    await expectNotFound(read(staffActor(w), w.orgX.id, 1999));
  });

  it("the database refuses the same even without the domain's guard (RLS): another tenant sees nothing", async () => {
    const outsider = staffActor(other);
    const rows = await readAs(outsider, (tx) =>
      tx.clientDecision.findMany({ where: { organizationId: w.orgX.id }, select: { id: true } }),
    );
    expect(rows).toEqual([]);
  });
});
