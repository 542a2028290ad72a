import { beforeAll, describe, expect, it } from "vitest";
import { previewMetricsImportAction } from "@/lib/actions/reports";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * A month's report metrics from a CSV file (issue 17, item 2): read for a draft report of the
 * caller's tenant and proposed to the editor (nothing stored); the same file proposes the same
 * figures; bad figures by row and column; a file of another month refused with the months named;
 * published reports, other tenants and client users refused.
 */
let w: World;
let other: World;
let draftId: string;
let publishedId: string;

const CSV = [
  "Month;Metric;Category;Value;As of",
  "2025-11;Incidents opened;;42;30/11/2025",
  "2025-11;Incidents resolved;;40;30/11/2025",
  "2025-11;MTTR (h);;4,5;30/11/2025",
  "2025-11;Patch compliance;;97,5 %;30/11/2025",
  "2025-11;Tickets by category;Network;12;30/11/2025",
  "2025-11;Tickets by category;Email;9;30/11/2025",
  "2025-10;Incidents opened;;38;31/10/2025",
].join("\n");

const request = (reportId: string, csv: string, settings: unknown = null) => ({ reportId, csv, settings });

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  const base = { tenantId: w.tenant.id, organizationId: w.orgX.id, authorId: w.manager.user.id };
  draftId = (await createReport(ownerDb(), { ...base, period: "2025-11", status: "DRAFT" })).id;
  publishedId = (await createReport(ownerDb(), { ...base, period: "2025-10", status: "PUBLISHED" })).id;
});

describe("metrics CSV import into a draft report", () => {
  it("proposes the month's figures with their as-of date, and the same ones again; stores nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: draftId } });
    const first = await previewMetricsImportAction(request(draftId, CSV));
    if (!first.ok) throw new Error(JSON.stringify(first));
    expect(first.data.problems).toEqual([]);
    expect(first.data.proposal).toMatchObject({
      shape: "rows",
      asOf: "2025-11-30",
      otherMonthRows: 1,
      metrics: {
        incidentsOpened: 42,
        incidentsResolved: 40,
        mttrHours: 4.5,
        patchCompliancePct: 97.5,
        ticketsByCategory: [
          { category: "Network", count: 12 },
          { category: "Email", count: 9 },
        ],
      },
    });
    const again = await previewMetricsImportAction(request(draftId, CSV, first.data.settings));
    if (!again.ok) throw new Error(JSON.stringify(again));
    expect(again.data.proposal).toEqual(first.data.proposal);
    expect(await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: draftId } })).toEqual(before);
  });

  it("lists bad figures by row and column", async () => {
    actAs(w.owner.user);
    const bad = CSV.replace(";42;", ";forty-two;").replace(";97,5 %;", ";120 %;");
    const result = await previewMetricsImportAction(request(draftId, bad));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [2, "Value", "reports.import.errors.count"],
      [5, "Value", "reports.import.errors.percent"],
    ]);
  });

  it("refuses a file of another month, naming it, and a mapping without metrics", async () => {
    actAs(w.manager.user);
    const october = CSV.split("\n")
      .filter((line, i) => i === 0 || line.startsWith("2025-10"))
      .join("\n");
    expect(await previewMetricsImportAction(request(draftId, october))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { csv: expect.stringContaining("October 2025") },
    });
    const noMetric = await previewMetricsImportAction(request(draftId, "Month;Foo\n2025-11;1\n"));
    expect(noMetric).toMatchObject({ ok: true, data: { mappingErrors: { "mapping.metric": expect.any(String) } } });
  });

  it("refuses published reports, other tenants' reports and client users", async () => {
    actAs(w.manager.user);
    expect(await previewMetricsImportAction(request(publishedId, CSV))).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(other.owner.user);
    expect(await previewMetricsImportAction(request(draftId, CSV))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.clientX.user);
    expect(await previewMetricsImportAction(request(draftId, CSV))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});
