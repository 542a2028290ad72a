import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ContractSignalsCard } from "@/components/dashboard/contract-signals-card";
import { DashboardCards } from "@/components/dashboard/dashboard-cards";
import { HistoryChart } from "@/components/dashboard/history-chart";
import { PortfolioDashboard } from "@/components/dashboard/portfolio-dashboard";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { getPortfolioDashboard } from "@/lib/domain/dashboard/get-portfolio-dashboard";
import { listDashboardManagers } from "@/lib/domain/dashboard/list-dashboard-managers";
import { listContractSignals } from "@/lib/domain/interventions/list-contract-signals";
import {
  DEFAULT_FILTERS,
  filtersToSearchParams,
  parseDashboardSearchParams,
  UNASSIGNED,
} from "@/lib/domain/dashboard/schemas";
import { PERIOD_PRESETS, type PeriodPreset } from "@/lib/stats/period";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

/**
 * The MSP staff home: the portfolio dashboard. The filters come from the URL (a shared
 * link reproduces the view); a link with filters that are not valid (or a manager who is
 * not on the team) shows the default view with a notice rather than an error page.
 */
export default async function PortfolioPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("dashboard.read");
  const [t, tf] = await Promise.all([getTranslations("dashboard"), getTranslations("dashboard.filters")]);
  const parsed = parseDashboardSearchParams(await searchParams);
  const { data, managers, invalid, signals } = await scoped(actor, async (tx) => {
    const managers = await listDashboardManagers(tx, actor);
    const manager = parsed.filters.manager;
    const known = !manager || manager === UNASSIGNED || managers.some((m) => m.userId === manager);
    const filters = parsed.ok && known ? parsed.filters : DEFAULT_FILTERS;
    return {
      data: await getPortfolioDashboard(tx, actor, filters),
      managers,
      invalid: !parsed.ok || !known,
      signals: await listContractSignals(tx, actor, {}),
    };
  });
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { tenant: actor.tenantName ?? "" })} />
      <PortfolioDashboard
        key={filtersToSearchParams(data.filters).toString()}
        initialData={data}
        initialCards={
          <DashboardCards
            data={data}
            currency={actor.currency}
            history={<HistoryChart history={data.history} period={data.period} />}
          />
        }
        managers={managers}
        currency={actor.currency}
        invalidLink={invalid}
        presetLabels={presetLabels(tf)}
      />
      <ContractSignalsCard signals={signals} currency={actor.currency} />
    </>
  );
}

function presetLabels(tf: (key: "preset", values: { months: number }) => string) {
  return Object.fromEntries(PERIOD_PRESETS.map((months) => [months, tf("preset", { months })])) as Record<
    PeriodPreset,
    string
  >;
}
