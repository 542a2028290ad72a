import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApiTokenCreateForm } from "@/components/integrations/api-token-create-form";
import { ApiTokenRevoke } from "@/components/integrations/api-token-revoke";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { ScrollFrame } from "@/components/ui/scroll-frame";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { listApiTokens, type ApiTokenRow } from "@/lib/domain/api-tokens/list-api-tokens";

export async function generateMetadata() {
  const t = await getTranslations("integrations");
  return { title: t("tokens.title") };
}

type State = "active" | "expired" | "revoked";
const stateOf = (token: ApiTokenRow, now: Date): State =>
  token.revokedAt ? "revoked" : token.expiresAt && token.expiresAt <= now ? "expired" : "active";
const TONE = { active: "success", expired: "neutral", revoked: "neutral" } as const;

export default async function ApiTokensPage() {
  const actor = await requirePage("apiToken.read");
  const [t, format] = await Promise.all([getTranslations("integrations"), getFormatter()]);
  const tokens = await scoped(actor, (tx) => listApiTokens(tx, actor));
  const now = new Date();
  const when = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
  return (
    <ClientMessages namespaces={["integrations.tokens", "integrations.webhooks.secret"]}>
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("tokens.add.heading")} description={t("tokens.description")} />
          <CardBody>
            <ApiTokenCreateForm />
            <p className="mt-4 text-sm text-slate-700">
              {t.rich("tokens.referenceLink", {
                link: (chunks) => (
                  <Link href="/integrations/api-reference" className="text-brand-800 underline underline-offset-2">
                    {chunks}
                  </Link>
                ),
              })}
            </p>
          </CardBody>
        </Card>
        <section aria-labelledby="tokens-heading" className="space-y-3">
          <h2 id="tokens-heading" className="text-base font-semibold text-slate-900">
            {t("tokens.list.heading")}
          </h2>
          {tokens.length === 0 ? (
            <EmptyState title={t("tokens.list.empty")} description={t("tokens.list.emptyDescription")} />
          ) : (
            <Card>
              <ScrollFrame>
                <Table data-testid="api-tokens">
                  <thead>
                    <tr>
                      <Th>{t("tokens.list.name")}</Th>
                      <Th>{t("tokens.list.access")}</Th>
                      <Th>{t("tokens.list.status")}</Th>
                      <Th>{t("tokens.list.expires")}</Th>
                      <Th>{t("tokens.list.lastUsed")}</Th>
                      <Th>
                        <span className="sr-only">{t("tokens.list.actions")}</span>
                      </Th>
                    </tr>
                  </thead>
                  <tbody>
                    {tokens.map((token) => {
                      const state = stateOf(token, now);
                      return (
                        <Tr key={token.id} data-testid="api-token">
                          <Td>
                            <span className="font-medium text-slate-900">{token.name}</span>
                            <code className="block font-mono text-xs text-slate-600">
                              {t("tokens.list.hint", { hint: token.hint })}
                            </code>
                          </Td>
                          <Td className="text-sm">{t(`tokens.access.${token.access}`)}</Td>
                          <Td>
                            <Badge tone={TONE[state]}>{t(`tokens.state.${state}`)}</Badge>
                          </Td>
                          <Td className="text-sm text-slate-700">
                            {token.expiresAt ? when(token.expiresAt) : t("tokens.list.never")}
                          </Td>
                          <Td className="text-sm text-slate-700">
                            {token.lastUsedAt ? when(token.lastUsedAt) : t("tokens.list.notUsed")}
                          </Td>
                          <Td>{state === "revoked" ? null : <ApiTokenRevoke token={token} />}</Td>
                        </Tr>
                      );
                    })}
                  </tbody>
                </Table>
              </ScrollFrame>
            </Card>
          )}
          <p className="text-xs text-slate-600">{t("tokens.list.timesUtc")}</p>
        </section>
      </div>
    </ClientMessages>
  );
}
