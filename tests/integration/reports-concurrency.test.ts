import { beforeAll, describe, expect, it } from "vitest";
import { acknowledgeReportAction } from "@/lib/actions/reports";
import { createReportAction, publishReportAction, saveReportAction } from "@/lib/actions/reports";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb, onEmbedded } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { editorPost, key, report, state } from "./reports-support";

/**
 * Races between identical requests, sent at once with Promise.all. On a real
 * PostgreSQL server they run in parallel transactions (the conditional
 * UPDATE / ON CONFLICT decide the winner); on the embedded PGlite they are
 * serialised, which must give the same outcome.
 */
let w: World;
beforeAll(async () => {
  w = await createWorld(ownerDb());
});

describe(`concurrent requests (${onEmbedded() ? "embedded PGlite: serialised" : "PostgreSQL server: parallel"})`, () => {
  it("two saves of the same version: exactly one succeeds, the other gets a conflict", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2023-01",
    });
    actAs(w.manager.user);
    const results = await Promise.all([
      saveReportAction(editorPost(r.id, 1, { narrative: { highlights: "Version A" } })),
      saveReportAction(editorPost(r.id, 1, { narrative: { highlights: "Version B" } })),
    ]);
    expect(results.filter((x) => x.ok)).toHaveLength(1);
    expect(results.filter((x) => !x.ok)).toEqual([expect.objectContaining({ code: "CONFLICT" })]);
    const s = await state(r.id);
    expect(s.row!.version).toBe(2);
    const winner = results.findIndex((x) => x.ok);
    expect((s.row!.narrative as { highlights: string }).highlights).toBe(winner === 0 ? "Version A" : "Version B");
    expect(s.actions.filter((a) => a === "report.update")).toHaveLength(1);
  });

  it("two publishes at once: one published report, exactly one audit event, both callers told it is published", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2023-02",
    });
    actAs(w.manager.user);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => publishReportAction({ id: r.id, expectedVersion: 1 })),
    );
    expect(results.every((x) => x.ok)).toBe(true);
    expect(results.filter((x) => x.ok && !x.data.alreadyPublished)).toHaveLength(1);
    const s = await state(r.id);
    expect(s.row).toMatchObject({ status: "PUBLISHED", version: 2 });
    expect(s.actions.filter((a) => a === "report.publish")).toHaveLength(1);
  });

  it("two creates for the same organization and month: one report, both callers get it", async () => {
    actAs(w.manager.user);
    const results = await Promise.all([
      createReportAction({ organizationId: w.orgY.id, period: "2023-03", idempotencyKey: key() }),
      createReportAction({ organizationId: w.orgY.id, period: "2023-03", idempotencyKey: key() }),
    ]);
    expect(results.every((x) => x.ok)).toBe(true);
    const ids = new Set(results.map((x) => (x.ok ? x.data.id : null)));
    expect(ids.size).toBe(1);
    expect(
      await ownerDb().steeringReport.count({
        where: { tenantId: w.tenant.id, organizationId: w.orgY.id, period: "2023-03" },
      }),
    ).toBe(1);
    const [id] = [...ids];
    expect((await state(id!)).actions.filter((a) => a === "report.create")).toHaveLength(1);
  });

  it("a double-clicked acknowledgement is stored once", async () => {
    const r = await report({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2023-04",
      status: "PUBLISHED",
    });
    actAs(w.clientX.user);
    const results = await Promise.all([acknowledgeReportAction({ id: r.id }), acknowledgeReportAction({ id: r.id })]);
    expect(results.every((x) => x.ok)).toBe(true);
    const s = await state(r.id);
    expect(s.acks).toHaveLength(1);
    expect(s.actions.filter((a) => a === "report.acknowledge")).toHaveLength(1);
  });
});
