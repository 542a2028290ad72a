import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { STEP_OUTCOME } from "@/lib/decisions/trail";
import type { YearTrail } from "@/lib/domain/decisions/read-year-trail";
import { formatPeriod } from "@/lib/reports/format";

const TONE = { approved: "success", deferred: "warning", declined: "danger" } as const;

/**
 * Staff's view of a client's decisions: the decision in force on each item of the year's published
 * reviews (outcome, deferred month, who signed, when) and the review it was made on. Read from the
 * same year trail as the timeline (no second query).
 */
export async function CurrentDecisions({
  data,
  moreHref,
  className = "mt-6",
}: {
  data: YearTrail;
  /** Where the whole trail is (the organization page links to its roadmap page). */
  moreHref?: string;
  className?: string;
}) {
  const [t, td, format] = await Promise.all([
    getTranslations("trail.decisions"),
    getTranslations("decisions"),
    getFormatter(),
  ]);
  const year = String(data.year);
  const decided = data.items.filter((item) => item.decision !== null);
  return (
    <Card className={className}>
      <CardHeader
        id="current-decisions-heading"
        title={t("title")}
        description={t("description", { year, organization: data.organization.name })}
        actions={
          moreHref ? (
            <Link
              href={moreHref}
              prefetch={false}
              className="text-sm font-medium text-brand-700 hover:underline"
              data-testid="current-decisions-trail"
            >
              {t("trailLink")}
            </Link>
          ) : null
        }
      />
      {decided.length === 0 ? (
        <CardBody>
          <p className="text-sm italic text-slate-600" data-testid="current-decisions-empty">
            {t("none", { year })}
          </p>
        </CardBody>
      ) : (
        <Table aria-labelledby="current-decisions-heading" data-testid="current-decisions">
          <thead>
            <tr>
              <Th>{t("item")}</Th>
              <Th>{t("outcome")}</Th>
              <Th>{t("by")}</Th>
              <Th>{t("date")}</Th>
              <Th>{t("review")}</Th>
            </tr>
          </thead>
          <tbody>
            {decided.map((item) => {
              const d = item.decision!;
              return (
                <Tr
                  key={`${item.itemKind}:${item.itemId}`}
                  data-testid="current-decision-row"
                  data-item-id={item.itemId}
                >
                  <Td>
                    <span className="block font-medium text-slate-900">{item.title}</span>
                    <span className="text-xs text-slate-600">{td(`kind.${item.itemKind}`)}</span>
                  </Td>
                  <Td>
                    <Badge tone={TONE[d.kind]}>
                      {d.deferredTo
                        ? t("deferredTo", { month: formatPeriod(format, d.deferredTo) })
                        : td(`outcome.${STEP_OUTCOME[d.kind]}`)}
                    </Badge>
                  </Td>
                  <Td>{d.signature}</Td>
                  <Td>
                    <time dateTime={d.at.toISOString()}>
                      {format.dateTime(d.at, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  </Td>
                  <Td>
                    {d.period ? (
                      <Link
                        href={`/reports/${d.reportId}`}
                        prefetch={false}
                        className="font-medium text-brand-700 hover:underline"
                      >
                        {t("reviewLink", { month: formatPeriod(format, d.period) })}
                      </Link>
                    ) : null}
                  </Td>
                </Tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
