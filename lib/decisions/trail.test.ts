import { describe, expect, it } from "vitest";
import {
  currentStage,
  deriveTrails,
  isApprovedNotDelivered,
  isDeclined,
  isDelivered,
  isPromised,
  summarizeTrails,
  type TrailDecisionInput,
  type TrailReportInput,
} from "@/lib/decisions/trail";

const FW = "itm_firewall0001";
const MFA = "itm_mfa000000001";
const SP = "itm_sharepoint01";

type Status = "planned" | "in_progress" | "done" | "blocked";
const road = (id: string | undefined, status: Status, title = `Item ${id}`) => ({
  ...(id ? { id } : {}),
  title,
  status,
  targetQuarter: "2026-Q4",
});
const rec = (id: string | undefined, title = `Rec ${id}`) => ({
  ...(id ? { id } : {}),
  title,
  detail: null,
  priority: "high",
});

function report(
  period: string,
  roadmap: unknown[],
  recommendations: unknown[] = [],
  extra: Partial<TrailReportInput> = {},
): TrailReportInput {
  return {
    id: `rep_${period}`,
    period,
    status: "PUBLISHED",
    publishedAt: new Date(`${period}-28T09:00:00Z`),
    recommendations,
    roadmap,
    ...extra,
  };
}

let seq = 0;
function decision(
  itemId: string,
  outcome: TrailDecisionInput["decision"],
  [on, at]: [report: string, at: string],
  extra: Partial<TrailDecisionInput> = {},
): TrailDecisionInput {
  return {
    id: `dec_${++seq}`,
    reportId: `rep_${on}`,
    itemKind: "roadmap",
    itemId,
    decision: outcome,
    deferredTo: outcome === "DEFERRED" ? "2026-09" : null,
    signature: "Claire Martin",
    decidedById: "usr_claire",
    decidedAt: new Date(at),
    ...extra,
  };
}

const kinds = (trail: { steps: { kind: string }[] }) => trail.steps.map((s) => s.kind);
const only = (t: ReturnType<typeof deriveTrails>, itemId: string) => {
  const item = t.items.find((i) => i.itemId === itemId);
  if (!item) throw new Error(`no trail for ${itemId}`);
  return item;
};

describe("the trail of a roadmap item: proposed → approved → in progress → delivered", () => {
  const trails = deriveTrails({
    reports: [
      report("2026-01", [road(FW, "planned")]),
      report("2026-02", [road(FW, "in_progress")]),
      report("2026-03", [road(FW, "done")]),
      // The next month's structure drops "done" items (lib/reports/structure.ts): not a removal.
      report("2026-04", []),
    ],
    decisions: [decision(FW, "APPROVED", ["2026-01", "2026-02-02T10:00:00Z"])],
  });
  const fw = only(trails, FW);

  it("dates each step and names its source", () => {
    expect(kinds(fw)).toEqual(["proposed", "approved", "in_progress", "delivered"]);
    expect(fw.steps[0]).toEqual({
      kind: "proposed",
      period: "2026-01",
      reportId: "rep_2026-01",
      at: new Date("2026-01-28T09:00:00Z"),
    });
    expect(fw.steps[1]).toMatchObject({
      kind: "approved",
      period: "2026-01",
      reportId: "rep_2026-01",
      signature: "Claire Martin",
      decidedById: "usr_claire",
      at: new Date("2026-02-02T10:00:00Z"),
      current: true,
    });
    expect(fw.steps[2]).toMatchObject({ kind: "in_progress", period: "2026-02", reportId: "rep_2026-02" });
    expect(fw.steps[3]).toMatchObject({ kind: "delivered", period: "2026-03", reportId: "rep_2026-03" });
  });

  it("is delivered, promised and no longer pending; the summary counts it once", () => {
    expect(fw.stage).toBe("delivered");
    expect(fw.status).toBe("done");
    expect(fw.lastListed).toEqual({ reportId: "rep_2026-03", period: "2026-03" });
    expect(isDelivered(fw)).toBe(true);
    expect(isPromised(fw)).toBe(true);
    expect(isApprovedNotDelivered(fw)).toBe(false);
    expect(summarizeTrails(trails.items)).toMatchObject({
      items: 1,
      promised: 1,
      promisedDelivered: 1,
      approvedNotDelivered: 0,
      delivered: 1,
      in_progress: 0,
      removed: 0,
    });
  });
});

describe("every stage", () => {
  it("proposed: listed, not decided, not started (planned is not a step of its own at first)", () => {
    const t = deriveTrails({ reports: [report("2026-01", [road(FW, "planned")])], decisions: [] });
    expect(kinds(only(t, FW))).toEqual(["proposed"]);
    expect(only(t, FW).stage).toBe("proposed");
    expect(only(t, FW).decision).toBeNull();
  });

  it("approved: current decision APPROVED, work not started; pending promised work", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [road(FW, "planned")])],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"])],
    });
    const fw = only(t, FW);
    expect(fw.stage).toBe("approved");
    expect(isApprovedNotDelivered(fw)).toBe(true);
  });

  it("in progress and blocked follow the latest published status; back to planned is a step", () => {
    const t = deriveTrails({
      reports: [
        report("2026-01", [road(FW, "in_progress")]),
        report("2026-02", [road(FW, "blocked")]),
        report("2026-03", [road(FW, "planned")]),
        report("2026-04", [road(FW, "in_progress")]),
      ],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"])],
    });
    const fw = only(t, FW);
    expect(kinds(fw)).toEqual(["proposed", "in_progress", "approved", "blocked", "planned", "in_progress"]);
    expect(fw.stage).toBe("in_progress");
    expect(isApprovedNotDelivered(fw)).toBe(true);
    const blocked = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [road(FW, "blocked")])],
      decisions: [],
    });
    expect(only(blocked, FW).stage).toBe("blocked");
    expect(isApprovedNotDelivered(only(blocked, FW))).toBe(false);
  });

  it("deferred: to a month, stays deferred even when taken out of the report meanwhile", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [])],
      decisions: [decision(FW, "DEFERRED", ["2026-01", "2026-01-30T10:00:00Z"], { deferredTo: "2026-06" })],
    });
    const fw = only(t, FW);
    expect(kinds(fw)).toEqual(["proposed", "deferred", "removed"]);
    expect(fw.decision).toMatchObject({ kind: "deferred", deferredTo: "2026-06" });
    expect(fw.stage).toBe("deferred");
    expect(summarizeTrails(t.items)).toMatchObject({ deferred: 1, removed: 0, promised: 0 });
  });

  it("a deferred month is kept only on DEFERRED decisions", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")])],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-01-30T10:00:00Z"], { deferredTo: "2026-06" })],
    });
    expect(only(t, FW).decision?.deferredTo).toBeNull();
  });

  it("removed: an item not delivered that the next published report no longer lists", () => {
    const t = deriveTrails({
      reports: [
        report("2026-01", [road(FW, "in_progress"), road(SP, "planned")]),
        report("2026-02", [road(SP, "planned")]),
      ],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-01-30T10:00:00Z"])],
    });
    const fw = only(t, FW);
    expect(kinds(fw)).toEqual(["proposed", "in_progress", "approved", "removed"]);
    expect(fw.steps.at(-1)).toMatchObject({ kind: "removed", period: "2026-02", reportId: "rep_2026-02" });
    expect(fw.stage).toBe("removed");
    // Promised but dropped: still counted as promised, not as pending work, not as delivered.
    expect(isPromised(fw)).toBe(true);
    expect(isApprovedNotDelivered(fw)).toBe(false);
    expect(isDelivered(fw)).toBe(false);
    expect(summarizeTrails(t.items)).toMatchObject({ items: 2, promised: 1, removed: 1, proposed: 1 });
  });

  it("an item that comes back after being removed is proposed again", () => {
    const t = deriveTrails({
      reports: [
        report("2026-01", [road(FW, "planned")]),
        report("2026-02", []),
        report("2026-03", [road(FW, "in_progress")]),
      ],
      decisions: [],
    });
    expect(kinds(only(t, FW))).toEqual(["proposed", "removed", "proposed", "in_progress"]);
    expect(only(t, FW).stage).toBe("in_progress");
  });

  it("a month without a published report is not a removal", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-04", [road(FW, "planned")])],
      decisions: [],
    });
    expect(kinds(only(t, FW))).toEqual(["proposed"]);
  });
});

describe("decisions: supersede, decline after approve", () => {
  it("keeps every decision in order; only the last is current", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [road(FW, "planned")])],
      decisions: [
        // Given out of order: sorted by the time they were made.
        decision(FW, "APPROVED", ["2026-02", "2026-03-01T10:00:00Z"], { id: "dec_c" }),
        decision(FW, "DEFERRED", ["2026-01", "2026-02-01T10:00:00Z"], { id: "dec_a", deferredTo: "2026-03" }),
      ],
    });
    const fw = only(t, FW);
    expect(kinds(fw)).toEqual(["proposed", "deferred", "approved"]);
    expect(fw.steps.filter((s) => "decisionId" in s).map((s) => [s.decisionId, "current" in s && s.current])).toEqual([
      ["dec_a", false],
      ["dec_c", true],
    ]);
    expect(fw.decision?.decisionId).toBe("dec_c");
    expect(fw.stage).toBe("approved");
  });

  it("two decisions of the same instant are ordered by creation", () => {
    const at = "2026-02-01T10:00:00Z";
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")])],
      decisions: [
        decision(FW, "DECLINED", ["2026-01", at], { id: "dec_2", createdAt: new Date("2026-02-01T10:00:00.002Z") }),
        decision(FW, "APPROVED", ["2026-01", at], { id: "dec_1", createdAt: new Date("2026-02-01T10:00:00.001Z") }),
      ],
    });
    expect(only(t, FW).decision?.decisionId).toBe("dec_2");
  });

  it("declined after approved: declined, no longer promised, work in progress or not", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [road(FW, "in_progress")])],
      decisions: [
        decision(FW, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"]),
        decision(FW, "DECLINED", ["2026-02", "2026-03-02T10:00:00Z"]),
      ],
    });
    const fw = only(t, FW);
    expect(kinds(fw)).toEqual(["proposed", "approved", "in_progress", "declined"]);
    expect(fw.stage).toBe("declined");
    expect(isDeclined(fw)).toBe(true);
    expect(isPromised(fw)).toBe(false);
    expect(isApprovedNotDelivered(fw)).toBe(false);
    expect(summarizeTrails(t.items)).toMatchObject({ declined: 1, promised: 0, in_progress: 0 });
  });

  it("delivered wins over a decline: delivery is a published fact", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")]), report("2026-02", [road(FW, "done")])],
      decisions: [decision(FW, "DECLINED", ["2026-01", "2026-01-29T10:00:00Z"])],
    });
    expect(only(t, FW).stage).toBe("delivered");
    expect(isDeclined(only(t, FW))).toBe(false);
  });

  it("a decision is placed after the report it was made on, even if that report was published again later", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")], [], { publishedAt: new Date("2026-02-10T09:00:00Z") })],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-02-03T10:00:00Z"])],
    });
    expect(kinds(only(t, FW))).toEqual(["proposed", "approved"]);
    expect(only(t, FW).steps[1]!.at).toEqual(new Date("2026-02-03T10:00:00Z"));
  });

  it("a decision on a report not given (withdrawn since) still counts, without a month", () => {
    const t = deriveTrails({
      reports: [report("2026-02", [road(FW, "planned")])],
      decisions: [decision(FW, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"])],
    });
    expect(only(t, FW).decision).toMatchObject({ kind: "approved", period: null, reportId: "rep_2026-01" });
  });

  it("decisions on items that no given report lists are skipped", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [road(FW, "planned")])],
      decisions: [decision(SP, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"])],
    });
    expect(t.items.map((i) => i.itemId)).toEqual([FW]);
  });
});

describe("recommendations", () => {
  it("carry decisions and removals but are never delivered (no status)", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [], [rec(MFA)]), report("2026-02", [], [rec(MFA, "Enable MFA everywhere")])],
      decisions: [decision(MFA, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"], { itemKind: "recommendation" })],
    });
    const mfa = only(t, MFA);
    expect(mfa).toMatchObject({ itemKind: "recommendation", status: null, stage: "approved" });
    expect(mfa.title).toBe("Enable MFA everywhere");
    expect(kinds(mfa)).toEqual(["proposed", "approved"]);
  });

  it("a decision follows its kind: a roadmap decision does not land on a recommendation with the same id", () => {
    const t = deriveTrails({
      reports: [report("2026-01", [], [rec(MFA)])],
      decisions: [decision(MFA, "APPROVED", ["2026-01", "2026-01-29T10:00:00Z"], { itemKind: "roadmap" })],
    });
    expect(only(t, MFA).decision).toBeNull();
  });
});

describe("what is not followed", () => {
  it("items without an id are skipped and counted once per title", () => {
    const t = deriveTrails({
      reports: [
        report("2026-01", [road(undefined, "planned", "Old item"), road(FW, "planned")], [rec(undefined, "Old rec")]),
        report("2026-02", [road(undefined, "done", "Old item")]),
      ],
      decisions: [],
    });
    expect(t.items.map((i) => i.itemId)).toEqual([FW]);
    expect(t.untracked).toBe(2);
  });

  it("drafts and withdrawn reports are ignored; damaged items are left out", () => {
    const t = deriveTrails({
      reports: [
        report("2026-01", [road(FW, "planned")]),
        report("2026-02", [road(FW, "done")], [], { status: "DRAFT" }),
        report("2026-03", [road(FW, "in_progress")], [], { status: "WITHDRAWN" }),
        report("2026-04", [road(FW, "planned"), { id: SP, title: "", status: "weird" }]),
      ],
      decisions: [],
    });
    expect(kinds(only(t, FW))).toEqual(["proposed"]);
    expect(t.items.map((i) => i.itemId)).toEqual([FW]);
  });
});

describe("one year", () => {
  const reports = [
    report("2025-11", [road(FW, "planned"), road(SP, "done")]),
    report("2025-12", [road(FW, "in_progress")]),
    report("2026-01", [road(FW, "done")], [rec(MFA)]),
  ];

  it("keeps the items listed or decided in that year, with their earlier steps", () => {
    const t = deriveTrails({
      reports,
      decisions: [decision(FW, "APPROVED", ["2025-11", "2025-11-30T10:00:00Z"])],
      year: 2026,
    });
    expect(t.items.map((i) => i.itemId)).toEqual([FW, MFA]);
    expect(kinds(only(t, FW))).toEqual(["proposed", "approved", "in_progress", "delivered"]);
    expect(only(t, FW).steps[0]).toMatchObject({ period: "2025-11" });
  });

  it("an item only decided in that year counts too; items of other years do not", () => {
    const t = deriveTrails({
      reports: reports.slice(0, 2),
      decisions: [decision(FW, "DEFERRED", ["2025-12", "2026-01-05T10:00:00Z"])],
      year: 2026,
    });
    expect(t.items.map((i) => i.itemId)).toEqual([FW]);
    const t2025 = deriveTrails({ reports, decisions: [], year: 2025 });
    expect(t2025.items.map((i) => i.itemId)).toEqual([FW, SP]);
  });

  it("counts untracked items of that year's reports only", () => {
    const t = deriveTrails({
      reports: [report("2025-12", [road(undefined, "planned", "Old")]), report("2026-01", [road(FW, "planned")])],
      decisions: [],
      year: 2026,
    });
    expect(t.untracked).toBe(0);
  });
});

describe("currentStage: one rule, first match wins", () => {
  const cases: [Parameters<typeof currentStage>[0], string][] = [
    [{ status: "done", decision: "DECLINED", listedInLatest: false }, "delivered"],
    [{ status: "in_progress", decision: "DECLINED", listedInLatest: true }, "declined"],
    [{ status: "in_progress", decision: "DEFERRED", listedInLatest: false }, "deferred"],
    [{ status: null, decision: "APPROVED", listedInLatest: false }, "removed"],
    [{ status: "blocked", decision: "APPROVED", listedInLatest: true }, "blocked"],
    [{ status: "in_progress", decision: null, listedInLatest: true }, "in_progress"],
    [{ status: "planned", decision: "APPROVED", listedInLatest: true }, "approved"],
    [{ status: null, decision: "APPROVED", listedInLatest: true }, "approved"],
    [{ status: "planned", decision: null, listedInLatest: true }, "proposed"],
  ];
  it.each(cases)("%o → %s", (input, stage) => expect(currentStage(input)).toBe(stage));
});
