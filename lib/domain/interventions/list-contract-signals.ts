import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { staffTenant } from "@/lib/domain/scope";
import { historyWindowStart, utcDay } from "@/lib/interventions/history";
import type { Model } from "@/lib/vocabulary";

/** Billed spend at or above this share of the recurring service's first year is a signal. */
export const CONTRACT_SIGNAL_RATIO = 0.8;
export const CONTRACT_SIGNALS_SHOWN = 10;

export type ContractSignal = {
  organizationId: string;
  name: string;
  /** Billed over the last 12 months in the interventions log, with its hours and count. */
  billed: number;
  hours: number;
  interventions: number;
  /** The recurring service compared with: the latest assessment's recommendation, or its hybrid package when it recommended break-fix. */
  model: Exclude<Model, "BREAK_FIX">;
  /** That service's contract price for 12 months, as the assessment priced it (`costs.fees`; no incident or downtime in it). */
  recurringYear: number;
  /** billed ÷ recurringYear. */
  ratio: number;
  assessmentId: string;
  finalizedAt: string;
};

export type ContractSignals = {
  /** The window the billed amounts cover ("YYYY-MM-DD", both included). */
  from: string;
  to: string;
  threshold: number;
  total: number;
  items: ContractSignal[];
  /** Break-fix clients with billed interventions but no final assessment with a contract price to compare with. */
  unassessed: number;
};

/**
 * The time-and-materials-to-contract signal of the portfolio: active or prospect break-fix clients
 * whose interventions billed over the last 12 months reach CONTRACT_SIGNAL_RATIO of what the
 * recurring service of their latest final assessment would cost them in a year (its monthly
 * contract price as the assessment priced it, `costs.fees`, × 12: invoices compared with
 * invoices), highest ratio first. Assessments stored before the fees were recorded are not
 * compared (they count as unassessed). One statement: the log's (tenantId, occurredOn) index, then one index probe per
 * billed client for its latest assessment (tenantId, organizationId, status, finalizedAt).
 */
export async function listContractSignals(
  tx: Tx,
  actor: Actor,
  ctx: Pick<DomainContext, "now">,
): Promise<ContractSignals> {
  const tenantId = staffTenant(actor);
  const today = utcDay(ctx.now ?? new Date());
  const from = historyWindowStart(today);
  const rows = await tx.$queryRaw<
    {
      organizationId: string;
      name: string;
      billed: number;
      hours: number;
      interventions: number;
      model: Exclude<Model, "BREAK_FIX"> | null;
      recurringYear: number | null;
      assessmentId: string | null;
      finalizedAt: string | null;
    }[]
  >`
    WITH billed AS (
      SELECT i."organizationId", SUM(i.amount)::float AS billed, SUM(i.hours)::float AS hours, COUNT(*)::int AS interventions
      FROM "Intervention" i
      WHERE i."tenantId" = ${tenantId} AND i."occurredOn" >= ${from} AND i."occurredOn" <= ${today}
      GROUP BY i."organizationId"
    ),
    clients AS (
      SELECT b.*, o.name
      FROM billed b
      JOIN "ClientOrganization" o ON o."tenantId" = ${tenantId} AND o.id = b."organizationId"
      WHERE o."currentModel" = 'BREAK_FIX' AND o."lifecycleStatus" <> 'FORMER' AND b.billed > 0
    ),
    latest AS (
      SELECT c."organizationId", a.id AS "assessmentId", a.recommendation::text AS recommendation,
             to_char(a."finalizedAt", 'YYYY-MM-DD') AS "finalizedAt",
             (a.result #>> '{costs,fees,HYBRID}')::float AS hybrid,
             (a.result #>> '{costs,fees,MANAGED}')::float AS managed
      FROM clients c
      CROSS JOIN LATERAL (
        SELECT a.id, a.recommendation, a."finalizedAt", a.result
        FROM "Assessment" a
        WHERE a."tenantId" = ${tenantId} AND a."organizationId" = c."organizationId" AND a.status = 'FINAL'
          AND a."finalizedAt" IS NOT NULL AND a.result IS NOT NULL
        ORDER BY a."finalizedAt" DESC, a.id DESC
        LIMIT 1
      ) a
    )
    SELECT c."organizationId", c.name, c.billed, c.hours, c.interventions,
           CASE WHEN l."assessmentId" IS NULL THEN NULL
                WHEN l.recommendation = 'MANAGED' THEN 'MANAGED' ELSE 'HYBRID' END AS model,
           CASE WHEN l.recommendation = 'MANAGED' THEN l.managed ELSE l.hybrid END * 12 AS "recurringYear",
           l."assessmentId", l."finalizedAt"
    FROM clients c
    LEFT JOIN latest l ON l."organizationId" = c."organizationId"`;
  const compared = rows
    .filter((r) => r.assessmentId && r.model && r.recurringYear && r.recurringYear > 0)
    .map((r): ContractSignal => ({
      organizationId: r.organizationId,
      name: r.name,
      billed: Math.round(r.billed * 100) / 100,
      hours: Math.round(r.hours * 100) / 100,
      interventions: r.interventions,
      model: r.model!,
      recurringYear: Math.round(r.recurringYear! * 100) / 100,
      ratio: Math.round((r.billed / r.recurringYear!) * 1000) / 1000,
      assessmentId: r.assessmentId!,
      finalizedAt: r.finalizedAt!,
    }))
    .filter((s) => s.ratio >= CONTRACT_SIGNAL_RATIO)
    .sort(
      (a, b) => b.ratio - a.ratio || a.name.localeCompare(b.name) || a.organizationId.localeCompare(b.organizationId),
    );
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: iso(from),
    to: iso(today),
    threshold: CONTRACT_SIGNAL_RATIO,
    total: compared.length,
    items: compared.slice(0, CONTRACT_SIGNALS_SHOWN),
    unassessed: rows.filter((r) => !r.assessmentId || !r.recurringYear || r.recurringYear <= 0).length,
  };
}
