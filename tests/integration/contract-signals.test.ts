import { beforeAll, describe, expect, it } from "vitest";
import { contextFor, type Actor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { listContractSignals } from "@/lib/domain/interventions/list-contract-signals";
import { EXAMPLE_2 } from "@/lib/engine/test-fixtures";
import { createFinalAssessment, createOrganization, createWorld, type World } from "@/lib/seed/factories";
import type { ServiceModel } from "@/lib/generated/prisma/client";
import { ownerDb } from "@/tests/support/db";
import { staffActor } from "@/tests/support/actors";

const now = new Date("2026-12-01T12:00:00Z");

let w: World;
let other: World;
const actorOf = (world: World): Actor => staffActor(world);
const signals = (world: World) => {
  const actor = actorOf(world);
  return withDbContext(contextFor(actor), (tx) => listContractSignals(tx, actor, { now }));
};

async function client(name: string, currentModel: ServiceModel, assessed: boolean) {
  const db = ownerDb();
  const org = await createOrganization(db, { tenantId: w.tenant.id, name, headcount: 40, currentModel });
  if (!assessed) return { org, fee: 0 };
  const a = await createFinalAssessment(db, {
    tenantId: w.tenant.id,
    organizationId: org.id,
    authorId: w.manager.user.id,
    currentModel,
    input: EXAMPLE_2, // the seed's forty-person example: the engine recommends managed services
  });
  const row = await db.assessment.findUniqueOrThrow({ where: { id: a.id } });
  const result = row.result as { recommendation: string; costs: { fees: { HYBRID: number; MANAGED: number } } };
  expect(result.recommendation).toBe("MANAGED");
  return { org, fee: result.costs.fees.MANAGED, assessmentId: a.id };
}

async function bill(organizationId: string, rows: { on: string; amount: number }[]) {
  await ownerDb().intervention.createMany({
    data: rows.map((r) => ({
      tenantId: w.tenant.id,
      organizationId,
      occurredOn: new Date(`${r.on}T00:00:00Z`),
      hours: 1,
      amount: r.amount,
      amountSource: "BILLED" as const,
      category: "Network",
      detection: "USER_REPORTED" as const,
      createdById: w.manager.user.id,
    })),
  });
}

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("the time-and-materials-to-contract signal", () => {
  it("ranks break-fix clients whose billed year approaches the recommended contract's price", async () => {
    const over = await client("Over Ltd", "BREAK_FIX", true);
    const near = await client("Near Ltd", "BREAK_FIX", true);
    const below = await client("Below Ltd", "BREAK_FIX", true);
    const managed = await client("Already Managed", "MANAGED", true);
    const unassessed = await client("Never Assessed", "BREAK_FIX", false);
    const year = over.fee * 12;
    expect(year).toBeGreaterThan(0);
    // Over: 110 % of a year's contract, plus an old invoice outside the window that must not count.
    await bill(over.org.id, [
      { on: "2026-03-01", amount: year * 0.6 },
      { on: "2026-11-30", amount: year * 0.5 },
      { on: "2025-11-30", amount: year * 5 },
    ]);
    await bill(near.org.id, [{ on: "2025-12-02", amount: year * 0.85 }]); // first day of the window
    await bill(below.org.id, [{ on: "2026-06-01", amount: year * 0.5 }]);
    await bill(managed.org.id, [{ on: "2026-06-01", amount: year * 3 }]);
    await bill(unassessed.org.id, [{ on: "2026-06-01", amount: year * 3 }]);

    const s = await signals(w);
    expect(s).toMatchObject({ from: "2025-12-02", to: "2026-12-01", threshold: 0.8, total: 2, unassessed: 1 });
    expect(s.items.map((i) => i.name)).toEqual(["Over Ltd", "Near Ltd"]);
    expect(s.items[0]).toMatchObject({
      model: "MANAGED",
      interventions: 2,
      assessmentId: over.assessmentId,
      recurringYear: Math.round(year * 100) / 100,
    });
    expect(s.items[0]!.ratio).toBeCloseTo(1.1, 2);
    expect(s.items[1]!.ratio).toBeCloseTo(0.85, 2);
  });

  it("shows another tenant nothing of it", async () => {
    const s = await signals(other);
    expect(s.total).toBe(0);
    expect(s.unassessed).toBe(0);
  });
});
