import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { ReportStatusBadge } from "@/components/reports/status-badge";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { listReportableOrganizations } from "@/lib/domain/reports/list-reportable-organizations";
import { listReports, REPORT_PAGE_SIZE } from "@/lib/domain/reports/list-reports";
import { reportListQuery } from "@/lib/domain/reports/schemas";
import { formatPeriod } from "@/lib/reports/format";
import { REPORT_STATUSES } from "@/lib/vocabulary";

export async function generateMetadata() {
  const t = await getTranslations("reports.list");
  return { title: t("title") };
}

/** Every report of the tenant, filtered by status and organization, newest month first. */
export default async function AllReportsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("report.read");
  const [t, tc, format, sp] = await Promise.all([
    getTranslations("reports"),
    getTranslations("common"),
    getFormatter(),
    searchParams,
  ]);
  const query = reportListQuery.parse(Object.fromEntries(Object.entries(sp).filter(([, v]) => typeof v === "string")));
  const [list, organizations] = await scoped(actor, (tx) =>
    Promise.all([listReports(tx, actor, query), listReportableOrganizations(tx, actor)]),
  );
  const filtered = !!(query.status || query.organizationId);
  const pageHref = (page: number) => {
    const p = new URLSearchParams();
    if (query.status) p.set("status", query.status);
    if (query.organizationId) p.set("organizationId", query.organizationId);
    p.set("page", String(page));
    return `/reports/all?${p.toString()}`;
  };

  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/reports" className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("list.title")}
        actions={
          <ButtonLink href="/reports/new" variant="primary">
            {t("overview.newReport")}
          </ButtonLink>
        }
      />
      <form
        method="get"
        data-search-form="reports"
        className="mb-4 flex flex-wrap items-end gap-3"
        aria-label={tc("filter")}
      >
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t("list.status")}</span>
          <select
            name="status"
            defaultValue={query.status ?? ""}
            className="h-10 rounded-md border border-slate-300 bg-white px-3 text-sm"
          >
            <option value="">{t("list.anyStatus")}</option>
            {REPORT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="mb-1 block font-medium text-slate-800">{t("list.organization")}</span>
          <select
            name="organizationId"
            defaultValue={query.organizationId ?? ""}
            className="h-10 max-w-xs rounded-md border border-slate-300 bg-white px-3 text-sm"
          >
            <option value="">{t("list.anyOrganization")}</option>
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClass("secondary")}>
          {tc("filter")}
        </button>
        {filtered ? (
          <Link href="/reports/all" className="text-sm font-medium text-brand-700 hover:underline">
            {tc("clearFilters")}
          </Link>
        ) : null}
      </form>

      {list.total === 0 ? (
        <EmptyState
          title={filtered ? t("list.noMatch") : t("list.empty")}
          description={filtered ? undefined : t("list.emptyHint")}
          action={
            filtered ? (
              <ButtonLink href="/reports/all">{tc("clearFilters")}</ButtonLink>
            ) : (
              <ButtonLink href="/reports/new" variant="primary">
                {t("overview.newReport")}
              </ButtonLink>
            )
          }
        />
      ) : (
        <Card>
          <Table data-testid="report-list">
            <thead>
              <tr>
                <Th>{t("list.month")}</Th>
                <Th>{t("list.organization")}</Th>
                <Th>{t("list.status")}</Th>
                <Th className="text-right">{t("list.acknowledgements")}</Th>
                <Th className="text-right">{t("list.comments")}</Th>
                <Th>{t("list.updated")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((r) => (
                <Tr key={r.id}>
                  <Td className="whitespace-nowrap font-medium">
                    <Link href={`/reports/${r.id}`} prefetch={false} className="text-brand-700 hover:underline">
                      {formatPeriod(format, r.period)}
                    </Link>
                  </Td>
                  <Td>{r.organization.name}</Td>
                  <Td>
                    <ReportStatusBadge status={r.status} />
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(r.acknowledgements)}</Td>
                  <Td className="text-right tabular-nums">{format.number(r.comments)}</Td>
                  <Td className="whitespace-nowrap text-slate-700">
                    {format.dateTime(r.updatedAt, { dateStyle: "medium" })}
                  </Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager
            label={t("list.pages")}
            page={list.page}
            pages={list.pages}
            total={list.total}
            pageSize={REPORT_PAGE_SIZE}
            hrefFor={pageHref}
          />
        </Card>
      )}
    </>
  );
}
