import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createReportSchema,
  saveReportSchema,
  toStoredContent,
  withdrawReportSchema,
} from "@/lib/domain/reports/schemas";
import { translator } from "@/lib/i18n/translate";
import { reportContentSchema } from "@/lib/reports/content";
import { fieldErrorsFrom } from "@/lib/validation/issues";
import { translateFieldErrors } from "@/lib/access/failure";

const t = translator("en");
const base = { id: "rep_1", expectedVersion: "3" };
const errorsOf = (input: unknown) => {
  const parsed = saveReportSchema.safeParse(input);
  return parsed.success ? {} : translateFieldErrors(t, fieldErrorsFrom(parsed.error));
};

/** What the editor's inputs post: strings, dotted names nested by formValues. */
const formPost = {
  ...base,
  narrative: { highlights: "All backups ran.", risks: "", decisionsNeeded: "  " },
  metrics: {
    incidentsOpened: { value: "12", source: "PSA", asOf: "2026-11-30" },
    incidentsResolved: { value: "", source: "PSA", asOf: "2026-11-30" },
    majorIncidents: { value: "0", source: "PSA", asOf: "2026-11-30" },
    mttrHours: { value: "3.5", source: "PSA", asOf: "2026-11-30" },
    backupJobsSucceeded: { value: "", source: "", asOf: "" },
    backupJobsFailed: { value: "", source: "", asOf: "2026-11-30" },
    patchCompliancePct: { value: "", source: "RMM", asOf: "2026-11-30" },
    availabilityPct: { value: "99.95", source: "Monitoring", asOf: "2026-11-30" },
    lastRestoreTest: { value: "2026-11-12", source: "Restore log", asOf: "2026-11-30" },
    ticketsByCategory: {
      source: "PSA",
      asOf: "2026-11-30",
      value: { "1": { category: "Hardware", count: "" }, "0": { category: "Network", count: "4" } },
    },
  },
  recommendations: { "0": { title: "Enable MFA", detail: "", priority: "high" } },
  roadmap: { "0": { title: "Migrate file shares", status: "in_progress", targetQuarter: "2027-Q1" } },
  budget: { "0": { label: "Managed services fee", kind: "run", amount: "1700.50", note: "" } },
};

describe("the editor's input → stored content", () => {
  it("turns form strings into typed content, empty values into no data", () => {
    const parsed = saveReportSchema.parse(formPost);
    const content = toStoredContent(parsed);
    expect(parsed.expectedVersion).toBe(3);
    expect(content.metrics.incidentsOpened).toEqual({ value: 12, source: "PSA", asOf: "2026-11-30" });
    expect(content.metrics.majorIncidents?.value).toBe(0);
    expect(content.metrics.incidentsResolved).toEqual({ value: null, source: "PSA", asOf: "2026-11-30" });
    expect(content.metrics.backupJobsSucceeded).toBeUndefined();
    expect(content.metrics.ticketsByCategory?.value).toEqual([
      { category: "Network", count: 4 },
      { category: "Hardware", count: null },
    ]);
    expect(content.narrative).toEqual({ highlights: "All backups ran.", risks: null, decisionsNeeded: null });
    expect(content.recommendations).toEqual([
      { id: expect.stringMatching(/^itm_[0-9a-z]{20}$/), title: "Enable MFA", detail: null, priority: "high" },
    ]);
    expect(content.budget[0]!.amount).toBe(1700.5);
    expect(reportContentSchema.safeParse(content).success).toBe(true);
  });

  it("accepts a report with nothing in it (a draft just started)", () => {
    const content = toStoredContent(saveReportSchema.parse(base));
    expect(content).toEqual({ metrics: {}, narrative: {}, recommendations: [], roadmap: [], budget: [] });
  });

  it("puts each error on the input's own name", () => {
    const errors = errorsOf({
      ...formPost,
      metrics: {
        ...formPost.metrics,
        incidentsOpened: { value: "twelve", source: "PSA", asOf: "2026-11-30" },
        majorIncidents: { value: "1.5", source: "PSA", asOf: "2026-11-30" },
        availabilityPct: { value: "101", source: "Monitoring", asOf: "2026-11-30" },
        mttrHours: { value: "4", source: "", asOf: "" },
        lastRestoreTest: { value: "2026-02-30", source: "log", asOf: "2026-11-30" },
      },
      roadmap: { "0": { title: "", status: "someday", targetQuarter: "Q1" } },
      budget: {
        "0": { label: "Fee", kind: "run", amount: "-5", note: "" },
        "1": { label: "Laptops", kind: "project", amount: "", note: "" },
        "2": { label: "Racks", kind: "project", amount: "1,200", note: "" },
      },
    });
    expect(errors).toMatchObject({
      "metrics.incidentsOpened.value": "This value is not valid.",
      "metrics.majorIncidents.value": "Must be a whole number.",
      "metrics.availabilityPct.value": "Must be at most 100.",
      "metrics.mttrHours.source": "This field is required.",
      "metrics.mttrHours.asOf": "This field is required.",
      "metrics.lastRestoreTest.value": "Enter a valid date.",
      "roadmap.0.title": "This field is required.",
      "roadmap.0.status": "Choose one of the options.",
      "roadmap.0.targetQuarter": "This value is not valid.",
      "budget.0.amount": "Must be at least 0.",
      "budget.1.amount": "This field is required.",
      "budget.2.amount": "This value is not valid.",
    });
  });

  it("requires provenance for ticket counts, not for categories carried over without counts", () => {
    const carried = {
      ...base,
      metrics: { ticketsByCategory: { source: "", asOf: "", value: { "0": { category: "Network", count: "" } } } },
    };
    expect(errorsOf(carried)).toEqual({});
    const counted = {
      ...base,
      metrics: { ticketsByCategory: { source: "", asOf: "", value: { "0": { category: "Network", count: "3" } } } },
    };
    expect(Object.keys(errorsOf(counted)).sort()).toEqual([
      "metrics.ticketsByCategory.asOf",
      "metrics.ticketsByCategory.source",
    ]);
  });

  it("keeps the ids items carry, gives one to a row without, refuses a malformed one", () => {
    const ok = saveReportSchema.parse({
      ...base,
      recommendations: {
        "0": { id: "itm_keep00000001", title: "Keep", detail: "", priority: "low" },
        "1": { id: "", title: "New", detail: "", priority: "low" },
      },
    });
    const ids = toStoredContent(ok).recommendations.map((r) => r.id);
    expect(ids[0]).toBe("itm_keep00000001");
    expect(ids[1]).toMatch(/^itm_[0-9a-z]{20}$/);
    const bad = saveReportSchema.safeParse({
      ...base,
      recommendations: { "0": { id: "<script>", title: "X", detail: "", priority: "low" } },
    });
    expect(bad.success).toBe(false);
  });

  it("refuses fields it does not know (strict)", () => {
    expect(errorsOf({ ...base, tenantId: "t1" })).toHaveProperty("tenantId");
    expect(errorsOf({ ...base, metrics: { uptime: { value: "1", source: "x", asOf: "2026-01-01" } } })).toHaveProperty(
      "metrics.uptime",
    );
    expect(errorsOf({ ...base, version: 9 })).toHaveProperty("version");
  });

  it("always stores content the stored schema accepts (property)", () => {
    const numeric = fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 100 }).map(String));
    fc.assert(
      fc.property(
        numeric,
        numeric,
        fc.array(
          fc.tuple(
            fc
              .string({ minLength: 1, maxLength: 20 })
              .filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\u007f]/.test(s)),
            numeric,
          ),
          { maxLength: 5 },
        ),
        (a, b, cats) => {
          const input = {
            ...base,
            metrics: {
              availabilityPct: { value: a, source: "S", asOf: "2026-01-31" },
              majorIncidents: { value: b, source: "S", asOf: "2026-01-31" },
              ticketsByCategory: {
                source: "S",
                asOf: "2026-01-31",
                value: cats.map(([category, count]) => ({ category, count })),
              },
            },
          };
          const parsed = saveReportSchema.safeParse(input);
          if (!parsed.success) return true;
          return reportContentSchema.safeParse(toStoredContent(parsed.data)).success;
        },
      ),
    );
  });
});

describe("other report inputs", () => {
  it("create: organization, YYYY-MM period and an idempotency key", () => {
    expect(
      createReportSchema.safeParse({ organizationId: "o1", period: "2026-11", idempotencyKey: crypto.randomUUID() })
        .success,
    ).toBe(true);
    const bad = createReportSchema.safeParse({ organizationId: "o1", period: "2026-13", idempotencyKey: "x" });
    expect(bad.success).toBe(false);
    if (!bad.success)
      expect(translateFieldErrors(t, fieldErrorsFrom(bad.error))).toMatchObject({ period: "Use the YYYY-MM format." });
  });

  it("withdraw: a reason is required", () => {
    const r = withdrawReportSchema.safeParse({ id: "r1", expectedVersion: "2", reason: "   " });
    expect(r.success).toBe(false);
    if (!r.success)
      expect(translateFieldErrors(t, fieldErrorsFrom(r.error))).toEqual({ reason: "This field is required." });
  });
});
