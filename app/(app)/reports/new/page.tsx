import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { NewReportForm } from "@/components/reports/new-report-form";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { listReportableOrganizations } from "@/lib/domain/reports/list-reportable-organizations";
import { currentPeriod, isPeriod, latestAllowedPeriod } from "@/lib/reports/period";

export async function generateMetadata() {
  const t = await getTranslations("reports.new");
  return { title: t("title") };
}

export default async function NewReportPage({
  searchParams,
}: {
  searchParams: Promise<{ organizationId?: string; period?: string }>;
}) {
  const actor = await requirePage("report.create");
  const [t, sp] = await Promise.all([getTranslations("reports"), searchParams]);
  const organizations = await scoped(actor, (tx) => listReportableOrganizations(tx, actor));
  const max = latestAllowedPeriod();
  const period = isPeriod(sp.period) && sp.period <= max ? sp.period : currentPeriod();
  const organizationId = organizations.some((o) => o.id === sp.organizationId) ? (sp.organizationId as string) : "";
  return (
    <ClientMessages namespaces={["reports.new"]}>
      <PageHeader
        eyebrow={
          <Link href="/reports" className="hover:underline">
            {t("title")}
          </Link>
        }
        title={t("new.title")}
        description={t("new.description")}
      />
      {organizations.length === 0 ? (
        <EmptyState title={t("overview.noClients")} description={t("overview.noClientsHint")} />
      ) : (
        <Card>
          <CardBody>
            <NewReportForm
              organizations={organizations}
              defaultOrganizationId={organizationId}
              defaultPeriod={period}
              maxPeriod={max}
            />
          </CardBody>
        </Card>
      )}
    </ClientMessages>
  );
}
