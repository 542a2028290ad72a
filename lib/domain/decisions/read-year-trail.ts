import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { deriveTrails, summarizeTrails, type Trails, type TrailSummary } from "@/lib/decisions/trail";
import type { DomainContext } from "@/lib/domain/context";
import { clientScope, isStaff, staffTenant } from "@/lib/domain/scope";
import { notFound } from "@/lib/errors";

/** The first year a trail can be asked for (report periods start at 2000: lib/reports/period.ts). */
export const TRAIL_FIRST_YEAR = 2000;

/** The year asked for in a page's `?year=` (four digits), else the current year (UTC). Out of range: readYearTrail 404s. */
export function yearParam(raw: string | string[] | undefined, now = new Date()): number {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && /^\d{4}$/.test(value) ? Number(value) : now.getUTCFullYear();
}

export type YearTrail = {
  organization: { id: string; name: string };
  /** The MSP's name as its clients see it (its brand's display name, else the tenant's name). */
  mspName: string;
  year: number;
  /** The years that can be shown: from the organization's first published report (or this one) to the current year. */
  years: number[];
  /** The published reports of that year, oldest first: where the figures come from. */
  reports: { id: string; period: string; publishedAt: Date | null }[];
  /** Client decisions made in that year. */
  decisionCount: number;
  /** The last instant taken into account: the end of the year, or now for the current year. */
  asOf: Date;
} & Trails & { summary: TrailSummary };

/**
 * "Promised vs delivered" for one organization and one calendar year (UTC): the trail of every
 * recommendation and roadmap item listed in a published report of that year or decided on in it
 * (lib/decisions/trail.ts, which defines the stages), with the year's counts.
 *
 * Scope: staff read any organization of their tenant; a client user only their own organization.
 * Anyone else, another tenant's organization, or a year after the current one: NOT_FOUND. Only
 * PUBLISHED reports count, for staff too (the trail is what the client was told), and the
 * decisions made on them; RLS enforces the same underneath.
 *
 * One Prisma read: the organization with, as nested selects, its published reports up to the end
 * of the year and its decisions made up to then — a fixed number of statements (one per list,
 * served by the (tenantId, organizationId, period) unique index and the (tenantId, organizationId,
 * …) decision index), never one per item or month. Earlier years are loaded
 * too, so an item carried over from last year shows when it was first proposed.
 */
export async function readYearTrail(
  tx: Tx,
  actor: Actor,
  input: { organizationId: string; year: number },
  ctx: Pick<DomainContext, "now"> = {},
): Promise<YearTrail> {
  const now = ctx.now ?? new Date();
  const scope = isStaff(actor)
    ? { tenantId: staffTenant(actor), organizationId: input.organizationId }
    : clientScope(actor);
  if (scope.organizationId !== input.organizationId) throw notFound();
  const currentYear = now.getUTCFullYear();
  if (!Number.isInteger(input.year) || input.year < TRAIL_FIRST_YEAR || input.year > currentYear) throw notFound();
  const yearEnd = new Date(Date.UTC(input.year + 1, 0, 1));
  const asOf = input.year === currentYear ? now : new Date(yearEnd.getTime() - 1);

  const org = await tx.clientOrganization.findFirst({
    where: { tenantId: scope.tenantId, id: scope.organizationId },
    select: {
      id: true,
      name: true,
      tenant: { select: { name: true, brand: { select: { displayName: true } } } },
      reports: {
        where: { tenantId: scope.tenantId, status: "PUBLISHED", period: { lte: `${input.year}-12` } },
        orderBy: { period: "asc" },
        select: { id: true, period: true, status: true, publishedAt: true, recommendations: true, roadmap: true },
      },
      decisions: {
        // Decisions on reports still published only: a decision on a report withdrawn since is hidden from
        // the client by RLS, and staff read the same figures as the client.
        where: { tenantId: scope.tenantId, decidedAt: { lte: asOf }, report: { status: "PUBLISHED" } },
        orderBy: [{ decidedAt: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          reportId: true,
          itemKind: true,
          itemId: true,
          decision: true,
          deferredTo: true,
          signature: true,
          decidedById: true,
          decidedAt: true,
          createdAt: true,
        },
      },
    },
  });
  if (!org) throw notFound();

  const trails = deriveTrails({ reports: org.reports, decisions: org.decisions, year: input.year });
  const firstYear = Math.min(input.year, Number(org.reports[0]?.period.slice(0, 4) ?? input.year));
  const years: number[] = [];
  for (let y = currentYear; y >= firstYear; y--) years.push(y);
  const inYear = `${input.year}-`;
  return {
    organization: { id: org.id, name: org.name },
    mspName: org.tenant.brand?.displayName ?? org.tenant.name,
    year: input.year,
    years,
    reports: org.reports
      .filter((r) => r.period.startsWith(inYear))
      .map((r) => ({ id: r.id, period: r.period, publishedAt: r.publishedAt })),
    decisionCount: org.decisions.filter((d) => d.decidedAt.getUTCFullYear() === input.year).length,
    asOf,
    ...trails,
    summary: summarizeTrails(trails.items),
  };
}
