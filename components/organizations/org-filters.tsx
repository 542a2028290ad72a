import Form from "next/form";
import { useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import Link from "next/link";
import { ORG_SORTS, type OrgListQuery } from "@/lib/domain/organizations/schemas";
import type { StaffMember } from "@/lib/domain/organizations/list-staff";
import { LIFECYCLES, MODELS } from "@/lib/vocabulary";

/**
 * Search, filters and sort as a GET form: the URL holds the whole state (shareable, back button,
 * works without JavaScript); submitting starts again from page 1.
 */
export function OrgFilters({
  query,
  staff,
  currentUserId,
}: {
  query: OrgListQuery;
  staff: StaffMember[];
  currentUserId: string;
}) {
  const t = useTranslations("orgs.list");
  const tc = useTranslations("common");
  const filtered = !!(query.q || query.model || query.status || query.manager);
  return (
    <Form
      action="/organizations"
      data-search-form="organizations"
      className="no-print mb-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
      role="search"
      aria-label={t("filtersLabel")}
    >
      <div className="grid gap-3 md:grid-cols-2 lg:grid-cols-6">
        <TextField
          className="lg:col-span-2"
          label={t("search")}
          name="q"
          type="search"
          defaultValue={query.q}
          placeholder={t("searchPlaceholder")}
          maxLength={100}
        />
        <SelectField
          label={t("model")}
          name="model"
          defaultValue={query.model ?? ""}
          placeholder={t("any")}
          options={MODELS.map((m) => ({ value: m, label: tc(`serviceModel.${m}`) }))}
        />
        <SelectField
          label={t("status")}
          name="status"
          defaultValue={query.status ?? ""}
          placeholder={t("any")}
          options={LIFECYCLES.map((s) => ({ value: s, label: tc(`lifecycle.${s}`) }))}
        />
        <SelectField
          label={t("manager")}
          name="manager"
          defaultValue={query.manager ?? ""}
          placeholder={t("any")}
          options={[
            ...staff.map((s) => ({
              value: s.userId,
              label: s.userId === currentUserId ? t("me", { name: s.name }) : s.name,
            })),
            { value: "none", label: t("unassigned") },
          ]}
        />
        <SelectField
          label={t("sort")}
          name="sort"
          defaultValue={query.sort}
          options={ORG_SORTS.map((s) => ({ value: s, label: t(`sortBy.${s}`) }))}
        />
      </div>
      <div className="mt-3 flex flex-wrap items-end justify-between gap-3">
        <fieldset className="flex items-center gap-4 text-sm">
          <legend className="sr-only">{t("direction")}</legend>
          {(["asc", "desc"] as const).map((dir) => (
            <label key={dir} className="flex items-center gap-1.5">
              <input type="radio" name="dir" value={dir} defaultChecked={query.dir === dir} className="h-4 w-4" />
              {t(`dir.${dir}`)}
            </label>
          ))}
        </fieldset>
        <div className="flex gap-2">
          {filtered ? (
            <Link href="/organizations" className={buttonClass("ghost")}>
              {tc("clearFilters")}
            </Link>
          ) : null}
          <button type="submit" className={buttonClass("primary")} data-testid="apply-filters">
            {t("apply")}
          </button>
        </div>
      </div>
    </Form>
  );
}
