import { GET } from "@/app/api/dashboard/route";
import type { DashboardData } from "@/lib/domain/dashboard/types";
import type { ServiceModel } from "@/lib/generated/prisma/enums";
import { ownerDb } from "@/tests/support/db";
import { perModel } from "@/lib/vocabulary";

/** Calls GET /api/dashboard as the current test session (tests/support/session.ts). */
export async function getDashboard(
  query = "",
): Promise<{ status: number; body: DashboardData & { error?: { code: string } } }> {
  const response = await GET(new Request(`http://test.local/api/dashboard${query ? `?${query}` : ""}`), {
    params: Promise.resolve({}),
  });
  return { status: response.status, body: (await response.json()) as DashboardData & { error?: { code: string } } };
}

export type Model = ServiceModel;

const DAY_MS = 86_400_000;
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
export const todayIso = () => isoDay(new Date());
/** The `day`th of the month `k` months from now (UTC). */
export const monthDay = (k: number, day = 10) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + k, day));
};
export const daysFromToday = (n: number) => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + n * DAY_MS);
};
export const monthKey = (k: number) => isoDay(monthDay(k, 1)).slice(0, 7);
export const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY_MS);

type RawChange = { organizationId: string; toModel: Model | null; effectiveDate: Date; createdAt: Date; id: string };

/** The tenant's raw model history, straight from the table (owner connection, no app code). */
export async function rawChanges(tenantId: string, organizationIds?: string[]): Promise<RawChange[]> {
  return ownerDb().serviceModelChange.findMany({
    where: { tenantId, ...(organizationIds ? { organizationId: { in: organizationIds } } : {}) },
    select: { organizationId: true, toModel: true, effectiveDate: true, createdAt: true, id: true },
  });
}

/**
 * Independent count of the clients on each model at the end of each month: replay
 * every organization's changes up to the month's last day (today for the current month)
 * and keep its last model. No code shared with the app.
 */
export function bruteForceMonthlyCounts(changes: RawChange[], months: string[], today: string) {
  return months.map((month) => {
    const [y, m] = month.split("-").map(Number) as [number, number];
    const monthEnd = isoDay(new Date(Date.UTC(y, m, 0)));
    const until = monthEnd < today ? monthEnd : today;
    const latest = new Map<string, RawChange>();
    for (const c of changes) {
      if (isoDay(c.effectiveDate) > until) continue;
      const seen = latest.get(c.organizationId);
      const later =
        !seen ||
        c.effectiveDate.getTime() > seen.effectiveDate.getTime() ||
        (c.effectiveDate.getTime() === seen.effectiveDate.getTime() &&
          (c.createdAt.getTime() > seen.createdAt.getTime() ||
            (c.createdAt.getTime() === seen.createdAt.getTime() && c.id > seen.id)));
      if (later) latest.set(c.organizationId, c);
    }
    const row = { month, ...perModel(() => 0) };
    for (const c of latest.values()) if (c.toModel) row[c.toModel] += 1;
    return row;
  });
}

/** The 24 chart months ending with the current one. */
export const chartMonthKeys = () => Array.from({ length: 24 }, (_, i) => monthKey(i - 23));
