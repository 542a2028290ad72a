import { recommendationSchema, roadmapItemSchema, type ROADMAP_STATUSES } from "@/lib/reports/content";
import { periodStart } from "@/lib/reports/period";
import type { DecisionItemKind, DecisionOutcome, ReportStatus } from "@/lib/vocabulary";

/**
 * The trail of each recommendation and roadmap item of one organization ("promised vs
 * delivered"): what its published reports and its client decisions say happened to it, as dated
 * steps, and where it stands now. Pure: the caller loads the rows (for one organization and year:
 * lib/domain/decisions/read-year-trail.ts); codes only, the edge translates. The stage rule and
 * the predicates below (isDelivered, isPromised, isApprovedNotDelivered, isDeclined) are THE
 * definitions of those words everywhere (year view, portfolio panels).
 *
 * Where each step comes from:
 * - `proposed`: the first published report that lists the item (again `proposed` if it comes back
 *   after being `removed`);
 * - `approved` / `deferred` (with the month) / `declined`: each client decision (ClientDecision),
 *   superseded ones included (`current: false`), with the typed signature and the time;
 * - `in_progress` / `blocked` / `delivered` (status "done") / `planned` (back to planned after
 *   another status): a roadmap item's status, at the first published report showing it (a step only
 *   when the status changes from the previous published report);
 * - `removed`: the first published report that no longer lists an item not yet delivered. A
 *   delivered item leaving the next month's report is expected (lib/reports/structure.ts drops
 *   "done" roadmap items), so it is never `removed`.
 *
 * Items without an id (written before ids existed, lib/reports/item-id.ts) have no identity
 * across months and no decisions: they are SKIPPED and only counted (`untracked`, distinct titles).
 * A decided item that no published report given here lists (its report withdrawn since) is
 * skipped too: there is nothing to show it by.
 */

/** Every kind of step, in the order they are listed when two fall on the same instant. */
export const TRAIL_STEPS = [
  "proposed",
  "approved",
  "deferred",
  "declined",
  "planned",
  "in_progress",
  "blocked",
  "delivered",
  "removed",
] as const;
export type TrailStepKind = (typeof TRAIL_STEPS)[number];

/**
 * Where an item stands, decided by `currentStage` (one rule, first match wins):
 * 1. `delivered`: a roadmap item whose latest published status is "done". Only roadmap items can
 *    be delivered (recommendations carry no status); delivery is a published fact and wins over
 *    any decision.
 * 2. `declined`: the client's current decision is DECLINED.
 * 3. `deferred`: the client's current decision is DEFERRED (to a month).
 * 4. `removed`: not delivered and no longer listed in the organization's latest published report.
 * 5. `blocked` / `in_progress`: the roadmap item's latest published status.
 * 6. `approved`: the client's current decision is APPROVED (work not started: status planned, or a
 *    recommendation).
 * 7. `proposed`: listed, not decided, not started.
 */
export const TRAIL_STAGES = [
  "proposed",
  "approved",
  "in_progress",
  "blocked",
  "delivered",
  "deferred",
  "declined",
  "removed",
] as const;
export type TrailStage = (typeof TRAIL_STAGES)[number];

type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];

/** A report row as stored (JSON columns untouched). Only PUBLISHED ones count; others are ignored. */
export type TrailReportInput = {
  id: string;
  period: string;
  status?: ReportStatus;
  publishedAt: Date | null;
  recommendations: unknown;
  roadmap: unknown;
};

/** A ClientDecision row (current and superseded alike). */
export type TrailDecisionInput = {
  id: string;
  reportId: string;
  itemKind: DecisionItemKind;
  itemId: string;
  decision: DecisionOutcome;
  deferredTo: string | null;
  signature: string;
  decidedById: string;
  decidedAt: Date;
  /** Orders two decisions of the same instant, as decide-item.ts does when it finds the current one. */
  createdAt?: Date;
};

/** A step read from a published report: its month, its id and when it was published. */
export type ReportStep = {
  kind: "proposed" | "planned" | "in_progress" | "blocked" | "delivered" | "removed";
  period: string;
  reportId: string;
  at: Date | null;
};

/** A step read from a client decision. `period`/`reportId`: the report it was made on (null if not given). */
export type DecisionStep = {
  kind: "approved" | "deferred" | "declined";
  decisionId: string;
  at: Date;
  period: string | null;
  reportId: string;
  signature: string;
  decidedById: string;
  deferredTo: string | null;
  /** The item's current decision (false: superseded by a later one). */
  current: boolean;
};

export type TrailStep = ReportStep | DecisionStep;

export type ItemTrail = {
  itemKind: DecisionItemKind;
  itemId: string;
  /** As worded in the latest published report that lists it. */
  title: string;
  /** The latest published report that lists it. */
  lastListed: { reportId: string; period: string };
  /** A roadmap item's status in that report; null for a recommendation. */
  status: RoadmapStatus | null;
  /** The current client decision, or null. */
  decision: DecisionStep | null;
  /** Oldest first. */
  steps: TrailStep[];
  stage: TrailStage;
};

export type Trails = {
  items: ItemTrail[];
  /** Distinct items (kind and title) without an id in the reports considered: not followed. */
  untracked: number;
};

const OUTCOME_STEP = { APPROVED: "approved", DEFERRED: "deferred", DECLINED: "declined" } as const satisfies Record<
  DecisionOutcome,
  DecisionStep["kind"]
>;
/** The ledger's outcome of a decision step. */
export const STEP_OUTCOME = {
  approved: "APPROVED",
  deferred: "DEFERRED",
  declined: "DECLINED",
} as const satisfies Record<DecisionStep["kind"], DecisionOutcome>;
const STATUS_STEP = {
  planned: "planned",
  in_progress: "in_progress",
  blocked: "blocked",
  done: "delivered",
} as const satisfies Record<RoadmapStatus, ReportStep["kind"]>;

export const isDecisionStep = (step: TrailStep): step is DecisionStep => "decisionId" in step;

/**
 * Where an item stands (see TRAIL_STAGES for the rule). `listedInLatest`: the item is listed in
 * the organization's latest published report among those considered.
 */
export function currentStage(input: {
  status: RoadmapStatus | null;
  decision: DecisionOutcome | null;
  listedInLatest: boolean;
}): TrailStage {
  if (input.status === "done") return "delivered";
  if (input.decision === "DECLINED") return "declined";
  if (input.decision === "DEFERRED") return "deferred";
  if (!input.listedInLatest) return "removed";
  if (input.status === "blocked") return "blocked";
  if (input.status === "in_progress") return "in_progress";
  if (input.decision === "APPROVED") return "approved";
  return "proposed";
}

/** Delivered: a roadmap item whose latest published status is "done" (whatever was decided). */
export const isDelivered = (item: Pick<ItemTrail, "stage">) => item.stage === "delivered";
/** Promised: the client's current decision is APPROVED (delivered since or not). */
export const isPromised = (item: Pick<ItemTrail, "decision">) => item.decision?.kind === "approved";
/**
 * Approved, not yet delivered: promised, not delivered, and still listed in the latest published
 * report (stage approved, in_progress or blocked). A promised item that left the reports without
 * being delivered is `removed`, shown as such rather than as pending work.
 */
export const isApprovedNotDelivered = (item: Pick<ItemTrail, "stage" | "decision">) =>
  isPromised(item) && (item.stage === "approved" || item.stage === "in_progress" || item.stage === "blocked");
/** Declined: the client's current decision is DECLINED and it was not delivered anyway. */
export const isDeclined = (item: Pick<ItemTrail, "stage">) => item.stage === "declined";

type Listed = { title: string; status: RoadmapStatus | null; order: number };

/** The items with an id of one report list, parsed like the report page does (damaged ones left out). */
function listed(kind: DecisionItemKind, raw: unknown, untracked: Set<string>): Map<string, Listed> {
  const out = new Map<string, Listed>();
  if (!Array.isArray(raw)) return out;
  raw.forEach((element, order) => {
    const parsed = kind === "roadmap" ? roadmapItemSchema.safeParse(element) : recommendationSchema.safeParse(element);
    if (!parsed.success) return;
    const item = parsed.data;
    if (!item.id) {
      untracked.add(`${kind}\u0000${item.title}`);
      return;
    }
    if (out.has(item.id)) return;
    out.set(item.id, { title: item.title, status: "status" in item ? item.status : null, order });
  });
  return out;
}

const KINDS = ["recommendation", "roadmap"] as const satisfies readonly DecisionItemKind[];
const keyOf = (kind: DecisionItemKind, id: string) => `${kind}:${id}`;

type Building = {
  itemKind: DecisionItemKind;
  itemId: string;
  title: string;
  status: RoadmapStatus | null;
  lastListed: { reportId: string; period: string };
  first: { period: string; order: number };
  steps: TrailStep[];
  listedNow: boolean;
};

/**
 * The trail of every item (with an id) listed in the given published reports of one organization,
 * and the current stage of each. `year` (optional) keeps only the items listed in a published
 * report of that year or decided on in it (UTC); their steps from earlier years stay, so an item
 * proposed last year still shows where it started. Pass every published report and decision up to
 * the end of the period of interest: what is not given did not happen.
 */
export function deriveTrails(input: {
  reports: readonly TrailReportInput[];
  decisions: readonly TrailDecisionInput[];
  year?: number;
}): Trails {
  const reports = input.reports
    .filter((r) => r.status === undefined || r.status === "PUBLISHED")
    .slice()
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const inYear = (period: string) => input.year === undefined || period.startsWith(`${input.year}-`);
  const untracked = new Set<string>();
  const items = new Map<string, Building>();
  const seenInYear = new Set<string>();

  for (const report of reports) {
    const step = (kind: ReportStep["kind"]): ReportStep => ({
      kind,
      period: report.period,
      reportId: report.id,
      at: report.publishedAt,
    });
    const yearUntracked = inYear(report.period) ? untracked : new Set<string>();
    const present = new Set<string>();
    for (const kind of KINDS) {
      const list = listed(kind, kind === "roadmap" ? report.roadmap : report.recommendations, yearUntracked);
      for (const [itemId, entry] of list) {
        const key = keyOf(kind, itemId);
        present.add(key);
        if (inYear(report.period)) seenInYear.add(key);
        let item = items.get(key);
        if (!item) {
          item = {
            itemKind: kind,
            itemId,
            title: entry.title,
            status: null,
            lastListed: { reportId: report.id, period: report.period },
            first: { period: report.period, order: entry.order },
            steps: [],
            listedNow: false,
          };
          items.set(key, item);
        }
        if (!item.listedNow) {
          item.steps.push(step("proposed"));
          item.status = null;
        }
        const previous = item.status;
        if (entry.status !== null && entry.status !== previous && !(previous === null && entry.status === "planned"))
          item.steps.push(step(STATUS_STEP[entry.status]));
        item.title = entry.title;
        item.status = entry.status;
        item.lastListed = { reportId: report.id, period: report.period };
        item.listedNow = true;
      }
    }
    for (const [key, item] of items) {
      if (!item.listedNow || present.has(key)) continue;
      item.listedNow = false;
      if (item.status !== "done") item.steps.push(step("removed"));
    }
  }

  const periodOfReport = new Map(reports.map((r) => [r.id, r.period]));
  const publishedAt = new Map(reports.map((r) => [r.id, r.publishedAt]));
  const decisions = input.decisions
    .slice()
    .sort(
      (a, b) =>
        a.decidedAt.getTime() - b.decidedAt.getTime() || (a.createdAt?.getTime() ?? 0) - (b.createdAt?.getTime() ?? 0),
    );
  const currentDecision = new Map<string, DecisionStep>();
  for (const d of decisions) {
    const key = keyOf(d.itemKind, d.itemId);
    const item = items.get(key);
    if (!item) continue;
    const step: DecisionStep = {
      kind: OUTCOME_STEP[d.decision],
      decisionId: d.id,
      at: d.decidedAt,
      period: periodOfReport.get(d.reportId) ?? null,
      reportId: d.reportId,
      signature: d.signature,
      decidedById: d.decidedById,
      deferredTo: d.decision === "DEFERRED" ? d.deferredTo : null,
      current: true,
    };
    const before = currentDecision.get(key);
    if (before) before.current = false;
    currentDecision.set(key, step);
    item.steps.push(step);
    if (input.year !== undefined && d.decidedAt.getUTCFullYear() === input.year) seenInYear.add(key);
  }

  const out: ItemTrail[] = [];
  for (const [key, item] of items) {
    if (input.year !== undefined && !seenInYear.has(key)) continue;
    const decision = currentDecision.get(key) ?? null;
    const steps = orderSteps(item.steps, publishedAt);
    out.push({
      itemKind: item.itemKind,
      itemId: item.itemId,
      title: item.title,
      lastListed: item.lastListed,
      status: item.status,
      decision,
      steps,
      stage: currentStage({
        status: item.listedNow || item.status === "done" ? item.status : null,
        decision: decision ? STEP_OUTCOME[decision.kind] : null,
        listedInLatest: item.listedNow,
      }),
    });
  }
  out.sort(
    (a, b) =>
      compare(items.get(keyOf(a.itemKind, a.itemId))!.first, items.get(keyOf(b.itemKind, b.itemId))!.first) ||
      KINDS.indexOf(a.itemKind) - KINDS.indexOf(b.itemKind),
  );
  return { items: out, untracked: untracked.size };
}

function compare(a: { period: string; order: number }, b: { period: string; order: number }): number {
  return a.period < b.period ? -1 : a.period > b.period ? 1 : a.order - b.order;
}

/**
 * Oldest first, by time: a report step at its report's publication, a decision when it was made —
 * but never before the publication of the report it was made on (a report published again after
 * a correction keeps its steps ahead of the decisions made on it). Same instant: TRAIL_STEPS order.
 */
function orderSteps(steps: readonly TrailStep[], publishedAt: ReadonlyMap<string, Date | null>): TrailStep[] {
  const time = (step: TrailStep): number => {
    if (!isDecisionStep(step)) return (step.at ?? periodStart(step.period)).getTime();
    const report = publishedAt.get(step.reportId)?.getTime() ?? -Infinity;
    return Math.max(step.at.getTime(), report);
  };
  return steps
    .map((step, index) => ({ step, index, time: time(step) }))
    .sort(
      (a, b) =>
        a.time - b.time || TRAIL_STEPS.indexOf(a.step.kind) - TRAIL_STEPS.indexOf(b.step.kind) || a.index - b.index,
    )
    .map((x) => x.step);
}

export type TrailSummary = {
  /** Items followed (with an id). */
  items: number;
  /** Current decision APPROVED (isPromised). */
  promised: number;
  /** Promised and delivered. */
  promisedDelivered: number;
  /** isApprovedNotDelivered. */
  approvedNotDelivered: number;
} & Record<TrailStage, number>;

/** The year's counts, each derived from the items' stages and decisions with the rules above. */
export function summarizeTrails(items: readonly ItemTrail[]): TrailSummary {
  const summary = {
    items: items.length,
    promised: 0,
    promisedDelivered: 0,
    approvedNotDelivered: 0,
    ...(Object.fromEntries(TRAIL_STAGES.map((s) => [s, 0])) as Record<TrailStage, number>),
  };
  for (const item of items) {
    summary[item.stage] += 1;
    if (isPromised(item)) summary.promised += 1;
    if (isPromised(item) && isDelivered(item)) summary.promisedDelivered += 1;
    if (isApprovedNotDelivered(item)) summary.approvedNotDelivered += 1;
  }
  return summary;
}
