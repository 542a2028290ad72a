import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MonthPicker } from "@/components/reports/month-picker";
import { StartReportButton } from "@/components/reports/start-report-button";
import { OverviewStateBadge } from "@/components/reports/status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { getReportOverview, OVERVIEW_STATES, type OverviewState } from "@/lib/domain/reports/get-report-overview";
import { listNewClientComments, NEW_COMMENT_DAYS } from "@/lib/domain/reports/list-new-client-comments";
import { formatPeriod } from "@/lib/reports/format";
import { currentPeriod, isPeriod, latestAllowedPeriod } from "@/lib/reports/period";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

type Search = { period?: string | string[]; state?: string | string[]; mine?: string | string[] };

/** The month at a glance: which active clients lack their report, which are drafts, published, acknowledged. */
export default async function ReportsOverviewPage({ searchParams }: { searchParams: Promise<Search> }) {
  const actor = await requirePage("report.read");
  const [t, tc, format, sp] = await Promise.all([
    getTranslations("reports"),
    getTranslations("common"),
    getFormatter(),
    searchParams,
  ]);
  const max = latestAllowedPeriod();
  const requested = typeof sp.period === "string" && isPeriod(sp.period) && sp.period <= max ? sp.period : null;
  const period = requested ?? currentPeriod();
  const stateFilter =
    typeof sp.state === "string" && (OVERVIEW_STATES as readonly string[]).includes(sp.state)
      ? (sp.state as OverviewState)
      : null;
  const mine = sp.mine === "1";
  const [overview, newComments] = await scoped(actor, (tx) =>
    Promise.all([getReportOverview(tx, actor, period), listNewClientComments(tx, actor)]),
  );
  const rows = overview.rows.filter(
    (r) => (!stateFilter || r.state === stateFilter) && (!mine || r.organization.managerId === actor.userId),
  );
  const optional = stateFilter
    ? []
    : overview.optional.filter((r) => !mine || r.organization.managerId === actor.userId);
  const query = (extra: Record<string, string | null>) => {
    const params = new URLSearchParams({ period });
    if (stateFilter) params.set("state", stateFilter);
    if (mine) params.set("mine", "1");
    for (const [k, v] of Object.entries(extra)) {
      if (v === null) params.delete(k);
      else params.set(k, v);
    }
    return `/reports?${params.toString()}`;
  };

  return (
    <ClientMessages namespaces={["reports.overview"]}>
      <PageHeader
        title={t("title")}
        description={t("overview.description", { month: formatPeriod(format, period) })}
        actions={
          <>
            <ButtonLink href="/reports/all">{t("overview.allReports")}</ButtonLink>
            <ButtonLink href={`/reports/new?period=${period}`} variant="primary">
              {t("overview.newReport")}
            </ButtonLink>
          </>
        }
      />
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <MonthPicker period={period} max={max} basePath="/reports" />
        <nav aria-label={t("overview.whose")} className="flex gap-1 text-sm">
          <Link href={query({ mine: null })} aria-current={!mine ? "page" : undefined} className={tab(!mine)}>
            {t("overview.everyone")}
          </Link>
          <Link href={query({ mine: "1" })} aria-current={mine ? "page" : undefined} className={tab(mine)}>
            {t("overview.mine")}
          </Link>
        </nav>
      </div>

      <ul
        className="mb-6 grid gap-3 sm:grid-cols-3 lg:grid-cols-5"
        aria-label={t("overview.summary")}
        data-testid="overview-counts"
      >
        {OVERVIEW_STATES.map((state) => (
          <li key={state}>
            <Link
              href={query({ state: stateFilter === state ? null : state })}
              aria-current={stateFilter === state ? "true" : undefined}
              className={`block rounded-lg border bg-white p-4 shadow-sm hover:border-brand-600 focus-visible:outline-2 focus-visible:outline-brand-600 ${stateFilter === state ? "border-brand-600 ring-1 ring-brand-600" : "border-slate-200"}`}
              data-testid={`count-${state}`}
            >
              <span className="block text-sm text-slate-600">{t(`state.${state}`)}</span>
              <span className="mt-1 block text-3xl font-semibold tabular-nums">
                {format.number(overview.counts[state])}
              </span>
            </Link>
          </li>
        ))}
      </ul>

      {newComments.total > 0 ? (
        <div className="mb-6" data-testid="new-client-comments">
          <Card>
            <CardHeader
              title={t("overview.newComments.title")}
              description={t("overview.newComments.description", { count: newComments.total, days: NEW_COMMENT_DAYS })}
            />
            <ul className="divide-y divide-slate-100">
              {newComments.reports.map((r) => {
                const month = formatPeriod(format, r.period);
                return (
                  <li
                    key={r.reportId}
                    className="flex flex-wrap items-center justify-between gap-3 px-5 py-3"
                    data-testid="new-comments-row"
                    data-org={r.organizationName}
                    data-report={r.reportId}
                  >
                    <Link
                      href={`/reports/${r.reportId}#comments-title`}
                      className="min-w-0 font-medium text-brand-700 hover:underline"
                      aria-label={t("overview.newComments.open", { organization: r.organizationName, month })}
                      data-testid="new-comments-link"
                    >
                      {t("overview.newComments.item", { organization: r.organizationName, month })}
                    </Link>
                    <span data-testid="new-comments-count">
                      <Badge tone="info">{t("overview.newComments.count", { count: r.count })}</Badge>
                    </span>
                  </li>
                );
              })}
            </ul>
          </Card>
        </div>
      ) : null}

      {overview.rows.length === 0 && optional.length === 0 ? (
        <EmptyState title={t("overview.noClients")} description={t("overview.noClientsHint")} />
      ) : rows.length === 0 ? (
        <EmptyState
          title={overview.rows.length === 0 ? t("overview.noneExpected") : t("overview.noMatch")}
          action={
            overview.rows.length === 0 ? undefined : (
              <ButtonLink href={`/reports?period=${period}`}>{tc("clearFilters")}</ButtonLink>
            )
          }
        />
      ) : (
        <Card>
          <Table data-testid="overview-table">
            <caption className="sr-only">{t("overview.tableCaption", { month: formatPeriod(format, period) })}</caption>
            <thead>
              <tr>
                <Th>{t("overview.organization")}</Th>
                <Th>{t("overview.manager")}</Th>
                <Th>{t("overview.state")}</Th>
                <Th>{t("overview.activity")}</Th>
                <Th className="text-right">
                  <span className="sr-only">{tc("actions")}</span>
                </Th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <Tr
                  key={row.organization.id}
                  data-testid="overview-row"
                  data-org={row.organization.name}
                  data-state={row.state}
                >
                  <Td className="font-medium">
                    <Link href={`/organizations/${row.organization.id}`} prefetch={false} className="hover:underline">
                      {row.organization.name}
                    </Link>
                    {row.organization.lifecycleStatus !== "ACTIVE" ? (
                      <span className="ml-2 text-xs font-normal text-slate-600">{t("overview.formerClient")}</span>
                    ) : null}
                  </Td>
                  <Td className="text-slate-700">{row.organization.managerName ?? t("overview.noManager")}</Td>
                  <Td>
                    <OverviewStateBadge state={row.state} />
                  </Td>
                  <Td className="text-slate-700">
                    {row.report
                      ? row.report.status === "PUBLISHED"
                        ? t("overview.publishedActivity", {
                            date: format.dateTime(row.report.publishedAt ?? row.report.updatedAt, {
                              dateStyle: "medium",
                            }),
                            acks: row.report.acknowledgements,
                            comments: row.report.comments,
                          })
                        : t("overview.updated", {
                            date: format.dateTime(row.report.updatedAt, { dateStyle: "medium" }),
                          })
                      : ""}
                  </Td>
                  <Td className="text-right">
                    {row.report ? (
                      <ButtonLink
                        size="sm"
                        prefetch={false}
                        href={
                          row.report.status === "PUBLISHED"
                            ? `/reports/${row.report.id}`
                            : `/reports/${row.report.id}/edit`
                        }
                        data-testid="open-report"
                      >
                        {t.rich(row.report.status === "PUBLISHED" ? "overview.viewFor" : "overview.continueFor", {
                          organization: row.organization.name,
                          hidden: (chunks) => <span className="sr-only">{chunks}</span>,
                        })}
                      </ButtonLink>
                    ) : (
                      <StartReportButton
                        organizationId={row.organization.id}
                        organizationName={row.organization.name}
                        period={period}
                      />
                    )}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <CardBody className="border-t border-slate-200 text-xs text-slate-600">{t("overview.footnote")}</CardBody>
        </Card>
      )}
      {optional.length > 0 ? (
        <Card className="mt-6">
          <CardHeader title={t("overview.optionalTitle")} description={t("overview.optionalDescription")} />
          <ul className="divide-y divide-slate-100" data-testid="overview-optional">
            {optional.map((row) => (
              <li
                key={row.organization.id}
                className="flex flex-wrap items-center justify-between gap-3 px-5 py-3 text-sm"
                data-testid="overview-row"
                data-org={row.organization.name}
                data-state="optional"
              >
                <span>
                  <Link
                    href={`/organizations/${row.organization.id}`}
                    prefetch={false}
                    className="font-medium hover:underline"
                  >
                    {row.organization.name}
                  </Link>
                  <span className="ml-2 text-slate-600">{row.organization.managerName ?? t("overview.noManager")}</span>
                </span>
                <StartReportButton
                  organizationId={row.organization.id}
                  organizationName={row.organization.name}
                  period={period}
                />
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
    </ClientMessages>
  );
}

function tab(active: boolean) {
  return `rounded-md px-3 py-1.5 font-medium ${active ? "bg-brand-50 text-brand-800" : "text-slate-700 hover:bg-slate-100"}`;
}
