import type { Tx } from "@/lib/db/context";
import {
  currentStage,
  isApprovedNotDelivered,
  isDeclined,
  type DecisionStep,
  type TrailStage,
} from "@/lib/decisions/trail";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ApprovedItem, DeclinedItem } from "@/lib/domain/dashboard/types";
import type { Priority, ROADMAP_STATUSES } from "@/lib/reports/content";
import type { DecisionItemKind, DecisionOutcome } from "@/lib/vocabulary";

export const APPROVED_SHOWN = 10;
export const DECLINED_SHOWN = 10;

type Counted<T> = { total: number; items: T[] };
export type DecisionPanels = { approved: Counted<ApprovedItem>; declined: Counted<DeclinedItem> };

type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];
type Row = {
  panel: "approved" | "declined";
  total: number;
  decisionId: string;
  decision: DecisionOutcome;
  organizationId: string;
  organizationName: string;
  itemKind: DecisionItemKind;
  itemId: string;
  title: string | null;
  priority: Priority | null;
  status: RoadmapStatus | null;
  targetQuarter: string | null;
  signature: string;
  note: string | null;
  decidedAt: string;
  decidedOnReportId: string;
  decidedOnPeriod: string;
  listedReportId: string;
  listedPeriod: string;
  latestPeriod: string;
};

/**
 * The portfolio's two decision panels in one statement, each its first rows and its total, with
 * the stages of lib/decisions/trail.ts (the one definition of these words):
 *  - "approved, not yet delivered" (isApprovedNotDelivered): the item's current client decision
 *    is APPROVED and it is still listed in its organization's latest published report, not "done"
 *    there — a roadmap item planned, in progress or blocked, or a recommendation (recommendations
 *    carry no status: one the client approved counts until the provider takes it out of the
 *    reports); oldest approval first;
 *  - "declined risks" (isDeclined): the current decision is DECLINED and the item was not
 *    delivered anyway (a roadmap item's last published status is not "done"); highest priority
 *    first, then the latest decline.
 * As the trail reads them: only PUBLISHED reports count, a decision counts only while the report
 * it was made on is published, an item's current decision is its latest (decidedAt, createdAt;
 * the superseded ones are history), its title, priority and status are the ones of the latest
 * published report that lists it, and an item no published report lists is left out. Former
 * clients are left out; the account-manager and lifecycle filters apply (`filter`, alias `o`).
 *
 * Plan: the tenant's decisions (index (tenantId, organizationId, itemKind, itemId, decidedAt)),
 * each with its report's status by primary key; then, per current APPROVED or DECLINED item, the
 * organization's published reports newest first on the (tenantId, organizationId, period) unique
 * index until the first that lists it, and its latest published period. Nothing else is read.
 */
export async function queryDecisionPanels(
  tx: Tx,
  input: { tenantId: string; filter: Prisma.Sql },
): Promise<DecisionPanels> {
  const { tenantId, filter } = input;
  const rows = await tx.$queryRaw<Row[]>`
    WITH current AS (
      SELECT DISTINCT ON (d."organizationId", d."itemKind", d."itemId")
             d.id, d."organizationId", o.name AS "organizationName", d."itemKind", d."itemId", d.decision,
             d.signature, d.note, d."decidedAt", d."reportId", dr.period AS "decidedOnPeriod"
      FROM "ClientDecision" d
      JOIN "ClientOrganization" o ON o."tenantId" = ${tenantId} AND o.id = d."organizationId"
      JOIN "SteeringReport" dr ON dr."tenantId" = ${tenantId} AND dr.id = d."reportId" AND dr.status = 'PUBLISHED'
      WHERE d."tenantId" = ${tenantId} AND o."lifecycleStatus" <> 'FORMER' ${filter}
      ORDER BY d."organizationId", d."itemKind", d."itemId", d."decidedAt" DESC, d."createdAt" DESC
    ),
    placed AS (
      SELECT c.*, l.id AS "listedReportId", l.period AS "listedPeriod", l.item, lp.period AS "latestPeriod"
      FROM current c
      CROSS JOIN LATERAL (
        SELECT r.id, r.period, e.item
        FROM "SteeringReport" r
        CROSS JOIN LATERAL jsonb_path_query(
          CASE WHEN c."itemKind" = 'roadmap' THEN r.roadmap ELSE r.recommendations END,
          'strict $[*] ? (@.id == $id)', jsonb_build_object('id', c."itemId"), true) AS e(item)
        WHERE r."tenantId" = ${tenantId} AND r."organizationId" = c."organizationId" AND r.status = 'PUBLISHED'
        ORDER BY r.period DESC
        LIMIT 1
      ) l
      CROSS JOIN LATERAL (
        SELECT r.period FROM "SteeringReport" r
        WHERE r."tenantId" = ${tenantId} AND r."organizationId" = c."organizationId" AND r.status = 'PUBLISHED'
        ORDER BY r.period DESC
        LIMIT 1
      ) lp
      WHERE c.decision IN ('APPROVED', 'DECLINED')
        AND (c."itemKind" = 'recommendation' OR l.item->>'status' IS DISTINCT FROM 'done')
        AND (c.decision = 'DECLINED' OR l.period = lp.period)
    ),
    shaped AS (
      SELECT CASE WHEN p.decision = 'APPROVED' THEN 'approved' ELSE 'declined' END AS panel,
             p.id AS "decisionId", p.decision::text AS decision, p."organizationId", p."organizationName",
             p."itemKind"::text AS "itemKind", p."itemId", p.item->>'title' AS title, p.item->>'priority' AS priority,
             p.item->>'status' AS status, p.item->>'targetQuarter' AS "targetQuarter", p.signature, p.note,
             p."decidedAt", p."reportId" AS "decidedOnReportId", p."decidedOnPeriod",
             p."listedReportId", p."listedPeriod", p."latestPeriod",
             CASE p.item->>'priority' WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END AS rank
      FROM placed p
    ),
    numbered AS (
      SELECT s.*, COUNT(*) OVER (PARTITION BY s.panel)::int AS total,
             ROW_NUMBER() OVER (
               PARTITION BY s.panel
               ORDER BY CASE WHEN s.panel = 'declined' THEN s.rank ELSE 0 END,
                        CASE WHEN s.panel = 'approved' THEN s."decidedAt" END ASC,
                        s."decidedAt" DESC, s."organizationName", s."decisionId"
             ) AS n
      FROM shaped s
    )
    SELECT panel, total, "decisionId", decision, "organizationId", "organizationName", "itemKind", "itemId", title,
           priority, status, "targetQuarter", signature, note, to_char("decidedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "decidedAt",
           "decidedOnReportId", "decidedOnPeriod", "listedReportId", "listedPeriod", "latestPeriod"
    FROM numbered
    WHERE (panel = 'approved' AND n <= ${APPROVED_SHOWN}) OR (panel = 'declined' AND n <= ${DECLINED_SHOWN})
    ORDER BY panel, n`;

  const panels: DecisionPanels = { approved: { total: 0, items: [] }, declined: { total: 0, items: [] } };
  for (const row of rows) {
    const stage: TrailStage = currentStage({
      status: row.itemKind === "roadmap" ? row.status : null,
      decision: row.decision,
      listedInLatest: row.listedPeriod === row.latestPeriod,
    });
    const common = {
      decisionId: row.decisionId,
      organizationId: row.organizationId,
      organizationName: row.organizationName,
      itemKind: row.itemKind,
      itemId: row.itemId,
      title: row.title ?? "",
      priority: row.itemKind === "recommendation" ? row.priority : null,
      signature: row.signature,
      decidedAt: row.decidedAt,
      decidedOn: { reportId: row.decidedOnReportId, period: row.decidedOnPeriod },
    };
    if (row.panel === "approved") {
      // The SQL selects exactly these; the trail's predicate is the definition, checked here.
      if (!isApprovedNotDelivered({ stage, decision: { kind: "approved" } as DecisionStep })) continue;
      panels.approved.total = row.total;
      panels.approved.items.push({
        ...common,
        stage: stage as ApprovedItem["stage"],
        status: row.itemKind === "roadmap" ? row.status : null,
        targetQuarter: row.itemKind === "roadmap" ? row.targetQuarter : null,
        source: { reportId: row.listedReportId, period: row.listedPeriod },
      });
    } else {
      if (!isDeclined({ stage })) continue;
      panels.declined.total = row.total;
      panels.declined.items.push({
        ...common,
        note: row.note,
        source: { reportId: row.listedReportId, period: row.listedPeriod },
      });
    }
  }
  return panels;
}
