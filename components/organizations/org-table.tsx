import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge, ModelBadge } from "@/components/ui/badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { listHref } from "@/components/organizations/list-href";
import type { OrgListRow } from "@/lib/domain/organizations/list-organizations";
import type { OrgListQuery, OrgSort } from "@/lib/domain/organizations/schemas";
import { LifecycleBadge } from "@/components/organizations/lifecycle-badge";

function SortHeader({
  query,
  sort,
  children,
  className,
}: {
  query: OrgListQuery;
  sort: OrgSort;
  children: React.ReactNode;
  className?: string;
}) {
  const t = useTranslations("orgs.list");
  const active = query.sort === sort;
  const nextDir = active ? (query.dir === "asc" ? "desc" : "asc") : sort === "updated" ? "desc" : "asc";
  return (
    <Th className={className} aria-sort={active ? (query.dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link
        href={listHref(query, { sort, dir: nextDir, page: 1 })}
        className="inline-flex items-center gap-1 hover:text-slate-900"
      >
        {children}
        <span aria-hidden="true">{active ? (query.dir === "asc" ? "▲" : "▼") : ""}</span>
        <span className="sr-only">{t("sortToggle")}</span>
      </Link>
    </Th>
  );
}

export function OrgTable({
  rows,
  query,
  managers,
}: {
  rows: OrgListRow[];
  query: OrgListQuery;
  managers: Map<string, string>;
}) {
  const t = useTranslations("orgs.list");
  const tc = useTranslations("common");
  const format = useFormatter();
  return (
    <Table data-testid="org-table">
      <caption className="sr-only">{t("caption")}</caption>
      <thead>
        <tr>
          <SortHeader query={query} sort="name">
            {t("columns.name")}
          </SortHeader>
          <SortHeader query={query} sort="model">
            {t("columns.model")}
          </SortHeader>
          <SortHeader query={query} sort="status">
            {t("columns.status")}
          </SortHeader>
          <SortHeader query={query} sort="headcount" className="text-right">
            {t("columns.headcount")}
          </SortHeader>
          <Th>{t("columns.manager")}</Th>
          <Th>{t("columns.latest")}</Th>
          <SortHeader query={query} sort="updated">
            {t("columns.updated")}
          </SortHeader>
        </tr>
      </thead>
      <tbody>
        {rows.map((org) => (
          <Tr key={org.id}>
            <Td>
              <Link href={`/organizations/${org.id}`} className="font-medium text-brand-700 hover:underline">
                {org.name}
              </Link>
              {org.industry ? <div className="text-xs text-slate-600">{org.industry}</div> : null}
            </Td>
            <Td>
              <div className="flex flex-wrap items-center gap-1">
                <ModelBadge model={org.currentModel} label={tc(`serviceModel.${org.currentModel}`)} />
                {org.targetModel && org.targetModel !== org.currentModel ? (
                  <span className="text-xs text-slate-600">
                    {t("target", { model: tc(`serviceModel.${org.targetModel}`) })}
                  </span>
                ) : null}
              </div>
            </Td>
            <Td>
              <LifecycleBadge status={org.lifecycleStatus} />
            </Td>
            <Td className="text-right tabular-nums">{format.number(org.headcount)}</Td>
            <Td>
              {org.accountManagerId ? (
                (managers.get(org.accountManagerId) ?? t("formerStaff"))
              ) : (
                <span className="text-slate-600">{t("unassigned")}</span>
              )}
            </Td>
            <Td>
              {org.latest ? (
                <Link
                  href={`/organizations/${org.id}/assessments/${org.latest.assessmentId}`}
                  className="inline-flex flex-col items-start gap-0.5 hover:underline"
                >
                  <ModelBadge
                    model={org.latest.recommendation}
                    label={tc(`serviceModel.${org.latest.recommendation}`)}
                  />
                  <span className="text-xs text-slate-600">
                    {format.dateTime(org.latest.finalizedAt, { dateStyle: "medium" })}
                  </span>
                </Link>
              ) : (
                <Badge>{t("notAssessed")}</Badge>
              )}
            </Td>
            <Td className="whitespace-nowrap text-slate-600">
              {format.dateTime(org.updatedAt, { dateStyle: "medium" })}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
