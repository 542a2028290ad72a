import Link from "next/link";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { listHref } from "@/components/organizations/list-href";
import type { OrgListQuery } from "@/lib/domain/organizations/schemas";

export function Pagination({
  query,
  page,
  pages,
  total,
  pageSize,
}: {
  query: OrgListQuery;
  page: number;
  pages: number;
  total: number;
  pageSize: number;
}) {
  const tc = useTranslations("common");
  const t = useTranslations("orgs.list");
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav
      aria-label={t("paginationLabel")}
      className="no-print flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm"
    >
      <p className="text-slate-600" data-testid="pagination-summary">
        {tc("pagination", { from, to, total })}
      </p>
      <div className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={listHref(query, { page: page - 1 })} className={buttonClass("secondary", "sm")} rel="prev">
            {tc("previous")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")} aria-disabled="true">
            {tc("previous")}
          </span>
        )}
        <span className="text-slate-600">{tc("page", { page, pages })}</span>
        {page < pages ? (
          <Link href={listHref(query, { page: page + 1 })} className={buttonClass("secondary", "sm")} rel="next">
            {tc("next")}
          </Link>
        ) : (
          <span className={buttonClass("secondary", "sm", "pointer-events-none opacity-50")} aria-disabled="true">
            {tc("next")}
          </span>
        )}
      </div>
    </nav>
  );
}
