import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CurrentDecisions } from "@/components/decisions/current-decisions";
import { YearLinks, YearTrailView } from "@/components/decisions/year-trail";
import { PageHeader } from "@/components/ui/page-header";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { readYearTrail, yearParam } from "@/lib/domain/decisions/read-year-trail";

export async function generateMetadata() {
  const t = await getTranslations("trail.staff");
  return { title: t("title") };
}

/**
 * Staff's view of one client's year: "promised vs delivered" (each item's trail and the year's counts,
 * as the client sees it on the portal) and the client's decision in force on each item.
 */
export default async function OrganizationRoadmapPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("org.read");
  const [{ id }, raw] = await Promise.all([params, searchParams]);
  const year = yearParam(raw.year);
  const data = await orNotFound(scoped(actor, (tx) => readYearTrail(tx, actor, { organizationId: id, year })));
  const t = await getTranslations("trail.staff");
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href={`/organizations/${data.organization.id}`} className="hover:underline">
            {data.organization.name}
          </Link>
        }
        title={t("title")}
        description={t("description", { organization: data.organization.name })}
      />
      <YearLinks
        years={data.years}
        year={data.year}
        href={(y) => `/organizations/${data.organization.id}/roadmap?year=${y}`}
      />
      <YearTrailView data={data} reportHref={(reportId) => `/reports/${reportId}`} />
      <CurrentDecisions data={data} />
    </>
  );
}
