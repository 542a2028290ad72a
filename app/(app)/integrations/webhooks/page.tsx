import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { WebhookCreateForm } from "@/components/integrations/webhook-create-form";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { listWebhookEndpoints } from "@/lib/domain/webhooks/list-webhook-endpoints";

export async function generateMetadata() {
  const t = await getTranslations("integrations");
  return { title: t("webhooks.title") };
}

export default async function WebhooksPage() {
  const actor = await requirePage("webhook.read");
  const t = await getTranslations("integrations");
  const endpoints = await scoped(actor, (tx) => listWebhookEndpoints(tx, actor));
  return (
    <ClientMessages namespaces={["integrations"]}>
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("webhooks.add.heading")} description={t("webhooks.description")} />
          <CardBody>
            <WebhookCreateForm />
          </CardBody>
        </Card>
        <section aria-labelledby="endpoints-heading" className="space-y-3">
          <h2 id="endpoints-heading" className="text-base font-semibold text-slate-900">
            {t("webhooks.list.heading")}
          </h2>
          {endpoints.length === 0 ? (
            <EmptyState title={t("webhooks.list.empty")} description={t("webhooks.list.emptyDescription")} />
          ) : (
            <Card>
              <Table data-testid="webhook-endpoints">
                <thead>
                  <tr>
                    <Th>{t("webhooks.list.url")}</Th>
                    <Th>{t("webhooks.list.events")}</Th>
                    <Th>{t("webhooks.list.status")}</Th>
                    <Th>{t("webhooks.list.lastWeek")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {endpoints.map((e) => (
                    <Tr key={e.id} data-testid="webhook-endpoint">
                      <Td className="max-w-sm">
                        <Link
                          href={`/integrations/webhooks/${e.id}`}
                          className="break-all font-medium text-brand-800 underline underline-offset-2"
                        >
                          {e.url}
                        </Link>
                        {e.description ? <span className="block text-xs text-slate-600">{e.description}</span> : null}
                      </Td>
                      <Td className="text-xs">
                        <ul>
                          {e.eventTypes.map((type) => (
                            <li key={type}>{t(`events.${type}` as "events.report.published")}</li>
                          ))}
                        </ul>
                      </Td>
                      <Td>
                        <Badge tone={e.enabled ? "success" : "neutral"}>
                          {e.enabled ? t("webhooks.state.enabled") : t("webhooks.state.disabled")}
                        </Badge>
                      </Td>
                      <Td className="text-xs text-slate-700">{t("webhooks.list.counts", e.recent)}</Td>
                    </Tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          )}
        </section>
      </div>
    </ClientMessages>
  );
}
