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
 * Plan (docs/performance.md, `npm run bench:decisions`): the tenant's decisions, narrow, each with
 * its report's status by primary key, the latest per item kept (DISTINCT ON); each organization's
 * latest published report once (a backward probe of the (tenantId, organizationId, period) unique
 * index); the item looked up in it, and only for a declined item no longer there, the organization's
 * earlier published reports newest first until one lists it; the details (signature, note, names)
 * only for the rows shown.
 */
export async function queryDecisionPanels(
  tx: Tx,
  input: { tenantId: string; filter: Prisma.Sql },
): Promise<DecisionPanels> {
  const { tenantId, filter } = input;
  // JIT compilation is for long analytical statements: row-level security's policies inflate this
  // one's cost estimate past jit_above_cost on a large tenant, and compiling then costs more than
  // running it (about 130 ms measured). Off for the rest of this transaction only.
  await tx.$executeRaw`SELECT set_config('jit', 'off', true)`;
  const rows = await tx.$queryRaw<Row[]>`
    -- All DESC: the order of the decision index (tenantId, organizationId, itemKind, itemId, decidedAt) read backwards.
    WITH current AS MATERIALIZED (
      SELECT * FROM (
        SELECT DISTINCT ON (d."organizationId", d."itemKind", d."itemId")
               d.id, d."organizationId", d."itemKind", d."itemId", d.decision, d."decidedAt"
        FROM "ClientDecision" d
        JOIN "ClientOrganization" o ON o."tenantId" = ${tenantId} AND o.id = d."organizationId"
        JOIN "SteeringReport" dr ON dr."tenantId" = ${tenantId} AND dr.id = d."reportId" AND dr.status = 'PUBLISHED'
        WHERE d."tenantId" = ${tenantId} AND o."lifecycleStatus" <> 'FORMER' ${filter}
        ORDER BY d."organizationId" DESC, d."itemKind" DESC, d."itemId" DESC, d."decidedAt" DESC, d."createdAt" DESC
      ) x
      WHERE x.decision IN ('APPROVED', 'DECLINED')
    ),
    latest AS MATERIALIZED (
      SELECT o.id AS "organizationId", lr.id, lr.period, lr.recommendations, lr.roadmap
      FROM (SELECT DISTINCT c."organizationId" AS id FROM current c) o
      CROSS JOIN LATERAL (
        SELECT r.id, r.period, r.recommendations, r.roadmap FROM "SteeringReport" r
        WHERE r."tenantId" = ${tenantId} AND r."organizationId" = o.id AND r.status = 'PUBLISHED'
        ORDER BY r.period DESC
        LIMIT 1
      ) lr
    ),
    placed AS (
      SELECT c.*, lt.period AS "latestPeriod",
             COALESCE(inl.id, earlier.id) AS "listedReportId", COALESCE(inl.period, earlier.period) AS "listedPeriod",
             COALESCE(inl.item, earlier.item) AS item
      FROM current c
      JOIN latest lt ON lt."organizationId" = c."organizationId"
      LEFT JOIN LATERAL (
        SELECT lt.id, lt.period, e.item
        FROM jsonb_path_query(CASE WHEN c."itemKind" = 'roadmap' THEN lt.roadmap ELSE lt.recommendations END,
                              'strict $[*] ? (@.id == $id)', jsonb_build_object('id', c."itemId"), true) AS e(item)
        LIMIT 1
      ) inl ON true
      -- A declined item no longer in the latest report: the latest earlier one that lists it.
      LEFT JOIN LATERAL (
        SELECT r.id, r.period, e.item
        FROM "SteeringReport" r
        CROSS JOIN LATERAL jsonb_path_query(
          CASE WHEN c."itemKind" = 'roadmap' THEN r.roadmap ELSE r.recommendations END,
          'strict $[*] ? (@.id == $id)', jsonb_build_object('id', c."itemId"), true) AS e(item)
        WHERE inl.item IS NULL AND c.decision = 'DECLINED'
          AND r."tenantId" = ${tenantId} AND r."organizationId" = c."organizationId" AND r.status = 'PUBLISHED'
          AND r.period < lt.period
        ORDER BY r.period DESC
        LIMIT 1
      ) earlier ON true
      WHERE (inl.item IS NOT NULL OR earlier.item IS NOT NULL)
        AND (c.decision = 'DECLINED' OR inl.item IS NOT NULL)
        AND (c."itemKind" = 'recommendation' OR COALESCE(inl.item, earlier.item)->>'status' IS DISTINCT FROM 'done')
    ),
    numbered AS (
      SELECT p.*, CASE WHEN p.decision = 'APPROVED' THEN 'approved' ELSE 'declined' END AS panel,
             COUNT(*) OVER (PARTITION BY p.decision)::int AS total,
             ROW_NUMBER() OVER (
               PARTITION BY p.decision
               ORDER BY CASE WHEN p.decision = 'DECLINED'
                             THEN CASE p.item->>'priority' WHEN 'high' THEN 0 WHEN 'medium' THEN 1 WHEN 'low' THEN 2 ELSE 3 END
                             ELSE 0 END,
                        CASE WHEN p.decision = 'APPROVED' THEN p."decidedAt" END ASC,
                        p."decidedAt" DESC, p.id
             ) AS n
      FROM placed p
    )
    -- Only the rows shown get their details (the decision's signature and note, its report's month, the name).
    SELECT n.panel, n.total, n.id AS "decisionId", n.decision::text AS decision, n."organizationId",
           o.name AS "organizationName", n."itemKind"::text AS "itemKind", n."itemId", n.item->>'title' AS title,
           n.item->>'priority' AS priority, n.item->>'status' AS status, n.item->>'targetQuarter' AS "targetQuarter",
           d.signature, d.note, to_char(d."decidedAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "decidedAt",
           d."reportId" AS "decidedOnReportId", dr.period AS "decidedOnPeriod",
           n."listedReportId", n."listedPeriod", n."latestPeriod"
    FROM numbered n
    JOIN "ClientDecision" d ON d."tenantId" = ${tenantId} AND d.id = n.id
    JOIN "SteeringReport" dr ON dr."tenantId" = ${tenantId} AND dr.id = d."reportId"
    JOIN "ClientOrganization" o ON o."tenantId" = ${tenantId} AND o.id = n."organizationId"
    WHERE (n.panel = 'approved' AND n.n <= ${APPROVED_SHOWN}) OR (n.panel = 'declined' AND n.n <= ${DECLINED_SHOWN})
    ORDER BY n.panel, n.n`;

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
