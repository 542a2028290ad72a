import { getTranslations } from "next-intl/server";
import { YearLinks, YearTrailView } from "@/components/decisions/year-trail";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { readYearTrail, yearParam } from "@/lib/domain/decisions/read-year-trail";

export async function generateMetadata() {
  const t = await getTranslations("trail.portal");
  return { title: t("title") };
}

/** A client's "promised vs delivered": their organization's items of one year, each with its trail. */
export default async function PortalRoadmapPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("portal.read");
  const year = yearParam((await searchParams).year);
  const organizationId = actor.organizationId ?? "";
  const data = await orNotFound(scoped(actor, (tx) => readYearTrail(tx, actor, { organizationId, year })));
  const t = await getTranslations("trail.portal");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organization: data.organization.name, msp: data.mspName })}
      />
      <YearLinks years={data.years} year={data.year} href={(y) => `/portal/roadmap?year=${y}`} />
      <YearTrailView data={data} reportHref={(id) => `/portal/reports/${id}`} />
    </>
  );
}
