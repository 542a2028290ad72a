import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";

export default async function TenantsPage() {
  const actor = await requirePage("tenant.list");
  const t = await getTranslations("home");
  const tenants = await scoped(actor, (tx) =>
    tx.tenant.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, slug: true, status: true } }),
  );
  return (
    <>
      <PageHeader title={t("tenantsTitle")} />
      {tenants.length === 0 ? (
        <EmptyState title={t("tenantsTitle")} description={t("tenantsEmpty")} />
      ) : (
        <Card>
          <Table data-testid="tenants-table">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Slug</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((tenant) => (
                <Tr key={tenant.id}>
                  <Td>{tenant.name}</Td>
                  <Td>{tenant.slug}</Td>
                  <Td>{tenant.status}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
