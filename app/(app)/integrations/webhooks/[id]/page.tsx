import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RedeliverButton } from "@/components/integrations/redeliver-button";
import { WebhookSettings } from "@/components/integrations/webhook-settings";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { orNotFound, requirePage, scoped } from "@/lib/access/page";
import { getWebhookEndpoint } from "@/lib/domain/webhooks/get-webhook-endpoint";
import { deliveryLogQuerySchema } from "@/lib/domain/webhooks/schemas";

export async function generateMetadata() {
  const t = await getTranslations("integrations");
  return { title: t("webhooks.title") };
}

const STATUS_TONE = { PENDING: "warning", SUCCEEDED: "success", FAILED: "danger" } as const;
const STATUSES = ["SUCCEEDED", "PENDING", "FAILED"] as const;

/** ISO 8601 in UTC, to the second (the catalog's messages say "UTC"). */
const isoSecond = (d: Date) => d.toISOString().replace("T", " ").slice(0, 19);

export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("webhook.read");
  const { id } = await params;
  const raw = await searchParams;
  const query = deliveryLogQuerySchema.parse({ status: raw.status, before: raw.before });
  const t = await getTranslations("integrations");
  const tc = await getTranslations("common");
  const { endpoint, deliveries, nextBefore } = await orNotFound(
    scoped(actor, (tx) => getWebhookEndpoint(tx, actor, id, query)),
  );
  const base = `/integrations/webhooks/${endpoint.id}`;
  const olderHref = nextBefore
    ? `${base}?${new URLSearchParams({ ...(query.status ? { status: query.status } : {}), before: nextBefore })}`
    : null;
  const errorLabel = (code: string | null) =>
    code ? t(`webhooks.errorCodes.${code}` as "webhooks.errorCodes.timeout") : null;
  return (
    <ClientMessages namespaces={["integrations"]}>
      <div className="space-y-6">
        <p>
          <ButtonLink href="/integrations/webhooks" variant="ghost" size="sm">
            {t("webhooks.back")}
          </ButtonLink>
        </p>
        <Card>
          <CardHeader
            title={<span className="break-all">{endpoint.url}</span>}
            description={t("webhooks.secret.hint", { hint: endpoint.secretHint })}
            actions={
              <Badge tone={endpoint.enabled ? "success" : "neutral"}>
                {endpoint.enabled ? t("webhooks.state.enabled") : t("webhooks.state.disabled")}
              </Badge>
            }
          />
          <CardBody>
            <WebhookSettings endpoint={endpoint} />
            <p className="mt-4 text-xs text-slate-600">{t("webhooks.secret.verify")}</p>
          </CardBody>
        </Card>
        <section aria-labelledby="log-heading" className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <div>
              <h2 id="log-heading" className="text-base font-semibold text-slate-900">
                {t("webhooks.log.heading")}
              </h2>
              <p className="text-sm text-slate-600">{t("webhooks.log.description")}</p>
            </div>
            <form method="get" data-search-form="webhook-deliveries" action={base} className="flex items-end gap-2">
              <SelectField
                label={t("webhooks.log.filter")}
                name="status"
                defaultValue={query.status ?? ""}
                placeholder={t("webhooks.log.allStatuses")}
                options={STATUSES.map((s) => ({ value: s, label: t(`webhooks.log.statuses.${s}`) }))}
              />
              <Button type="submit" variant="secondary">
                {t("webhooks.log.apply")}
              </Button>
            </form>
          </div>
          {deliveries.length === 0 ? (
            <EmptyState
              title={query.status ? t("webhooks.log.noMatch") : t("webhooks.log.empty")}
              description={query.status ? undefined : t("webhooks.log.emptyDescription")}
            />
          ) : (
            <Card>
              <Table data-testid="delivery-log">
                <thead>
                  <tr>
                    <Th>{t("webhooks.log.event")}</Th>
                    <Th>{t("webhooks.log.status")}</Th>
                    <Th>{t("webhooks.log.lastAttempt")}</Th>
                    <Th>{t("webhooks.log.result")}</Th>
                    <Th>
                      <span className="sr-only">{tc("actions")}</span>
                    </Th>
                  </tr>
                </thead>
                <tbody>
                  {deliveries.map((d) => (
                    <Tr key={d.id} data-testid="delivery" data-status={d.status}>
                      <Td>
                        <span className="block font-medium">
                          {t(`events.${d.event.type}` as "events.report.published")}
                        </span>
                        <span className="block font-mono text-xs text-slate-600">{d.event.id}</span>
                        <time className="block text-xs text-slate-600" dateTime={d.event.occurredAt.toISOString()}>
                          {t("webhooks.log.atUtc", { at: isoSecond(d.event.occurredAt) })}
                        </time>
                      </Td>
                      <Td>
                        <Badge tone={STATUS_TONE[d.status]}>{t(`webhooks.log.statuses.${d.status}`)}</Badge>
                        <span className="mt-1 block text-xs text-slate-600">
                          {t("webhooks.log.attemptsOf", { count: d.attempts })}
                        </span>
                      </Td>
                      <Td className="text-xs">
                        {d.lastAttemptAt ? (
                          <time dateTime={d.lastAttemptAt.toISOString()}>
                            {t("webhooks.log.atUtc", { at: isoSecond(d.lastAttemptAt) })}
                          </time>
                        ) : (
                          t("webhooks.log.never")
                        )}
                      </Td>
                      <Td className="text-xs">
                        {d.lastStatusCode ? (
                          <span className="block">{t("webhooks.log.statusCode", { code: d.lastStatusCode })}</span>
                        ) : null}
                        {d.lastError ? <span className="block text-red-800">{errorLabel(d.lastError)}</span> : null}
                        {d.log.length > 0 ? (
                          <details className="mt-1">
                            <summary className="cursor-pointer text-slate-600">{t("webhooks.log.details")}</summary>
                            <ol className="mt-1 space-y-1">
                              {d.log.map((a) => (
                                <li key={a.id} className="rounded bg-slate-50 p-2">
                                  <span className="block">
                                    {t("webhooks.log.attempt", {
                                      at: isoSecond(a.startedAt),
                                      trigger: t(`webhooks.log.trigger.${a.trigger as "automatic"}`),
                                      ms: a.durationMs,
                                    })}
                                  </span>
                                  <span className="block">
                                    {a.statusCode && a.error
                                      ? t("webhooks.log.statusAndError", {
                                          code: a.statusCode,
                                          error: errorLabel(a.error) ?? "",
                                        })
                                      : a.statusCode
                                        ? t("webhooks.log.statusCode", { code: a.statusCode })
                                        : errorLabel(a.error)}
                                  </span>
                                  {a.responseBody ? (
                                    <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all">
                                      {a.responseBody}
                                    </pre>
                                  ) : null}
                                </li>
                              ))}
                            </ol>
                          </details>
                        ) : null}
                      </Td>
                      <Td>
                        <RedeliverButton deliveryId={d.id} />
                      </Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
              <nav
                aria-label={t("webhooks.log.heading")}
                className="flex justify-between gap-3 border-t border-slate-200 px-4 py-3 text-sm"
              >
                {query.before ? (
                  <ButtonLink size="sm" href={query.status ? `${base}?status=${query.status}` : base}>
                    {t("webhooks.log.newest")}
                  </ButtonLink>
                ) : (
                  <span />
                )}
                {olderHref ? (
                  <ButtonLink size="sm" href={olderHref}>
                    {t("webhooks.log.older")}
                  </ButtonLink>
                ) : null}
              </nav>
            </Card>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
