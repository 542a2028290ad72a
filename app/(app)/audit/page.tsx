import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { requirePage, scoped } from "@/lib/access/page";
import { auditActionMessage } from "@/lib/audit-actions";
import { renderMessage } from "@/lib/i18n/translate";
import { listAuditEvents } from "@/lib/domain/audit/list-audit-events";
import { AUDIT_PAGE_SIZE, auditQuery, type AuditQuery } from "@/lib/domain/audit/schemas";
import { AUDIT_OUTCOMES } from "@/lib/vocabulary";

export async function generateMetadata() {
  const t = await getTranslations("audit");
  return { title: t("title") };
}

const OUTCOME_TONE = { SUCCESS: "success", DENIED: "warning", FAILURE: "danger" } as const;

function href(query: AuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.action) params.set("action", query.action);
  if (query.outcome) params.set("outcome", query.outcome);
  if (page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `/audit?${s}` : "/audit";
}

/** ISO 8601 in UTC, to the second: unambiguous, sortable, what a log search needs. */
const utc = (d: Date) => d.toISOString().replace("T", " ").slice(0, 19);

export default async function AuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const actor = await requirePage("audit.read");
  const raw = await searchParams;
  const query = auditQuery.parse({ action: raw.action, outcome: raw.outcome, page: raw.page });
  const t = await getTranslations("audit");
  const tRoot = await getTranslations();
  const tc = await getTranslations("common");
  const trail = await scoped(actor, (tx) => listAuditEvents(tx, actor, query));
  const filtered = !!(query.action || query.outcome);
  return (
    <>
      <PageHeader title={t("title")} description={t("description", { tenant: actor.tenantName ?? "" })} />
      <form
        method="get"
        data-search-form="audit"
        action="/audit"
        className="mb-4 flex flex-wrap items-end gap-3"
        data-testid="audit-filters"
      >
        <SelectField
          label={t("filters.action")}
          name="action"
          defaultValue={query.action ?? ""}
          placeholder={t("filters.allActions")}
          options={trail.actions.map((a) => ({ value: a, label: renderMessage(tRoot, auditActionMessage(a)) }))}
        />
        <SelectField
          label={t("filters.outcome")}
          name="outcome"
          defaultValue={query.outcome ?? ""}
          placeholder={t("filters.allOutcomes")}
          options={AUDIT_OUTCOMES.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
        <Button type="submit" variant="secondary">
          {tc("filter")}
        </Button>
        {filtered ? (
          <ButtonLink href="/audit" variant="ghost">
            {tc("clearFilters")}
          </ButtonLink>
        ) : null}
      </form>
      {trail.total === 0 ? (
        <EmptyState
          title={filtered ? t("noMatch") : t("empty")}
          action={filtered ? <ButtonLink href="/audit">{tc("clearFilters")}</ButtonLink> : undefined}
        />
      ) : (
        <Card>
          <Table data-testid="audit-table">
            <thead>
              <tr>
                <Th>{t("columns.time")}</Th>
                <Th>{t("columns.actor")}</Th>
                <Th>{t("columns.action")}</Th>
                <Th>{t("columns.target")}</Th>
                <Th>{t("columns.outcome")}</Th>
                <Th>{t("columns.requestId")}</Th>
              </tr>
            </thead>
            <tbody>
              {trail.events.map((event) => (
                <Tr key={event.id} data-testid="audit-row" data-action={event.action}>
                  <Td className="whitespace-nowrap font-mono text-xs">
                    <time dateTime={event.createdAt.toISOString()}>{utc(event.createdAt)}</time>
                  </Td>
                  <Td>
                    {event.actor ? (
                      <>
                        <span className="block font-medium">{event.actor.name}</span>
                        <span className="block text-xs text-slate-600">{event.actor.email}</span>
                      </>
                    ) : event.actorUserId ? (
                      <span className="text-slate-600">{t("outsideTeam")}</span>
                    ) : (
                      <span className="text-slate-600">{t("nobody")}</span>
                    )}
                  </Td>
                  <Td className="text-xs">
                    <span className="block text-sm">{renderMessage(tRoot, auditActionMessage(event.action))}</span>
                    <span className="block font-mono text-slate-600">{event.action}</span>
                    {event.metadata && typeof event.metadata === "object" && Object.keys(event.metadata).length > 0 ? (
                      <details className="mt-1">
                        <summary className="cursor-pointer text-slate-600">{t("details")}</summary>
                        <pre className="mt-1 max-w-md overflow-x-auto whitespace-pre-wrap break-all rounded bg-slate-50 p-2">
                          {JSON.stringify(event.metadata, null, 2)}
                        </pre>
                      </details>
                    ) : null}
                  </Td>
                  <Td className="font-mono text-xs">
                    {event.targetType ? <span className="block">{event.targetType}</span> : null}
                    {event.targetId ? <span className="block text-slate-600">{event.targetId}</span> : null}
                  </Td>
                  <Td>
                    <Badge tone={OUTCOME_TONE[event.outcome]}>{t(`outcome.${event.outcome}`)}</Badge>
                  </Td>
                  <Td className="font-mono text-xs">{event.requestId ?? t("nobody")}</Td>
                </Tr>
              ))}
            </tbody>
          </Table>
          <Pager
            label={t("pages")}
            page={trail.page}
            pages={trail.pages}
            total={trail.total}
            pageSize={AUDIT_PAGE_SIZE}
            hrefFor={(page) => href(query, page)}
          />
        </Card>
      )}
    </>
  );
}
