import { getFormatter, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";

export default async function PortalPage() {
  const actor = await requirePage("portal.read");
  const [t, format] = await Promise.all([getTranslations("home"), getFormatter()]);
  const { organization, reports } = await scoped(actor, async (tx) => ({
    organization: await tx.clientOrganization.findFirst({
      where: { tenantId: actor.tenantId ?? "", id: actor.organizationId ?? "" },
      select: { name: true },
    }),
    reports: await tx.steeringReport.findMany({
      where: { tenantId: actor.tenantId ?? "", organizationId: actor.organizationId ?? "", status: "PUBLISHED" },
      orderBy: { period: "desc" },
      select: { id: true, period: true, publishedAt: true },
    }),
  }));
  return (
    <>
      <PageHeader title={t("portalTitle")} description={organization?.name} />
      {reports.length === 0 ? (
        <EmptyState title={t("portalTitle")} description={t("portalEmpty")} />
      ) : (
        <Card>
          <ul className="divide-y divide-slate-100" data-testid="portal-reports">
            {reports.map((r) => (
              <li key={r.id} className="px-5 py-3 text-sm">
                {format.dateTime(new Date(`${r.period}-01T00:00:00Z`), { year: "numeric", month: "long" })}
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
