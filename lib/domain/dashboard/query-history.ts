import type { Tx } from "@/lib/db/context";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ModelDelta } from "@/lib/stats/monthly-counts";
import type { MoveCount } from "@/lib/stats/transitions";
import type { Model } from "@/lib/vocabulary";

export type HistoryAggregates = {
  deltas: ModelDelta[];
  moves: MoveCount[];
  exposure: { model: Model; organizations: number }[];
  stays: { model: Model; median: number; moves: number }[];
};

/**
 * The portfolio's model history, aggregated in one statement over the tenant's
 * ServiceModelChange rows (index (tenantId, organizationId, effectiveDate)), with the
 * same rules as lib/stats/history.ts:
 *  - `raw`: each change with the previous change's toModel (LAG), up to today;
 *  - `t`: the changes that changed something (previous model distinct from the new one),
 *    with the previous and next such change's dates (LAG/LEAD);
 *  - `deltas`: +1 into the new model, -1 out of the previous one, per month, with
 *    everything before the chart's first month gathered into it (the opening balance);
 *    months are truncated as timestamps without time zone (no per-row zone lookup);
 *  - `moves`, `exposure`, `stays`: the chosen period's moves (from/to, events and distinct
 *    organizations), the organizations on each model at its start or entering it during it,
 *    and the median days spent on a model before moving (percentile_cont).
 * The size of the answer depends on the number of months and models, never on the
 * number of organizations.
 */
export async function queryHistory(
  tx: Tx,
  input: {
    tenantId: string;
    filter: Prisma.Sql;
    filtered: boolean;
    asOf: string;
    openingMonth: string;
    start: string;
    end: string;
  },
): Promise<HistoryAggregates> {
  const { tenantId, filter, asOf, openingMonth, start, end } = input;
  // The organizations table is only needed to filter; without filters the changes' own tenant suffices.
  const join = input.filtered
    ? Prisma.sql`JOIN "ClientOrganization" o ON o."tenantId" = c."tenantId" AND o.id = c."organizationId" AND o."tenantId" = ${tenantId}`
    : Prisma.empty;
  const opening = `${openingMonth}-01`;
  const rows = await tx.$queryRaw<
    {
      deltas: HistoryAggregates["deltas"];
      moves: HistoryAggregates["moves"];
      exposure: HistoryAggregates["exposure"];
      stays: HistoryAggregates["stays"];
    }[]
  >`
    WITH raw AS (
      SELECT c."organizationId" AS org, c."effectiveDate" AS d, c."createdAt" AS created, c.id, c."toModel" AS to_m,
             LAG(c."toModel") OVER (PARTITION BY c."organizationId" ORDER BY c."effectiveDate", c."createdAt", c.id) AS prev_m
      FROM "ServiceModelChange" c
      ${join}
      WHERE c."tenantId" = ${tenantId} AND c."effectiveDate" <= ${asOf}::date ${filter}
    ),
    t AS MATERIALIZED (
      SELECT org, d, prev_m AS from_m, to_m,
             LAG(d) OVER w AS prev_d,
             LEAD(d) OVER w AS next_d
      FROM raw
      WHERE prev_m IS DISTINCT FROM to_m
      WINDOW w AS (PARTITION BY org ORDER BY d, created, id)
    ),
    deltas AS (
      SELECT month, model, SUM(delta)::int AS delta
      FROM (
        SELECT GREATEST(date_trunc('month', d::timestamp), ${opening}::timestamp) AS month, to_m AS model, 1 AS delta FROM t WHERE to_m IS NOT NULL
        UNION ALL
        SELECT GREATEST(date_trunc('month', d::timestamp), ${opening}::timestamp), from_m, -1 FROM t WHERE from_m IS NOT NULL
      ) x
      GROUP BY 1, 2
      HAVING SUM(delta) <> 0
    ),
    moves AS (
      SELECT from_m, to_m, COUNT(*)::int AS moves, COUNT(DISTINCT org)::int AS organizations
      FROM t
      WHERE d BETWEEN ${start}::date AND ${end}::date
      GROUP BY 1, 2
    ),
    exposure AS (
      SELECT model, COUNT(DISTINCT org)::int AS organizations
      FROM (
        SELECT org, to_m AS model FROM t WHERE d < ${start}::date AND (next_d IS NULL OR next_d >= ${start}::date)
        UNION ALL
        SELECT org, to_m AS model FROM t WHERE d BETWEEN ${start}::date AND ${end}::date
      ) s
      WHERE model IS NOT NULL
      GROUP BY 1
    ),
    stays AS (
      SELECT from_m AS model, percentile_cont(0.5) WITHIN GROUP (ORDER BY (d - prev_d))::float8 AS median, COUNT(*)::int AS moves
      FROM t
      WHERE d BETWEEN ${start}::date AND ${end}::date AND from_m IS NOT NULL AND to_m IS NOT NULL
      GROUP BY 1
    )
    SELECT
      (SELECT COALESCE(json_agg(json_build_object('month', to_char(x.month, 'YYYY-MM'), 'model', x.model, 'delta', x.delta) ORDER BY x.month, x.model), '[]'::json) FROM deltas x) AS deltas,
      (SELECT COALESCE(json_agg(json_build_object('from', x.from_m, 'to', x.to_m, 'moves', x.moves, 'organizations', x.organizations)), '[]'::json) FROM moves x) AS moves,
      (SELECT COALESCE(json_agg(x), '[]'::json) FROM exposure x) AS exposure,
      (SELECT COALESCE(json_agg(x), '[]'::json) FROM stays x) AS stays`;
  const row = rows[0];
  return { deltas: row?.deltas ?? [], moves: row?.moves ?? [], exposure: row?.exposure ?? [], stays: row?.stays ?? [] };
}
