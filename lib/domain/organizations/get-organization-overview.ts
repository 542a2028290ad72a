import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { buildJourney, type Journey } from "@/lib/domain/model-changes/journey";
import { getOrganization, type Organization } from "@/lib/domain/organizations/get-organization";
import { todayUtc } from "@/lib/domain/organizations/today";
import type { ModelChangeReasonCode } from "@/lib/generated/prisma/enums";
import { staffTenant } from "@/lib/domain/scope";
import { newestFirst } from "@/lib/organizations/timeline-order";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";
import type { ProposalReason } from "@/lib/proposals/snapshot";
import type { Model, ReportStatus } from "@/lib/vocabulary";

/** How many of each kind of event the timeline reads (most recent first). */
export const TIMELINE_LIMIT = 100;

export type TimelineEvent =
  | {
      kind: "call";
      id: string;
      date: Date;
      summary: string;
      authorName: string | null;
      followUpDate: Date | null;
      followUpDone: boolean;
    }
  | {
      kind: "assessment";
      id: string;
      date: Date;
      status: "DRAFT" | "FINAL";
      recommendation: Model | null;
      confidence: string | null;
      authorName: string | null;
    }
  | {
      kind: "modelChange";
      id: string;
      date: Date;
      fromModel: Model | null;
      toModel: Model | null;
      reason: string | null;
      reasonCode: ModelChangeReasonCode | null;
      assessmentId: string | null;
      recordedByName: string | null;
      /** The approved proposal the move closed: who signed for the client, when, and its reasons. */
      proposal: {
        id: string;
        signatureName: string;
        decidedAt: Date;
        reasons: ProposalReason[];
      } | null;
    }
  | { kind: "report"; id: string; date: Date; period: string; status: ReportStatus };

const KIND_ORDER = { modelChange: 0, assessment: 1, report: 2, call: 3 } as const;

export type OrganizationOverview = {
  org: Organization;
  managerName: string | null;
  timeline: TimelineEvent[];
  /** True when one kind had more than TIMELINE_LIMIT events (the oldest are not shown). */
  truncated: boolean;
  journey: Journey;
  changes: Extract<TimelineEvent, { kind: "modelChange" }>[];
  latestFinal: { id: string; recommendation: Model | null; confidence: string | null; finalizedAt: Date } | null;
  drafts: { id: string; updatedAt: Date }[];
};

/**
 * Everything the organization page shows, in a constant number of queries (6): the organization,
 * its calls, assessments, model changes and steering reports (each through its
 * (tenantId, organizationId, date) index) and the names of the people who wrote them.
 */
export async function getOrganizationOverview(
  tx: Tx,
  actor: Actor,
  id: string,
  now = new Date(),
): Promise<OrganizationOverview> {
  const tenantId = staffTenant(actor);
  const org = await getOrganization(tx, actor, id);
  const scope = { tenantId, organizationId: org.id };
  const take = TIMELINE_LIMIT + 1;
  const [calls, assessments, changes, reports] = await Promise.all([
    tx.scopingCall.findMany({
      where: scope,
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
      take,
      select: {
        id: true,
        occurredAt: true,
        createdAt: true,
        summary: true,
        authorId: true,
        followUpDate: true,
        followUpDone: true,
      },
    }),
    tx.assessment.findMany({
      where: scope,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take,
      select: {
        id: true,
        status: true,
        recommendation: true,
        confidence: true,
        finalizedAt: true,
        updatedAt: true,
        authorId: true,
      },
    }),
    tx.serviceModelChange.findMany({
      where: scope,
      orderBy: [{ effectiveDate: "desc" }, { createdAt: "desc" }],
      take: 1_000,
      select: {
        id: true,
        fromModel: true,
        toModel: true,
        effectiveDate: true,
        reason: true,
        reasonCode: true,
        assessmentId: true,
        proposalId: true,
        recordedById: true,
        createdAt: true,
      },
    }),
    tx.steeringReport.findMany({
      where: scope,
      orderBy: [{ period: "desc" }],
      take,
      select: { id: true, period: true, status: true, publishedAt: true, updatedAt: true },
    }),
  ]);
  const userIds = [
    ...new Set(
      [
        org.accountManagerId,
        ...calls.map((c) => c.authorId),
        ...assessments.map((a) => a.authorId),
        ...changes.map((c) => c.recordedById),
      ].filter((x): x is string => !!x),
    ),
  ];
  const users = userIds.length
    ? await tx.user.findMany({
        where: { id: { in: userIds }, memberships: { some: { tenantId } } },
        select: { id: true, name: true },
      })
    : [];
  // The proposals the moves closed, with the approval in force: one query.
  const proposalIds = changes.map((c) => c.proposalId).filter((x): x is string => !!x);
  const proposals = proposalIds.length
    ? await tx.proposal.findMany({
        where: { tenantId, id: { in: proposalIds } },
        select: {
          id: true,
          snapshot: true,
          decisions: {
            where: { tenantId, decision: "APPROVED" },
            orderBy: [{ decidedAt: "desc" }, { createdAt: "desc" }],
            take: 1,
            select: { signatureName: true, decidedAt: true },
          },
        },
      })
    : [];
  const proposalOf = (id: string | null) => {
    const p = id ? proposals.find((x) => x.id === id) : undefined;
    const approval = p?.decisions[0];
    if (!p || !approval) return null;
    return {
      id: p.id,
      signatureName: approval.signatureName,
      decidedAt: approval.decidedAt,
      reasons: readProposalSnapshot(p.snapshot)?.reasons ?? [],
    };
  };
  const nameOf = (userId: string | null) => (userId ? (users.find((u) => u.id === userId)?.name ?? null) : null);

  const changeEvents = changes.map((c): Extract<TimelineEvent, { kind: "modelChange" }> => ({
    kind: "modelChange",
    id: c.id,
    date: c.effectiveDate,
    fromModel: c.fromModel,
    toModel: c.toModel,
    reason: c.reason,
    reasonCode: c.reasonCode,
    assessmentId: c.assessmentId,
    recordedByName: nameOf(c.recordedById),
    proposal: proposalOf(c.proposalId),
  }));
  // When each row was written, for "newest first" (lib/organizations/timeline-order.ts).
  const recordedAt = new Map<string, Date>([
    ...calls.map((c) => [`call-${c.id}`, c.createdAt] as const),
    ...assessments.map((a) => [`assessment-${a.id}`, a.finalizedAt ?? a.updatedAt] as const),
    ...changes.map((c) => [`modelChange-${c.id}`, c.createdAt] as const),
    ...reports.map((r) => [`report-${r.id}`, r.publishedAt ?? r.updatedAt] as const),
  ]);
  const events: TimelineEvent[] = [
    ...calls.slice(0, TIMELINE_LIMIT).map((c): TimelineEvent => ({
      kind: "call",
      id: c.id,
      date: c.occurredAt,
      summary: c.summary,
      authorName: nameOf(c.authorId),
      followUpDate: c.followUpDate,
      followUpDone: c.followUpDone,
    })),
    ...assessments.slice(0, TIMELINE_LIMIT).map((a): TimelineEvent => ({
      kind: "assessment",
      id: a.id,
      date: a.finalizedAt ?? a.updatedAt,
      status: a.status,
      recommendation: a.recommendation,
      confidence: a.confidence,
      authorName: nameOf(a.authorId),
    })),
    ...changeEvents.slice(0, TIMELINE_LIMIT),
    ...reports.slice(0, TIMELINE_LIMIT).map((r): TimelineEvent => ({
      kind: "report",
      id: r.id,
      date: r.publishedAt ?? r.updatedAt,
      period: r.period,
      status: r.status,
    })),
  ];
  const sortable = (e: TimelineEvent) => ({
    date: e.date,
    recordedAt: recordedAt.get(`${e.kind}-${e.id}`) ?? e.date,
    // A change of service model has a day (its effective date), the others a moment.
    dateOnly: e.kind === "modelChange",
    kindRank: KIND_ORDER[e.kind],
    id: e.id,
  });
  events.sort((a, b) => newestFirst(sortable(a), sortable(b)));

  const finals = assessments.filter((a) => a.status === "FINAL" && a.finalizedAt);
  finals.sort((a, b) => b.finalizedAt!.getTime() - a.finalizedAt!.getTime());
  const latest = finals[0];
  return {
    org,
    managerName: nameOf(org.accountManagerId),
    timeline: events,
    truncated:
      [calls, assessments, reports].some((list) => list.length > TIMELINE_LIMIT) || changes.length > TIMELINE_LIMIT,
    journey: buildJourney(
      changes.map((c) => ({
        id: c.id,
        fromModel: c.fromModel,
        toModel: c.toModel,
        effectiveDate: c.effectiveDate,
        reason: c.reason,
        reasonCode: c.reasonCode,
        assessmentId: c.assessmentId,
      })),
      todayUtc(now),
    ),
    changes: changeEvents,
    latestFinal: latest
      ? {
          id: latest.id,
          recommendation: latest.recommendation,
          confidence: latest.confidence,
          finalizedAt: latest.finalizedAt!,
        }
      : null,
    drafts: assessments.filter((a) => a.status === "DRAFT").map((a) => ({ id: a.id, updatedAt: a.updatedAt })),
  };
}
