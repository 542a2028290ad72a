import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { memberNames } from "@/lib/domain/reports/names";
import { notFound } from "@/lib/errors";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportContent } from "@/lib/reports/content";
import { logger } from "@/lib/log";
import { readContent, readMetrics } from "@/lib/reports/read-content";
import { buildTrend, TREND_MONTHS, type TrendPoint } from "@/lib/reports/trends";
import { isStaff, readableReports } from "@/lib/domain/scope";
import { getPostureTrend } from "@/lib/domain/posture/get-posture-trend";
import { readPostureTrend, type PostureTrend } from "@/lib/posture/trend";
import type { Locale } from "@/lib/i18n/catalog";

declare const readable: unique symbol;

/**
 * A report the caller was allowed to read, read in the current transaction, with its decision
 * items as stored: only getReport makes one. Functions that would otherwise read the report
 * again to check the caller's scope (its decisions, marking it read) take it instead.
 */
export type ReadableReport = {
  readonly id: string;
  readonly organizationId: string;
  readonly stored: { readonly recommendations: unknown; readonly roadmap: unknown };
  readonly [readable]: true;
};

export type ReportDocumentData = {
  id: string;
  period: string;
  status: ReportStatus;
  version: number;
  updatedAt: Date;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** `reportLocale`: the language the organization reads its reports in (null: each reader's own). */
  organization: { id: string; name: string; reportLocale: Locale | null };
  mspName: string;
  authorName: string | null;
  publishedByName: string | null;
  content: ReportContent;
  /** The last published months up to this report's (this report included, even as a draft, for staff previews). */
  trend: TrendPoint[];
  /**
   * The security-posture trend: as published (fixed at publication) for a published report;
   * for staff reading a draft or withdrawn report, computed now from the finalized posture
   * assessments. Null when there is none.
   */
  posture: PostureTrend | null;
  /** This report, as read for this caller in this transaction. */
  readable: ReadableReport;
};

/** What the report editor shows and saves against: the report itself, nothing around it. */
export type ReportForEdit = Pick<
  ReportDocumentData,
  "id" | "period" | "status" | "version" | "withdrawnReason" | "organization" | "content"
>;

/** What both readers select of the report itself: its identity, state, content and organization. */
const REPORT_SELECT = {
  id: true,
  period: true,
  status: true,
  version: true,
  withdrawnReason: true,
  metrics: true,
  narrative: true,
  recommendations: true,
  roadmap: true,
  budget: true,
  organization: { select: { id: true, name: true, reportLocale: true } },
} as const;

/** The report's content as stored, any damaged part read as empty and logged (never thrown). */
function contentOf(row: Parameters<typeof readContent>[0] & { id: string }): ReportContent {
  const { content, damaged } = readContent(row);
  if (damaged.length) logger.warn("report.content_damaged", { reportId: row.id, damaged });
  return content;
}

/**
 * The report as the editor needs it: one statement, under the same scope as getReport (staff read
 * any report of their tenant; anything else is NOT_FOUND). No trend, posture or names — the
 * editor shows none of them (the preview, getReport, does).
 */
export async function getReportForEdit(tx: Tx, actor: Actor, id: string): Promise<ReportForEdit> {
  const row = await tx.steeringReport.findFirst({
    where: { ...readableReports(actor), id },
    select: REPORT_SELECT,
  });
  if (!row) throw notFound();
  const content = contentOf(row);
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    version: row.version,
    withdrawnReason: isStaff(actor) ? row.withdrawnReason : null,
    organization: row.organization,
    content,
  };
}

/**
 * One report with everything the report page and the PDF show: content,
 * organization, MSP name (branding) and the trend over the last 12 published
 * months. Staff read any report of their tenant; a client only their
 * organization's published ones — anything else is NOT_FOUND.
 */
export async function getReport(tx: Tx, actor: Actor, id: string, now = new Date()): Promise<ReportDocumentData> {
  const scope = readableReports(actor);
  const row = await tx.steeringReport.findFirst({
    where: { ...scope, id },
    select: {
      ...REPORT_SELECT,
      updatedAt: true,
      publishedAt: true,
      withdrawnAt: true,
      authorId: true,
      publishedById: true,
      posture: true,
      tenant: { select: { name: true, brand: { select: { displayName: true } } } },
    },
  });
  if (!row) throw notFound();
  const [history, names, posture] = await Promise.all([
    tx.steeringReport.findMany({
      where: {
        tenantId: scope.tenantId,
        organizationId: row.organization.id,
        status: "PUBLISHED",
        period: { lte: row.period },
      },
      orderBy: { period: "desc" },
      take: TREND_MONTHS,
      select: { period: true, metrics: true },
    }),
    memberNames(tx, scope.tenantId, isStaff(actor) ? [row.authorId, row.publishedById] : [row.publishedById]),
    row.status !== "PUBLISHED" && isStaff(actor)
      ? getPostureTrend(tx, { tenantId: scope.tenantId, organizationId: row.organization.id }, now)
      : Promise.resolve(readPostureTrend(row.posture)),
  ]);
  const content = contentOf(row);
  const points = history
    .filter((h) => h.period !== row.period)
    .map((h) => ({ period: h.period, metrics: readMetrics(h.metrics) }));
  points.push({ period: row.period, metrics: content.metrics });
  return {
    id: row.id,
    period: row.period,
    status: row.status,
    version: row.version,
    updatedAt: row.updatedAt,
    publishedAt: row.publishedAt,
    withdrawnAt: row.withdrawnAt,
    withdrawnReason: isStaff(actor) ? row.withdrawnReason : null,
    organization: row.organization,
    // The name the MSP shows its clients (its brand), else its own.
    mspName: row.tenant.brand?.displayName ?? row.tenant.name,
    authorName: names.get(row.authorId)?.name ?? null,
    publishedByName: row.publishedById ? (names.get(row.publishedById)?.name ?? null) : null,
    content,
    trend: buildTrend(points),
    posture: posture?.points.length ? posture : null,
    readable: {
      id: row.id,
      organizationId: row.organization.id,
      stored: { recommendations: row.recommendations, roadmap: row.roadmap },
    } as ReadableReport,
  };
}
