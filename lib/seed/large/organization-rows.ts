import type { ServiceModel } from "@/lib/generated/prisma/enums";
import { assessmentColumnsOf, draftColumnsOf } from "@/lib/domain/assessments/form-values";
import { monthStart, periodOf } from "@/lib/seed/demo";
import { type Chain, clientMonths, generateChain, modelAt, type Rng } from "@/lib/seed/large/chains";
import { CALL_TEXTS, INDUSTRIES, organizationName, reportMetrics, reportTemplate } from "@/lib/seed/large/content";
import type { PrecomputedResult, ResultCatalog } from "@/lib/seed/large/engine-results";
import type { IdFactory } from "@/lib/seed/large/ids";
import { pgTextArray, type BatchWriter } from "@/lib/seed/large/writer";
import { MODELS } from "@/lib/vocabulary";

/**
 * Everything one client organization has after a few years with its MSP:
 * model changes (a coherent chain), an assessment behind every move, scoping
 * calls with follow-ups, a steering report per month as a client, and, for some,
 * a client user who acknowledges and comments on published reports.
 */
export type TenantContext = {
  tenantId: string;
  slug: string;
  now: Date;
  ids: IdFactory;
  rng: Rng;
  catalog: ResultCatalog;
  ownerId: string;
  managerIds: string[];
  months: number;
  clientUserShare: number;
  passwordHash: string;
  clientEmail: (i: number) => string;
  clientName: (orgName: string) => string;
  /** Client users created so far in this tenant (numbers the emails). */
  clientUsers: number;
};

const DAY = 86_400_000;
const HEADCOUNTS = [5, 8, 12, 18, 25, 32, 40, 55, 70, 110, 160];
const iso = (d: Date) => d.toISOString();
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const minDate = (a: Date, b: Date) => (a < b ? a : b);
const maxDate = (a: Date, b: Date) => (a > b ? a : b);

function assessmentRow(
  ctx: TenantContext,
  a: { orgId: string; authorId: string; r: PrecomputedResult; currentModel: ServiceModel; finalizedAt: Date },
) {
  const { orgId, authorId, r, currentModel, finalizedAt } = a;
  const created = new Date(finalizedAt.getTime() - ctx.rng.int(1, 10) * DAY);
  const i = r.input;
  return {
    id: ctx.ids(),
    tenantId: ctx.tenantId,
    organizationId: orgId,
    status: "FINAL",
    ...assessmentColumnsOf(i, pgTextArray),
    result: r.json,
    recommendation: r.result.recommendation,
    confidence: r.result.confidence,
    costGap: r.costGap[currentModel],
    engineVersion: r.result.engineVersion,
    finalizedAt: iso(finalizedAt),
    authorId,
    version: 2,
    createdAt: iso(created),
    updatedAt: iso(finalizedAt),
  };
}

function draftAssessmentRow(
  ctx: TenantContext,
  { orgId, authorId, headcount, sites }: { orgId: string; authorId: string; headcount: number; sites: number },
) {
  const created = new Date(ctx.now.getTime() - ctx.rng.int(1, 20) * DAY);
  return {
    id: ctx.ids(),
    tenantId: ctx.tenantId,
    organizationId: orgId,
    status: "DRAFT",
    ...draftColumnsOf({ headcount, sites }, pgTextArray),
    result: null,
    recommendation: null,
    confidence: null,
    costGap: null,
    engineVersion: null,
    finalizedAt: null,
    authorId,
    version: 1,
    createdAt: iso(created),
    updatedAt: iso(created),
  };
}

const up = (m: ServiceModel): ServiceModel => MODELS[Math.min(MODELS.indexOf(m) + 1, MODELS.length - 1)]!;

export function addOrganization(w: BatchWriter, ctx: TenantContext, index: number): Chain {
  const { rng, now, tenantId } = ctx;
  const chain = generateChain(rng, {
    months: ctx.months,
    prospectRate: 0.02,
    churnRate: 0.1,
    lateJoinerRate: 0.1,
    moveRatePerMonth: 0.045,
    backwardShare: 0.25,
  });
  const orgId = ctx.ids();
  const name = organizationName(index);
  const headcount = rng.pick(HEADCOUNTS);
  const sites = headcount > 30 ? rng.int(1, 4) : 1;
  const managerId =
    rng.next() < 0.02 || ctx.managerIds.length === 0 ? null : ctx.managerIds[index % ctx.managerIds.length]!;
  const authorId = managerId ?? ctx.ownerId;
  const start = chain.startMonth === null ? null : monthStart(now, chain.startMonth);
  const createdAt = start
    ? new Date(start.getTime() - rng.int(10, 40) * DAY)
    : new Date(now.getTime() - rng.int(5, 120) * DAY);
  const lastStep = chain.steps[chain.steps.length - 1];
  const lastChange = lastStep ? monthStart(now, lastStep.month) : createdAt;
  const targetModel =
    chain.lifecycle === "ACTIVE" && chain.currentModel !== "MANAGED" && rng.next() < 0.4
      ? up(chain.currentModel)
      : null;

  w.add("ClientOrganization", {
    id: orgId,
    tenantId,
    name,
    industry: INDUSTRIES[index % INDUSTRIES.length]!,
    headcount,
    sites,
    endpoints: Math.round(headcount * 1.4),
    currentModel: chain.currentModel,
    targetModel,
    lifecycleStatus: chain.lifecycle,
    accountManagerId: managerId,
    version: 1 + chain.steps.length,
    createdAt: iso(createdAt),
    updatedAt: iso(maxDate(createdAt, lastChange)),
  });

  // Scoping calls: the first one, a review about every nine months, and for current
  // clients and prospects a recent one whose follow-up is open (some already due).
  const firstCall = new Date(createdAt.getTime() + rng.int(1, 5) * DAY + 10 * 3_600_000);
  const calls: { at: Date; text: typeof CALL_TEXTS.first | typeof CALL_TEXTS.review; open: boolean }[] = [
    { at: firstCall, text: CALL_TEXTS.first, open: false },
  ];
  const endOfRelationship = chain.churnMonth === null ? now : monthStart(now, chain.churnMonth);
  for (
    let t = firstCall.getTime() + rng.int(200, 300) * DAY;
    t < endOfRelationship.getTime() - 60 * DAY;
    t += rng.int(200, 330) * DAY
  ) {
    calls.push({ at: new Date(t), text: CALL_TEXTS.review, open: false });
  }
  if (chain.lifecycle !== "FORMER")
    calls.push({ at: new Date(now.getTime() - rng.int(2, 60) * DAY), text: CALL_TEXTS.review, open: true });
  for (const call of calls) {
    const followUp = call.open
      ? new Date(now.getTime() + rng.int(-20, 30) * DAY)
      : new Date(call.at.getTime() + 14 * DAY);
    w.add("ScopingCall", {
      id: ctx.ids(),
      tenantId,
      organizationId: orgId,
      occurredAt: iso(call.at),
      ...call.text,
      followUpDate: isoDay(followUp),
      followUpDone: !call.open,
      authorId,
      createdAt: iso(call.at),
      updatedAt: iso(call.open ? call.at : followUp < now ? followUp : call.at),
    });
  }

  // Assessments and model changes: an assessment motivated every move; half the clients were assessed before they started.
  if (start && rng.next() < 0.5) {
    const first = chain.steps[0]!.to!;
    w.add(
      "Assessment",
      assessmentRow(ctx, {
        orgId,
        authorId,
        r: ctx.catalog.pick(first, headcount),
        currentModel: "BREAK_FIX",
        finalizedAt: new Date(start.getTime() - rng.int(5, 9) * DAY),
      }),
    );
  }
  for (const step of chain.steps) {
    const effective = monthStart(now, step.month);
    let assessmentId: string | null = null;
    if (step.from !== null && step.to !== null) {
      const row = assessmentRow(ctx, {
        orgId,
        authorId,
        r: ctx.catalog.pick(step.to, headcount),
        currentModel: step.from,
        finalizedAt: new Date(effective.getTime() - rng.int(7, 25) * DAY),
      });
      w.add("Assessment", row);
      assessmentId = row.id;
    }
    w.add("ServiceModelChange", {
      id: ctx.ids(),
      tenantId,
      organizationId: orgId,
      fromModel: step.from,
      toModel: step.to,
      effectiveDate: isoDay(effective),
      reason:
        step.to === null
          ? "The client ended the contract."
          : step.from === null
            ? "Start of the relationship."
            : "Agreed with the client after the assessment.",
      reasonCode: null,
      assessmentId,
      recordedById: authorId,
      createdAt: iso(effective),
      updatedAt: iso(effective),
    });
  }
  // Open opportunities: a recent final assessment recommending more than the current model; drafts in progress.
  if (chain.lifecycle === "ACTIVE" && chain.currentModel !== "MANAGED" && rng.next() < 0.35) {
    const r = ctx.catalog.pick(up(chain.currentModel), headcount);
    w.add(
      "Assessment",
      assessmentRow(ctx, {
        orgId,
        authorId,
        r,
        currentModel: chain.currentModel,
        finalizedAt: new Date(now.getTime() - rng.int(3, 80) * DAY),
      }),
    );
  }
  if (chain.lifecycle === "PROSPECT" ? rng.next() < 0.4 : chain.lifecycle === "ACTIVE" && rng.next() < 0.05) {
    w.add("Assessment", draftAssessmentRow(ctx, { orgId, authorId, headcount, sites }));
  }

  // A client user for some current clients.
  let clientUserId: string | null = null;
  if (chain.lifecycle === "ACTIVE" && (ctx.clientUsers === 0 || rng.next() < ctx.clientUserShare)) {
    clientUserId = ctx.ids();
    const email = ctx.clientEmail(ctx.clientUsers++);
    const at = iso(new Date(createdAt.getTime() + 30 * DAY));
    w.add("User", {
      id: clientUserId,
      email,
      name: ctx.clientName(name),
      passwordHash: ctx.passwordHash,
      lastLoginAt: null,
      createdAt: at,
      updatedAt: at,
    });
    w.add("ClientMembership", {
      id: ctx.ids(),
      tenantId,
      userId: clientUserId,
      role: "CLIENT",
      organizationId: orgId,
      createdAt: at,
      updatedAt: at,
    });
  }

  // One steering report per month as a client: published the following month (a few
  // withdrawn); this month's is a draft for most, not started for the others.
  for (const month of clientMonths(chain)) {
    const model = modelAt(chain, month)!;
    const period = periodOf(monthStart(now, month));
    const current = month === 0;
    if (current && rng.next() < 0.4) continue;
    const template = reportTemplate(rng, period, orgId);
    const nextMonth = monthStart(now, month + 1);
    const createdAt = current
      ? maxDate(monthStart(now, 0), new Date(now.getTime() - rng.int(0, 5) * DAY))
      : new Date(nextMonth.getTime() - 3 * DAY);
    const publishedAt = current
      ? null
      : maxDate(
          createdAt,
          minDate(new Date(nextMonth.getTime() + rng.int(1, 6) * DAY), new Date(now.getTime() - 3_600_000)),
        );
    const withdrawn = !current && rng.next() < 0.004;
    const withdrawnAt = withdrawn ? minDate(new Date(publishedAt!.getTime() + 2 * DAY), now) : null;
    const reportId = ctx.ids();
    w.add("SteeringReport", {
      id: reportId,
      tenantId,
      organizationId: orgId,
      period,
      status: current ? "DRAFT" : withdrawn ? "WITHDRAWN" : "PUBLISHED",
      metrics: JSON.stringify(reportMetrics(rng, headcount, period, model)),
      ...template,
      version: current ? 1 : withdrawn ? 3 : 2,
      authorId,
      publishedAt: publishedAt && iso(publishedAt),
      publishedById: current ? null : authorId,
      withdrawnAt: withdrawnAt && iso(withdrawnAt),
      withdrawnReason: withdrawn ? "A backup figure was wrong; a corrected report follows." : null,
      createdAt: iso(createdAt),
      updatedAt: iso(withdrawnAt ?? publishedAt ?? createdAt),
    });
    if (clientUserId && publishedAt && !withdrawn) {
      if (rng.next() < 0.7) {
        const at = iso(minDate(new Date(publishedAt.getTime() + rng.int(1, 10) * DAY), now));
        w.add("ReportAcknowledgement", {
          id: ctx.ids(),
          tenantId,
          reportId,
          userId: clientUserId,
          acknowledgedAt: at,
          createdAt: at,
          updatedAt: at,
        });
      }
      if (rng.next() < 0.05) {
        const at = iso(minDate(new Date(publishedAt.getTime() + rng.int(1, 5) * DAY), now));
        w.add("ReportComment", {
          id: ctx.ids(),
          tenantId,
          reportId,
          authorId: clientUserId,
          body: "Thanks. Can we discuss the backup failures at the next review?",
          createdAt: at,
          updatedAt: at,
        });
      }
    }
  }
  return chain;
}
