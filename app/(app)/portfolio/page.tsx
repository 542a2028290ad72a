import { getTranslations } from "next-intl/server";
import { Card, CardBody } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";

export default async function PortfolioPage() {
  const actor = await requirePage("dashboard.read");
  const [t, tc] = await Promise.all([getTranslations("home"), getTranslations("common")]);
  const counts = await scoped(actor, (tx) =>
    tx.clientOrganization.groupBy({
      by: ["currentModel"],
      where: { tenantId: actor.tenantId ?? "", lifecycleStatus: "ACTIVE" },
      _count: { _all: true },
    }),
  );
  const total = counts.reduce((n, c) => n + c._count._all, 0);
  return (
    <>
      <PageHeader title={t("portfolioTitle")} description={actor.tenantName} />
      {total === 0 ? (
        <EmptyState title={t("portfolioTitle")} description={t("portfolioEmpty")} />
      ) : (
        <div className="grid gap-4 sm:grid-cols-3" data-testid="model-counts">
          {(["BREAK_FIX", "HYBRID", "MANAGED"] as const).map((model) => (
            <Card key={model}>
              <CardBody>
                <p className="text-sm text-slate-600">{tc(`serviceModel.${model}`)}</p>
                <p className="mt-1 text-3xl font-semibold">{counts.find((c) => c.currentModel === model)?._count._all ?? 0}</p>
              </CardBody>
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
