import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeleteInterventionButton } from "@/components/interventions/delete-intervention-button";
import { ImportInterventions } from "@/components/interventions/import-interventions";
import { InterventionForm } from "@/components/interventions/intervention-form";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { InterventionFilters } from "@/lib/domain/interventions/schemas";
import type { listInterventions } from "@/lib/domain/interventions/list-interventions";
import { isoDay } from "@/lib/domain/organizations/today";
import { DETECTIONS } from "@/lib/vocabulary";
import { interventionHourlyRate } from "@/lib/interventions/amount";

type Log = Awaited<ReturnType<typeof listInterventions>>;

/** The search params of the current filters, without the page cursor. */
function filterParams(filters: InterventionFilters): Record<string, string> {
  const out: Record<string, string> = {};
  if (filters.from) out.from = isoDay(filters.from);
  if (filters.to) out.to = isoDay(filters.to);
  if (filters.category) out.category = filters.category;
  if (filters.detection) out.detection = filters.detection;
  if (filters.recurring) out.recurring = filters.recurring;
  return out;
}

/**
 * An organization's interventions log: the quick-add form (staff who may add), filters kept in
 * the URL (a GET form, works before JavaScript), the totals of what the filters match, and the
 * entries newest first, 25 at a time.
 */
export async function InterventionsSection({
  orgId,
  log,
  filters,
  canAdd,
  canDelete,
  today,
}: {
  orgId: string;
  log: Log;
  filters: InterventionFilters;
  canAdd: boolean;
  canDelete: boolean;
  today: Date;
}) {
  const [t, tc, format] = await Promise.all([
    getTranslations("interventions"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const money = (n: number) => format.number(n, { style: "currency", currency: log.tenant.currency });
  const base = `/organizations/${orgId}`;
  const params = filterParams(filters);
  const filtered = Object.keys(params).length > 0;
  const olderHref = log.nextBefore
    ? `${base}?${new URLSearchParams({ ...params, before: log.nextBefore })}#interventions`
    : null;
  return (
    <ClientMessages namespaces={["interventions", "imports"]}>
      <div className="mt-6" data-testid="interventions">
        <Card>
          <CardHeader id="interventions" title={t("title")} description={t("description")} />
          <CardBody className="space-y-6">
            {canAdd ? (
              <section aria-labelledby="intervention-add-heading" className="space-y-3">
                <h3 id="intervention-add-heading" className="text-sm font-semibold text-slate-900">
                  {t("add.heading")}
                </h3>
                <InterventionForm
                  organizationId={orgId}
                  today={isoDay(today)}
                  currency={log.tenant.currency}
                  rate={money(interventionHourlyRate(log.tenant.hourlyRate))}
                  categories={log.categories}
                />
              </section>
            ) : null}

            {canAdd ? (
              <details className="group border-t border-slate-200 pt-4" data-testid="intervention-import-details">
                <summary className="cursor-pointer text-sm font-semibold text-slate-900">{t("import.heading")}</summary>
                <div className="mt-3">
                  <ImportInterventions organizationId={orgId} />
                </div>
              </details>
            ) : null}

            <form
              method="get"
              data-search-form="interventions"
              action={`${base}#interventions`}
              aria-label={t("filters.label")}
              className="grid items-end gap-3 border-t border-slate-200 pt-4 sm:grid-cols-2 lg:grid-cols-6"
              data-testid="intervention-filters"
            >
              <TextField label={t("filters.from")} name="from" type="date" defaultValue={params.from ?? ""} />
              <TextField label={t("filters.to")} name="to" type="date" defaultValue={params.to ?? ""} />
              <SelectField
                label={t("filters.category")}
                name="category"
                defaultValue={filters.category ?? ""}
                placeholder={t("filters.allCategories")}
                options={log.categories.map((c) => ({ value: c, label: c }))}
              />
              <SelectField
                label={t("filters.detection")}
                name="detection"
                defaultValue={filters.detection ?? ""}
                placeholder={t("filters.allDetections")}
                options={DETECTIONS.map((d) => ({ value: d, label: t(`detections.${d}`) }))}
              />
              <CheckboxField
                label={t("filters.recurring")}
                name="recurring"
                value="yes"
                defaultChecked={!!filters.recurring}
                className="pb-2"
              />
              <div className="flex gap-2">
                <Button type="submit" variant="secondary">
                  {tc("filter")}
                </Button>
                {filtered ? (
                  <ButtonLink href={`${base}#interventions`} variant="ghost">
                    {tc("clearFilters")}
                  </ButtonLink>
                ) : null}
              </div>
            </form>

            {log.totals.count === 0 ? (
              <EmptyState
                title={filtered ? t("list.noMatch") : t("list.empty")}
                description={filtered ? undefined : t("list.emptyDescription")}
              />
            ) : (
              <div className="space-y-3">
                <p className="text-sm text-slate-800" data-testid="intervention-totals">
                  <span className="font-medium">
                    {t("list.totals", {
                      count: log.totals.count,
                      hours: log.totals.hours,
                      amount: money(log.totals.amount),
                    })}
                  </span>
                  <span className="block text-xs text-slate-600">{t("list.totalsSource")}</span>
                </p>
                <Table data-testid="intervention-list">
                  <thead>
                    <tr>
                      <Th>{t("list.date")}</Th>
                      <Th>{t("list.what")}</Th>
                      <Th className="text-right">{t("list.hours")}</Th>
                      <Th className="text-right">{t("list.amount")}</Th>
                      <Th>{t("list.detection")}</Th>
                      <Th className="text-right">{t("list.people")}</Th>
                      {canDelete ? (
                        <Th>
                          <span className="sr-only">{tc("actions")}</span>
                        </Th>
                      ) : null}
                    </tr>
                  </thead>
                  <tbody>
                    {log.rows.map((r) => (
                      <Tr key={r.id} data-testid="intervention">
                        <Td className="whitespace-nowrap">
                          <time dateTime={isoDay(r.occurredOn)}>
                            {format.dateTime(r.occurredOn, { dateStyle: "medium", timeZone: "UTC" })}
                          </time>
                        </Td>
                        <Td>
                          <span className="block font-medium">{r.category}</span>
                          <span className="block text-xs text-slate-600">
                            {r.sourceSystem
                              ? t("list.kindFrom", {
                                  kind: t(`kinds.${r.kind}`),
                                  system: r.sourceSystem,
                                  id: r.externalId ?? "",
                                })
                              : t(`kinds.${r.kind}`)}
                          </span>
                          {r.recurringCause ? (
                            <Badge tone="warning" className="mt-1">
                              {t("list.recurring")}
                            </Badge>
                          ) : null}
                          {r.note ? (
                            <span className="mt-1 block whitespace-pre-line text-xs text-slate-700">{r.note}</span>
                          ) : null}
                        </Td>
                        <Td className="text-right tabular-nums">{format.number(r.hours)}</Td>
                        <Td className="text-right tabular-nums">
                          <span className="block">{money(r.amount)}</span>
                          <span className="block text-xs text-slate-600">
                            {r.amountSource === "HOURLY_RATE" && r.hourlyRate !== null
                              ? t("list.computed", { rate: money(r.hourlyRate) })
                              : t("list.billed")}
                          </span>
                        </Td>
                        <Td className="text-xs">{t(`detections.${r.detection}`)}</Td>
                        <Td className="text-right tabular-nums">{format.number(r.peopleAffected)}</Td>
                        {canDelete ? (
                          <Td>
                            <DeleteInterventionButton id={r.id} />
                          </Td>
                        ) : null}
                      </Tr>
                    ))}
                  </tbody>
                </Table>
                <nav aria-label={t("title")} className="flex justify-between gap-3 text-sm">
                  {filters.before ? (
                    <ButtonLink
                      size="sm"
                      href={`${base}${filtered ? `?${new URLSearchParams(params)}` : ""}#interventions`}
                    >
                      {t("list.newest")}
                    </ButtonLink>
                  ) : (
                    <span />
                  )}
                  {olderHref ? (
                    <ButtonLink size="sm" href={olderHref}>
                      {t("list.older")}
                    </ButtonLink>
                  ) : null}
                </nav>
              </div>
            )}
          </CardBody>
        </Card>
      </div>
    </ClientMessages>
  );
}
