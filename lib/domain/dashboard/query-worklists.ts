import type { Tx } from "@/lib/db/context";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { FollowUp, Opportunity } from "@/lib/domain/dashboard/types";

export const OPPORTUNITIES_SHOWN = 10;
export const FOLLOW_UPS_SHOWN = 5;
export const MISSING_REPORTS_SHOWN = 8;

type Counted<T> = { total: number; items: T[] };

export type Worklists = {
  opportunities: Counted<Opportunity>;
  followUps: Counted<FollowUp>;
  missingReports: Counted<{ id: string; name: string }>;
};

/**
 * The three "to do" lists of the dashboard in one statement, each its top rows plus its
 * total (COUNT(*) OVER ()):
 *  - opportunities: organizations (not former, filtered first) whose latest FINAL assessment
 *    (DISTINCT ON, index (tenantId, organizationId, status, finalizedAt)) recommends another
 *    model than their current one, biggest cost gap (either sign) first;
 *  - follow-ups due: scoping calls whose follow-up is not done and dated today or earlier
 *    (index (tenantId, followUpDone, followUpDate)), oldest first;
 *  - reports missing: active hybrid and managed clients with no steering report for the
 *    month (unique (tenantId, organizationId, period)).
 */
export async function queryWorklists(
  tx: Tx,
  input: { tenantId: string; filter: Prisma.Sql; today: string; reportPeriod: string },
): Promise<Worklists> {
  const { tenantId, filter, today, reportPeriod } = input;
  const rows = await tx.$queryRaw<
    {
      opportunities: (Opportunity & { total: number })[];
      followUps: (FollowUp & { total: number })[];
      missingReports: { id: string; name: string; total: number }[];
    }[]
  >`
    WITH latest AS (
      SELECT DISTINCT ON (a."organizationId") a."organizationId", a.id, a.recommendation, a."costGap", a."finalizedAt",
             o.name, o."currentModel", o."lifecycleStatus"
      FROM "Assessment" a
      JOIN "ClientOrganization" o ON o."tenantId" = a."tenantId" AND o.id = a."organizationId"
      WHERE a."tenantId" = ${tenantId} AND o."tenantId" = ${tenantId} AND a.status = 'FINAL' AND a."finalizedAt" IS NOT NULL
        AND o."lifecycleStatus" <> 'FORMER' ${filter}
      ORDER BY a."organizationId", a."finalizedAt" DESC, a.id DESC
    ),
    opportunities AS (
      SELECT l."organizationId" AS id, l.name, l."lifecycleStatus"::text AS "lifecycleStatus", l."currentModel"::text AS "currentModel",
             l.recommendation::text AS recommendation, l."costGap", l.id AS "assessmentId",
             to_char(l."finalizedAt", 'YYYY-MM-DD') AS "finalizedAt", COUNT(*) OVER ()::int AS total
      FROM latest l
      WHERE l.recommendation IS NOT NULL AND l.recommendation <> l."currentModel"
      ORDER BY ABS(l."costGap") DESC NULLS LAST, l.name, l."organizationId"
      LIMIT ${OPPORTUNITIES_SHOWN}
    ),
    -- The due calls first, through their own index, whatever the planner guesses about the
    -- organizations (row-level security hides the tenant's size from its estimates); then one
    -- primary-key probe per due call for the name and the filters.
    due AS MATERIALIZED (
      SELECT s.id, s."organizationId", s."followUpDate", s."nextSteps"
      FROM "ScopingCall" s
      WHERE s."tenantId" = ${tenantId} AND s."followUpDone" = false AND s."followUpDate" <= ${today}::date
    ),
    follow_ups AS (
      SELECT s.id AS "callId", s."organizationId", o.name AS "organizationName",
             to_char(s."followUpDate", 'YYYY-MM-DD') AS "followUpDate", s."nextSteps", COUNT(*) OVER ()::int AS total
      FROM due s
      JOIN "ClientOrganization" o ON o."tenantId" = ${tenantId} AND o.id = s."organizationId"
      WHERE true ${filter}
      ORDER BY s."followUpDate", o.name, s.id
      LIMIT ${FOLLOW_UPS_SHOWN}
    ),
    missing AS (
      SELECT o.id, o.name, COUNT(*) OVER ()::int AS total
      FROM "ClientOrganization" o
      WHERE o."tenantId" = ${tenantId} AND o."lifecycleStatus" = 'ACTIVE' AND o."currentModel" IN ('HYBRID', 'MANAGED') ${filter}
        AND NOT EXISTS (
          SELECT 1 FROM "SteeringReport" r
          WHERE r."tenantId" = o."tenantId" AND r."organizationId" = o.id AND r.period = ${reportPeriod}
        )
      ORDER BY o.name, o.id
      LIMIT ${MISSING_REPORTS_SHOWN}
    )
    SELECT
      (SELECT COALESCE(json_agg(x ORDER BY ABS(x."costGap") DESC NULLS LAST, x.name, x.id), '[]'::json) FROM opportunities x) AS opportunities,
      (SELECT COALESCE(json_agg(x ORDER BY x."followUpDate", x."organizationName", x."callId"), '[]'::json) FROM follow_ups x) AS "followUps",
      (SELECT COALESCE(json_agg(x ORDER BY x.name, x.id), '[]'::json) FROM missing x) AS "missingReports"`;
  const row = rows[0];
  const counted = <T extends { total: number }>(list: T[] | undefined): Counted<Omit<T, "total">> => ({
    total: list?.[0]?.total ?? 0,
    items: (list ?? []).map(({ total: _total, ...rest }) => rest),
  });
  return {
    opportunities: counted(row?.opportunities),
    followUps: counted(row?.followUps),
    missingReports: counted(row?.missingReports),
  };
}
