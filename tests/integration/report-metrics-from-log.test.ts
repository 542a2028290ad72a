import { beforeAll, describe, expect, it } from "vitest";
import { contextFor, type Actor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { proposeReportMetricsFromLog } from "@/lib/domain/interventions/propose-report-metrics";
import { createOrganization, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { staffActor } from "@/tests/support/actors";

/**
 * A report's incident figures proposed from the interventions log: the month's tickets (up to
 * today), major ones against the client's size, categories; nothing from another organization,
 * another month or another tenant.
 */
const now = new Date("2026-12-01T12:00:00Z");
let w: World;
let other: World;

type Row = { on: string; kind?: "TICKET" | "TIME_ENTRY"; category: string; people?: number; monitoring?: boolean };
async function log(world: World, organizationId: string, rows: Row[]) {
  await ownerDb().intervention.createMany({
    data: rows.map((r) => ({
      tenantId: world.tenant.id,
      organizationId,
      occurredOn: new Date(`${r.on}T00:00:00Z`),
      kind: r.kind ?? "TICKET",
      hours: 1,
      amount: 90,
      amountSource: "BILLED" as const,
      category: r.category,
      detection: r.monitoring ? ("MONITORING" as const) : ("USER_REPORTED" as const),
      peopleAffected: r.people ?? 0,
      createdById: world.manager.user.id,
    })),
  });
}
const propose = (actor: Actor, organizationId: string, period: string) =>
  withDbContext(contextFor(actor), (tx) => proposeReportMetricsFromLog(tx, actor, { organizationId, period }, { now }));

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("report metrics proposed from the interventions log", () => {
  it("counts the month's tickets, major ones for the client's size, and categories", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, name: "Log Month Ltd", headcount: 20 });
    const neighbour = await createOrganization(ownerDb(), { tenantId: w.tenant.id, name: "Neighbour Ltd" });
    await log(w, org.id, [
      { on: "2026-10-31", category: "Network" }, // the month before
      { on: "2026-11-01", category: "Network", people: 5, monitoring: true },
      { on: "2026-11-15", category: "Network", people: 4 },
      { on: "2026-11-20", category: "Printing" },
      { on: "2026-11-30", category: "Backups", monitoring: true },
      { on: "2026-11-30", kind: "TIME_ENTRY", category: "Network", people: 20 },
      { on: "2026-12-01", category: "Network" }, // the month after
    ]);
    await log(w, neighbour.id, [{ on: "2026-11-10", category: "Hardware", people: 50 }]);
    const p = await propose(staffActor(w), org.id, "2026-11");
    expect(p).toEqual({
      from: "2026-11-01",
      to: "2026-11-30",
      asOf: "2026-11-30",
      tickets: 4,
      timeEntries: 1,
      detected: 2,
      reported: 2,
      majorThreshold: 5,
      incidentsOpened: 4,
      majorIncidents: 1,
      ticketsByCategory: [
        { category: "Network", count: 2 },
        { category: "Backups", count: 1 },
        { category: "Printing", count: 1 },
      ],
      otherCategories: 0,
    });
  });

  it("reads the running month up to today, and proposes nothing for a month not started or not logged", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, name: "Running Month Ltd" });
    await log(w, org.id, [{ on: "2026-12-01", category: "Hardware" }]);
    expect(await propose(staffActor(w), org.id, "2026-12")).toMatchObject({ to: "2026-12-01", incidentsOpened: 1 });
    expect(await propose(staffActor(w), org.id, "2027-01")).toBeNull();
    expect(await propose(staffActor(w), org.id, "2026-09")).toBeNull();
  });

  it("is not found for another tenant's organization, whoever asks", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, name: "Private Log Ltd" });
    await log(w, org.id, [{ on: "2026-11-05", category: "Network" }]);
    await expect(propose(staffActor(other), org.id, "2026-11")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(propose(staffActor(other, "owner"), org.id, "2026-11")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
