import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ImportOrganizations } from "@/components/organizations/import-organizations";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { OrgFilters } from "@/components/organizations/org-filters";
import { OrgTable } from "@/components/organizations/org-table";
import { listHref } from "@/components/organizations/list-href";
import { Pager } from "@/components/ui/pager";
import { requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { listOrganizations } from "@/lib/domain/organizations/list-organizations";
import { listStaff } from "@/lib/domain/organizations/list-staff";
import { parseOrgListQuery } from "@/lib/domain/organizations/schemas";

export async function generateMetadata() {
  const t = await getTranslations("orgs.list");
  return { title: t("title") };
}

export default async function OrganizationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("org.read");
  const query = parseOrgListQuery(await searchParams);
  const [t, tImport] = await Promise.all([getTranslations("orgs.list"), getTranslations("orgs.import")]);
  const { list, staff } = await scoped(actor, async (tx) => ({
    list: await listOrganizations(tx, actor, query),
    staff: await listStaff(tx, actor),
  }));
  const managers = new Map(staff.map((s) => [s.userId, s.name]));
  const filtered = !!(query.q || query.model || query.status || query.manager);
  const newButton = can(actor.role, "org.create") ? (
    <ButtonLink href="/organizations/new" variant="primary" data-testid="new-organization">
      {t("new")}
    </ButtonLink>
  ) : null;
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newButton} />
      {can(actor.role, "org.create") ? (
        <ClientMessages namespaces={["orgs.import", "imports"]}>
          <details
            className="mb-6 rounded-md border border-slate-200 bg-white p-4"
            data-testid="organization-import-details"
          >
            <summary className="cursor-pointer text-sm font-semibold text-slate-900">{tImport("open")}</summary>
            <div className="mt-4">
              <ImportOrganizations />
            </div>
          </details>
        </ClientMessages>
      ) : null}
      <OrgFilters query={query} staff={staff} currentUserId={actor.userId} />
      {list.total === 0 ? (
        filtered ? (
          <EmptyState
            title={t("noMatchTitle")}
            description={t("noMatchBody")}
            action={<ButtonLink href="/organizations">{t("clear")}</ButtonLink>}
          />
        ) : (
          <EmptyState title={t("emptyTitle")} description={t("emptyBody")} action={newButton} />
        )
      ) : (
        <Card>
          <OrgTable rows={list.rows} query={{ ...query, page: list.page }} managers={managers} />
          <Pager
            label={t("paginationLabel")}
            page={list.page}
            pages={list.pages}
            total={list.total}
            pageSize={list.pageSize}
            hrefFor={(page) => listHref(query, { page })}
          />
        </Card>
      )}
    </>
  );
}
