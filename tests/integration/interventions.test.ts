import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createInterventionAction, deleteInterventionAction } from "@/lib/actions/interventions";
import { withDbContext } from "@/lib/db/context";
import { listInterventions } from "@/lib/domain/interventions/list-interventions";
import { interventionFiltersSchema } from "@/lib/domain/interventions/schemas";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf, readAs } from "./reports-support";

/**
 * The interventions log of an organization: a quick-add that validates and computes the
 * amount from the hourly rate when none was billed, a filtered list with totals, deletion,
 * and isolation (other tenants get 404; clients and RLS see nothing).
 */
let w: World;
let other: World;

const input = (organizationId: string, overrides: Record<string, unknown> = {}) => ({
  organizationId,
  idempotencyKey: randomUUID(),
  occurredOn: "2026-03-04",
  kind: "TICKET",
  hours: "1.5",
  amountBilled: "",
  category: "Network",
  detection: "USER_REPORTED",
  peopleAffected: "3",
  recurringCause: false,
  sourceSystem: "",
  externalId: "",
  note: "",
  ...overrides,
});

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb(), { tenant: { hourlyRate: 90 } }), createWorld(ownerDb())]);
});

describe("intervention.create", () => {
  it("computes the amount from the tenant's hourly rate when none was billed, keeps a billed one, audits", async () => {
    actAs(w.manager.user);
    const computed = await createInterventionAction(input(w.orgX.id));
    const billed = await createInterventionAction(
      input(w.orgX.id, {
        occurredOn: "2026-02-10",
        hours: "2",
        amountBilled: "250",
        detection: "MONITORING",
        category: "Backups",
        recurringCause: true,
        sourceSystem: "Autotask",
        externalId: "T-1001",
        note: "Backup job failed twice.",
      }),
    );
    if (!computed.ok || !billed.ok) throw new Error("create failed");
    const rows = await ownerDb().intervention.findMany({
      where: { id: { in: [computed.data.id, billed.data.id] } },
      orderBy: { occurredOn: "desc" },
    });
    expect(rows[0]).toMatchObject({
      tenantId: w.tenant.id,
      hours: 1.5,
      amount: 135,
      amountSource: "HOURLY_RATE",
      hourlyRate: 90,
      peopleAffected: 3,
      createdById: w.manager.user.id,
    });
    expect(rows[1]).toMatchObject({
      amount: 250,
      amountSource: "BILLED",
      hourlyRate: null,
      detection: "MONITORING",
      recurringCause: true,
      sourceSystem: "Autotask",
      externalId: "T-1001",
    });
    const audited = await ownerDb().auditEvent.count({
      where: { tenantId: w.tenant.id, action: "intervention.create", targetId: computed.data.id },
    });
    expect(audited).toBe(1);
  });

  it("answers bad input next to the field and writes nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().intervention.count({ where: { tenantId: w.tenant.id } });
    const bad = await createInterventionAction(
      input(w.orgX.id, { hours: "-1", category: "", detection: "PSYCHIC", peopleAffected: "two" }),
    );
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!bad.ok)
      expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["category", "detection", "hours", "peopleAffected"]);
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const future = await createInterventionAction(input(w.orgX.id, { occurredOn: tomorrow }));
    expect(future).toMatchObject({ ok: false, fieldErrors: { occurredOn: "The date cannot be after today." } });
    const orphanId = await createInterventionAction(input(w.orgX.id, { externalId: "X-1" }));
    expect(orphanId).toMatchObject({ ok: false, fieldErrors: { sourceSystem: expect.any(String) } });
    const taken = await createInterventionAction(input(w.orgY.id, { sourceSystem: "Autotask", externalId: "T-1001" }));
    expect(taken).toMatchObject({ ok: false, fieldErrors: { externalId: expect.any(String) } });
    expect(await ownerDb().intervention.count({ where: { tenantId: w.tenant.id } })).toBe(before);
  });

  it("gives 404 for another tenant's organization, and a double submit records once", async () => {
    actAs(w.manager.user);
    const foreign = await createInterventionAction(input(other.orgX.id));
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ownerDb().intervention.count({ where: { organizationId: other.orgX.id } })).toBe(0);
    const once = input(w.orgY.id);
    const [a, b] = [await createInterventionAction(once), await createInterventionAction(once)];
    expect(a.ok && b.ok).toBe(true);
    expect(await ownerDb().intervention.count({ where: { organizationId: w.orgY.id } })).toBe(1);
  });
});

describe("the organization's log", () => {
  it("filters by dates, category, detection and the recurring flag, with totals of what matches", async () => {
    const manager = await actorOf(w.manager.user);
    const list = (raw: Record<string, string>) =>
      readAs(manager, (tx) => listInterventions(tx, manager, w.orgX.id, interventionFiltersSchema.parse(raw)));
    const all = await list({});
    expect(all.totals).toEqual({ count: 2, hours: 3.5, amount: 385 });
    expect(all.rows.map((r) => r.category)).toEqual(["Network", "Backups"]);
    expect(all.categories).toEqual(["Backups", "Network"]);
    expect(all.tenant).toMatchObject({ hourlyRate: 90, currency: w.tenant.currency });
    expect((await list({ detection: "MONITORING" })).totals).toEqual({ count: 1, hours: 2, amount: 250 });
    expect((await list({ recurring: "yes" })).rows.map((r) => r.externalId)).toEqual(["T-1001"]);
    expect((await list({ from: "2026-03-01", to: "2026-03-31" })).rows.map((r) => r.category)).toEqual(["Network"]);
    expect((await list({ category: "Network" })).totals.count).toBe(1);
    // A bad filter value is dropped, not an error.
    expect((await list({ from: "yesterday", detection: "NOPE" })).totals.count).toBe(2);
  });

  it("pages 25 at a time, newest first, with a cursor", async () => {
    const db = ownerDb();
    await db.intervention.createMany({
      data: Array.from({ length: 30 }, (_, i) => ({
        tenantId: w.tenant.id,
        organizationId: w.orgY.id,
        occurredOn: new Date(Date.UTC(2025, 0, 1 + i)),
        hours: 1,
        amount: 90,
        amountSource: "HOURLY_RATE" as const,
        hourlyRate: 90,
        category: "Paging",
        detection: "USER_REPORTED" as const,
        createdById: w.manager.user.id,
      })),
    });
    const manager = await actorOf(w.manager.user);
    const first = await readAs(manager, (tx) =>
      listInterventions(tx, manager, w.orgY.id, interventionFiltersSchema.parse({ category: "Paging" })),
    );
    expect(first.rows).toHaveLength(25);
    expect(first.rows[0]!.occurredOn.toISOString().slice(0, 10)).toBe("2025-01-30");
    expect(first.nextBefore).toBe(first.rows[24]!.id);
    const second = await readAs(manager, (tx) =>
      listInterventions(
        tx,
        manager,
        w.orgY.id,
        interventionFiltersSchema.parse({ category: "Paging", before: first.nextBefore! }),
      ),
    );
    expect(second.rows).toHaveLength(5);
    expect(second.nextBefore).toBeNull();
    expect(second.totals.count).toBe(30);
  });

  it("is invisible to clients and to RLS outside staff; foreign organizations are 404", async () => {
    const client = await actorOf(w.clientX.user);
    await expect(
      readAs(client, (tx) => listInterventions(tx, client, w.orgX.id, interventionFiltersSchema.parse({}))),
    ).rejects.toThrow("NOT_FOUND");
    const foreign = await actorOf(other.manager.user);
    await expect(
      readAs(foreign, (tx) => listInterventions(tx, foreign, w.orgX.id, interventionFiltersSchema.parse({}))),
    ).rejects.toThrow("NOT_FOUND");
    for (const ctx of [
      { tenantId: w.tenant.id, role: "CLIENT" as const, userId: w.clientX.user.id, organizationId: w.orgX.id },
      { tenantId: other.tenant.id, role: "ACCOUNT_MANAGER" as const, userId: other.manager.user.id },
    ]) {
      const [seen] = await withDbContext(
        ctx,
        (tx) =>
          tx.$queryRaw<
            { n: number }[]
          >`SELECT count(*)::int AS n FROM "Intervention" WHERE "tenantId" = ${w.tenant.id}`,
      );
      expect(seen?.n).toBe(0);
    }
  });

  it("deletes an intervention of the tenant (audited); another tenant's is 404", async () => {
    const row = await ownerDb().intervention.findFirstOrThrow({
      where: { tenantId: w.tenant.id, category: "Network" },
    });
    actAs(other.owner.user);
    expect(await deleteInterventionAction({ id: row.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.manager.user);
    expect(await deleteInterventionAction({ id: row.id })).toMatchObject({ ok: true });
    expect(await ownerDb().intervention.count({ where: { id: row.id } })).toBe(0);
    expect(await ownerDb().auditEvent.count({ where: { action: "intervention.delete", targetId: row.id } })).toBe(1);
  });
});
