import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField, TextField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { listTenants } from "@/lib/domain/tenants/list-tenants";
import {
  listTenantsQuery,
  TENANT_STATUSES,
  TENANTS_PAGE_SIZE,
  type ListTenantsQuery,
} from "@/lib/domain/tenants/schemas";

export async function generateMetadata() {
  const t = await getTranslations("admin.tenants");
  return { title: t("title") };
}

function href(query: ListTenantsQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set("q", query.q);
  if (query.status) params.set("status", query.status);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/admin/tenants?${s}` : "/admin/tenants";
}

export default async function TenantsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("tenant.list");
  const raw = await searchParams;
  const query = listTenantsQuery.parse({ q: raw.q, status: raw.status, page: raw.page });
  const [t, tc, format] = await Promise.all([
    getTranslations("admin.tenants"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const list = await scoped(actor, (tx) => listTenants(tx, actor, query));
  const filtered = !!(query.q || query.status);
  const newButton = (
    <ButtonLink href="/admin/tenants/new" variant="primary" data-testid="new-tenant">
      {t("new")}
    </ButtonLink>
  );
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} actions={newButton} />
      <form
        method="get"
        data-search-form="tenants"
        action="/admin/tenants"
        role="search"
        className="mb-4 flex flex-wrap items-end gap-3"
        data-testid="tenant-filters"
      >
        <TextField
          className="min-w-56 flex-1"
          label={t("searchLabel")}
          name="q"
          type="search"
          defaultValue={query.q ?? ""}
          maxLength={100}
        />
        <SelectField
          label={t("statusLabel")}
          name="status"
          defaultValue={query.status ?? ""}
          placeholder={t("allStatuses")}
          options={TENANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Button type="submit" variant="secondary">
          {tc("search")}
        </Button>
        {filtered ? (
          <ButtonLink href="/admin/tenants" variant="ghost">
            {t("clear")}
          </ButtonLink>
        ) : null}
      </form>
      {list.total === 0 ? (
        filtered ? (
          <EmptyState title={t("noMatch")} action={<ButtonLink href="/admin/tenants">{t("clear")}</ButtonLink>} />
        ) : (
          <EmptyState title={t("empty")} description={t("emptyDescription")} action={newButton} />
        )
      ) : (
        <Card>
          <Table data-testid="tenants-table">
            <thead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.slug")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th className="text-right">{t("columns.members")}</Th>
                <Th className="text-right">{t("columns.organizations")}</Th>
                <Th>{t("columns.created")}</Th>
              </tr>
            </thead>
            <tbody>
              {list.tenants.map((tenant) => (
                <Tr key={tenant.id} data-testid="tenant-row" data-slug={tenant.slug}>
                  <Td>
                    <Link href={`/admin/tenants/${tenant.id}`} className="font-medium text-brand-800 hover:underline">
                      {tenant.name}
                    </Link>
                  </Td>
                  <Td className="font-mono text-xs">{tenant.slug}</Td>
                  <Td>
                    <Badge tone={tenant.status === "ACTIVE" ? "success" : "danger"}>
                      {t(`status.${tenant.status}`)}
                    </Badge>
                  </Td>
                  <Td className="text-right tabular-nums">{format.number(tenant.members)}</Td>
                  <Td className="text-right tabular-nums">{format.number(tenant.organizations)}</Td>
                  <Td className="whitespace-nowrap">{format.dateTime(tenant.createdAt, { dateStyle: "medium" })}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager
            label={t("pages")}
            page={list.page}
            pages={list.pages}
            total={list.total}
            pageSize={TENANTS_PAGE_SIZE}
            hrefFor={(page) => href(query, page)}
          />
        </Card>
      )}
    </>
  );
}
