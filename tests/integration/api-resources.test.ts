import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAssessment } from "@/app/api/v1/assessments/[id]/route";
import { GET as listAssessments } from "@/app/api/v1/assessments/route";
import { GET as listModelChanges } from "@/app/api/v1/model-changes/route";
import {
  GET as listInterventions,
  POST as upsertInterventions,
} from "@/app/api/v1/organizations/[id]/interventions/route";
import { GET as getReport } from "@/app/api/v1/reports/[id]/route";
import { GET as listReports, POST as createReport } from "@/app/api/v1/reports/route";
import { createApiTokenFor } from "@/lib/seed/factories";
import { callApi } from "@/tests/support/api";
import { ownerDb } from "@/tests/support/db";
import { createFullWorld } from "@/tests/support/worlds";

/**
 * The REST API v1's resources beyond organizations: interventions (list, bulk upsert by
 * external id through the import's writer), model changes, assessments with their stored
 * engine result, steering reports (list, get, a draft with metrics through the editor's rules).
 */
let world: Awaited<ReturnType<typeof createFullWorld>>;
let other: Awaited<ReturnType<typeof createFullWorld>>;
let secret: string;

beforeAll(async () => {
  [world, other] = await Promise.all([createFullWorld(), createFullWorld()]);
  secret = (
    await createApiTokenFor(ownerDb(), {
      tenantId: world.tenant.id,
      createdById: world.owner.user.id,
      rateLimit: 100_000,
    })
  ).secret;
}, 120_000);

const item = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  occurredOn: "2025-03-04",
  hours: 2,
  category: "Network",
  detection: "MONITORING",
  ...extra,
});

describe("interventions", () => {
  it("a bulk upsert adds, then updates only what changed; the same items twice change nothing", async () => {
    const params = { id: world.orgY.id };
    const body = { sourceSystem: "Autotask", items: [item("A-1"), item("A-2", { amountBilled: 250 }), item("A-3")] };
    const first = await callApi(upsertInterventions, { token: secret, params, body });
    expect(first.status).toBe(200);
    expect(first.json).toEqual({ received: 3, created: 3, updated: 0, unchanged: 0 });
    const again = await callApi(upsertInterventions, { token: secret, params, body });
    expect(again.json).toEqual({ received: 3, created: 0, updated: 0, unchanged: 3 });
    const changed = await callApi(upsertInterventions, {
      token: secret,
      params,
      body: { ...body, items: [item("A-1", { hours: 3 }), item("A-4")] },
    });
    expect(changed.json).toEqual({ received: 2, created: 1, updated: 1, unchanged: 0 });
    const rows = await ownerDb().intervention.findMany({
      where: { organizationId: world.orgY.id, sourceSystem: "Autotask" },
    });
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.externalId === "A-1")?.hours).toBe(3);
    expect(rows.find((r) => r.externalId === "A-2")).toMatchObject({ amount: 250, amountSource: "BILLED" });
    const audit = await ownerDb().auditEvent.count({
      where: { action: "intervention.upsert", targetId: world.orgY.id },
    });
    expect(audit).toBe(3);
  });

  it("refuses the whole call with one error per bad item: a repeated id, a future date, an id of another organization", async () => {
    await callApi(upsertInterventions, {
      token: secret,
      params: { id: world.orgX.id },
      body: { sourceSystem: "Halo", items: [item("H-9")] },
    });
    const before = await ownerDb().intervention.count({ where: { tenantId: world.tenant.id } });
    const r = await callApi(upsertInterventions, {
      token: secret,
      params: { id: world.orgY.id },
      body: {
        sourceSystem: "Halo",
        items: [item("H-1"), item("H-1"), item("H-2", { occurredOn: "2099-01-01" }), item("H-9")],
      },
    });
    expect(r.status).toBe(422);
    expect(r.json.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual([
      "/items/1/externalId",
      "/items/2/occurredOn",
      "/items/3/externalId",
    ]);
    expect(await ownerDb().intervention.count({ where: { tenantId: world.tenant.id } })).toBe(before);
  });

  it("lists an organization's interventions newest first, page by page, filtered; another tenant's organization is 404", async () => {
    const params = { id: world.orgX.id };
    const items = Array.from({ length: 7 }, (_, i) =>
      item(`L-${i}`, { occurredOn: `2025-01-0${i + 1}`, category: i % 2 ? "Email" : "Network" }),
    );
    await callApi(upsertInterventions, { token: secret, params, body: { sourceSystem: "ListPSA", items } });
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const r = await callApi(listInterventions, {
        token: secret,
        params,
        query: { sourceSystem: "ListPSA", limit: "3", ...(cursor ? { cursor } : {}) },
      });
      expect(r.status).toBe(200);
      seen.push(...r.json.data.map((x: { externalId: string }) => x.externalId));
      if (!r.json.nextCursor) break;
      cursor = r.json.nextCursor;
    }
    expect(seen).toEqual(["L-6", "L-5", "L-4", "L-3", "L-2", "L-1", "L-0"]);
    const email = await callApi(listInterventions, {
      token: secret,
      params,
      query: { sourceSystem: "ListPSA", category: "Email" },
    });
    expect(email.json.data.map((x: { externalId: string }) => x.externalId)).toEqual(["L-5", "L-3", "L-1"]);
    expect((await callApi(listInterventions, { token: secret, params: { id: other.orgX.id } })).status).toBe(404);
  });
});

describe("model changes, assessments, reports", () => {
  it("lists the tenant's model changes only", async () => {
    const r = await callApi(listModelChanges, { token: secret, query: { organizationId: world.orgX.id } });
    expect(r.status).toBe(200);
    expect(r.json.data.length).toBeGreaterThan(0);
    for (const c of r.json.data) expect(c.organizationId).toBe(world.orgX.id);
    const foreign = await callApi(listModelChanges, { token: secret, query: { organizationId: other.orgX.id } });
    expect(foreign.json.data).toEqual([]);
  });

  it("gets an assessment with the engine result as stored at finalization", async () => {
    const list = await callApi(listAssessments, { token: secret, query: { status: "FINAL" } });
    expect(list.json.data.map((a: { id: string }) => a.id)).toContain(world.assessmentId);
    const r = await callApi(getAssessment, { token: secret, params: { id: world.assessmentId } });
    expect(r.status).toBe(200);
    const stored = await ownerDb().assessment.findUniqueOrThrow({ where: { id: world.assessmentId } });
    expect(r.json.recommendation).toBe(stored.recommendation);
    expect(r.json.result.recommendation).toBe(stored.recommendation);
    expect(r.json.result.engineVersion).toBe(stored.engineVersion);
    expect((await callApi(getAssessment, { token: secret, params: { id: other.assessmentId } })).status).toBe(404);
  });

  it("creates a draft report with metrics; a figure without its source is refused on its field; the month taken is 409", async () => {
    const bad = await callApi(createReport, {
      token: secret,
      body: {
        organizationId: world.orgY.id,
        period: "2025-02",
        metrics: { incidentsOpened: { value: 9, source: null, asOf: "2025-02-28" } },
      },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([{ pointer: "/metrics/incidentsOpened/source", message: expect.any(String) }]);
    expect(await ownerDb().steeringReport.count({ where: { organizationId: world.orgY.id, period: "2025-02" } })).toBe(
      0,
    );

    const body = {
      organizationId: world.orgY.id,
      period: "2025-02",
      metrics: { incidentsOpened: { value: 9, source: "Autotask", asOf: "2025-02-28" } },
    };
    const created = await callApi(createReport, { token: secret, body });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "DRAFT", period: "2025-02", organizationId: world.orgY.id });
    expect(created.json.content.metrics.incidentsOpened).toEqual({ value: 9, source: "Autotask", asOf: "2025-02-28" });
    const again = await callApi(createReport, { token: secret, body });
    expect(again.status).toBe(409);

    const got = await callApi(getReport, { token: secret, params: { id: created.json.id } });
    expect(got.json.content.metrics.incidentsOpened.value).toBe(9);
    const list = await callApi(listReports, {
      token: secret,
      query: { organizationId: world.orgY.id, status: "DRAFT" },
    });
    expect(list.json.data.map((x: { id: string }) => x.id)).toContain(created.json.id);
    expect((await callApi(getReport, { token: secret, params: { id: other.reportId } })).status).toBe(404);
    const foreignCreate = await callApi(createReport, {
      token: secret,
      body: { ...body, organizationId: other.orgX.id },
    });
    expect(foreignCreate.status).toBe(404);
  });
});
