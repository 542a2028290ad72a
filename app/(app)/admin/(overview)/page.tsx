import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ModelMixBar } from "@/components/dashboard/model-mix-bar";
import { Badge, MODEL_COLORS } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { StatCard } from "@/components/ui/stat-card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { getPlatformOverview } from "@/lib/domain/dashboard/get-platform-overview";
import { MODELS } from "@/lib/vocabulary";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.overview");
  return { title: t("title") };
}

/** The platform administrator's overview of every tenant. */
export default async function PlatformOverviewPage() {
  const actor = await requirePage("platform.overview");
  const [t, tc, format] = await Promise.all([
    getTranslations("admin.overview"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const { tenants, totals } = await scoped(actor, (tx) => getPlatformOverview(tx, actor));
  const now = new Date();
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <ButtonLink href="/admin/tenants" variant="secondary">
            {t("manage")}
          </ButtonLink>
        }
      />
      <div className="mb-6 grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="platform-totals">
        <StatCard
          label={t("tenants")}
          value={format.number(totals.tenants)}
          valueTestId="total-tenants"
          detail={t("tenantsDetail", { active: totals.tenants - totals.suspended, suspended: totals.suspended })}
        />
        <StatCard
          label={t("users")}
          value={format.number(totals.users)}
          valueTestId="total-users"
          detail={t("usersDetail")}
        />
        <StatCard
          label={t("organizations")}
          value={format.number(totals.organizations)}
          valueTestId="total-organizations"
          detail={t("organizationsDetail")}
        />
        <Card as="article">
          <CardBody>
            <p className="text-sm font-medium text-slate-700">{t("clients")}</p>
            <ul className="mt-2 space-y-1 text-sm">
              {MODELS.map((m) => (
                <li key={m} className="flex items-center justify-between gap-2">
                  <span className="flex items-center gap-2">
                    <span
                      aria-hidden="true"
                      className="h-2.5 w-2.5 rounded-full"
                      style={{ backgroundColor: MODEL_COLORS[m] }}
                    />
                    {tc(`serviceModel.${m}`)}
                  </span>
                  <span className="font-semibold tabular-nums" data-testid={`total-clients-${m}`}>
                    {format.number(totals.clients[m])}
                  </span>
                </li>
              ))}
            </ul>
            <ModelMixBar counts={totals.clients} className="mt-3 h-2 w-full" />
          </CardBody>
        </Card>
      </div>
      {tenants.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyDescription")} />
      ) : (
        <Card>
          <CardHeader title={t("tableTitle")} description={t("tableDescription")} />
          <Table data-testid="overview-table" aria-describedby="activity-hint">
            <thead>
              <tr>
                <Th>{t("columns.tenant")}</Th>
                <Th>{t("columns.status")}</Th>
                <Th className="text-right">{t("columns.users")}</Th>
                <Th className="text-right">{t("columns.organizations")}</Th>
                <Th>{t("columns.clients")}</Th>
                <Th>{t("columns.lastActivity")}</Th>
              </tr>
            </thead>
            <tbody>
              {tenants.map((tenant) => {
                const active = MODELS.reduce((n, m) => n + tenant.clients[m], 0);
                return (
                  <Tr key={tenant.id} data-testid={`overview-${tenant.slug}`}>
                    <Td>
                      <Link href={`/admin/tenants/${tenant.id}`} className="font-medium text-brand-700 hover:underline">
                        {tenant.name}
                      </Link>
                      <span className="block font-mono text-xs text-slate-600">{tenant.slug}</span>
                    </Td>
                    <Td>
                      <Badge tone={tenant.status === "ACTIVE" ? "success" : "danger"}>
                        {t(`status.${tenant.status}`)}
                      </Badge>
                    </Td>
                    <Td className="text-right tabular-nums">
                      <span className="font-medium" data-testid="users">
                        {format.number(tenant.users)}
                      </span>
                      <span className="block text-xs text-slate-600">
                        {t("usersBreakdown", { staff: tenant.staff, clients: tenant.clientUsers })}
                      </span>
                    </Td>
                    <Td className="text-right tabular-nums">
                      <span className="font-medium" data-testid="organizations">
                        {format.number(tenant.organizations)}
                      </span>
                      <span className="block text-xs text-slate-600">
                        {t("orgsBreakdown", { prospects: tenant.prospects, former: tenant.former })}
                      </span>
                    </Td>
                    <Td className="min-w-56">
                      {active === 0 ? (
                        <span className="text-sm text-slate-600">{t("noActiveClients")}</span>
                      ) : (
                        <>
                          <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs">
                            {MODELS.map((m) => (
                              <li key={m} className="flex items-center gap-1" data-testid={`clients-${m}`}>
                                <span
                                  aria-hidden="true"
                                  className="h-2 w-2 rounded-full"
                                  style={{ backgroundColor: MODEL_COLORS[m] }}
                                />
                                {t("modelCount", { model: tc(`serviceModel.${m}`), count: tenant.clients[m] })}
                              </li>
                            ))}
                          </ul>
                          <ModelMixBar counts={tenant.clients} className="mt-1.5 h-1.5 w-full" />
                        </>
                      )}
                    </Td>
                    <Td className="whitespace-nowrap">
                      {tenant.lastActivity ? (
                        <time
                          dateTime={tenant.lastActivity}
                          title={format.dateTime(new Date(tenant.lastActivity), {
                            dateStyle: "medium",
                            timeStyle: "short",
                          })}
                        >
                          {format.relativeTime(new Date(tenant.lastActivity), now)}
                        </time>
                      ) : (
                        <span className="text-slate-600">{t("noActivity")}</span>
                      )}
                    </Td>
                  </Tr>
                );
              })}
            </tbody>
          </Table>
          <p id="activity-hint" className="border-t border-slate-200 px-5 py-3 text-xs text-slate-600">
            {t("activityHint")}
          </p>
        </Card>
      )}
    </>
  );
}
