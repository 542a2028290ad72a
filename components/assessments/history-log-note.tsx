import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { IncidentHistory } from "@/lib/engine";
import type { LogHistory } from "@/lib/interventions/history";

/**
 * Under the history fields of the wizard: what the interventions log says of the last 12 months,
 * and whether the fields hold its figures or the account manager's own (never replaced silently).
 */
export async function HistoryLogNote({
  organizationId,
  log,
  current,
}: {
  organizationId: string;
  log: LogHistory | null;
  current: IncidentHistory | null;
}) {
  const [t, format] = await Promise.all([getTranslations("assessments.form.historyLog"), getFormatter()]);
  const logLink = (chunks: React.ReactNode) => (
    <Link href={`/organizations/${organizationId}#interventions`} className="font-medium underline">
      {chunks}
    </Link>
  );
  if (!log) return <p className="text-sm text-slate-600">{t.rich("none", { log: logLink })}</p>;
  const state = current?.source === "interventionsLog" ? "used" : current ? "typed" : "unused";
  return (
    <div
      className="rounded-md border border-sky-200 bg-sky-50 px-4 py-3 text-sm text-sky-900"
      data-testid="history-log"
    >
      <p className="font-medium">{t.rich("title", { log: logLink })}</p>
      <p className="mt-1">
        {t("summary", {
          count: log.count,
          tickets: log.incidents ?? 0,
          hours: format.number(log.hours, { maximumFractionDigits: 2 }),
          months: log.months,
          from: format.dateTime(log.from, { dateStyle: "medium", timeZone: "UTC" }),
          to: format.dateTime(log.to, { dateStyle: "medium", timeZone: "UTC" }),
        })}
      </p>
      <p className="mt-1">{t(state)}</p>
    </div>
  );
}
