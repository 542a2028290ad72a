import { useTranslations } from "next-intl";
import { ButtonLink, buttonClass } from "@/components/ui/button";

/**
 * The one pager of every paged list (organizations, audit trail, tenants, reports): "21–40 of
 * 95", previous / page x of y / next as plain links (they work before JavaScript loads), the
 * unavailable direction shown disabled. `hrefFor` builds a page's URL with the list's filters.
 */
export function Pager({
  label,
  page,
  pages,
  total,
  pageSize,
  hrefFor,
}: {
  label: string;
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  hrefFor: (page: number) => string;
}) {
  const tc = useTranslations("common");
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  const disabled = buttonClass("secondary", "sm", "pointer-events-none opacity-50");
  return (
    <nav
      aria-label={label}
      className="no-print flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm"
    >
      <p className="text-slate-600" data-testid="pagination-summary">
        {tc("pagination", { from, to, total })}
      </p>
      {pages > 1 ? (
        <div className="flex items-center gap-2">
          {page > 1 ? (
            <ButtonLink href={hrefFor(page - 1)} size="sm" rel="prev">
              {tc("previous")}
            </ButtonLink>
          ) : (
            <span className={disabled} aria-disabled="true">
              {tc("previous")}
            </span>
          )}
          <span className="text-slate-600">{tc("page", { page, pages })}</span>
          {page < pages ? (
            <ButtonLink href={hrefFor(page + 1)} size="sm" rel="next">
              {tc("next")}
            </ButtonLink>
          ) : (
            <span className={disabled} aria-disabled="true">
              {tc("next")}
            </span>
          )}
        </div>
      ) : null}
    </nav>
  );
}
