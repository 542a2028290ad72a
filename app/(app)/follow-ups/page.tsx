import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { CompleteFollowUpButton } from "@/components/calls/complete-follow-up-button";
import { requirePage, scoped } from "@/lib/access/page";
import { can } from "@/lib/access/permissions";
import { listFollowUps, UPCOMING_DAYS } from "@/lib/domain/calls/list-follow-ups";

export async function generateMetadata() {
  const t = await getTranslations("calls.followUps");
  return { title: t("title") };
}

type Item = Awaited<ReturnType<typeof listFollowUps>>["due"][number];

export default async function FollowUpsPage() {
  const actor = await requirePage("call.read");
  const { due, upcoming, truncated } = await scoped(actor, (tx) => listFollowUps(tx, actor));
  const [t, tc, format] = await Promise.all([
    getTranslations("calls.followUps"),
    getTranslations("common"),
    getFormatter(),
  ]);
  const canComplete = can(actor.role, "call.update");
  const table = (items: Item[], testId: string) => (
    <Table data-testid={testId}>
      <thead>
        <tr>
          <Th>{t("columns.date")}</Th>
          <Th>{t("columns.organization")}</Th>
          <Th>{t("columns.nextSteps")}</Th>
          <Th className="text-right">
            <span className="sr-only">{tc("actions")}</span>
          </Th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <Tr key={item.id} data-testid="follow-up-row">
            <Td className="whitespace-nowrap">
              <div>{format.dateTime(item.followUpDate, { dateStyle: "medium" })}</div>
              {item.overdueDays > 0 ? (
                <Badge tone="warning">{t("overdue", { days: item.overdueDays })}</Badge>
              ) : item.overdueDays === 0 ? (
                <Badge tone="info">{t("today")}</Badge>
              ) : null}
            </Td>
            <Td>
              <Link
                href={`/organizations/${item.organizationId}`}
                className="inline-flex min-h-6 items-center font-medium text-brand-700 hover:underline"
              >
                {item.organizationName}
              </Link>
              {/* Two links stacked in one cell: each at least 24 px high (WCAG 2.2 target size). */}
              <div className="text-xs text-slate-600">
                <Link
                  href={`/organizations/${item.organizationId}/calls/${item.id}`}
                  className="inline-flex min-h-6 items-center hover:underline"
                >
                  {t("callOf", { date: format.dateTime(item.occurredAt, { dateStyle: "medium" }) })}
                </Link>
              </div>
            </Td>
            <Td className="max-w-md">
              <p className="line-clamp-3 whitespace-pre-line">{item.nextSteps}</p>
            </Td>
            <Td className="text-right">
              {canComplete ? (
                <CompleteFollowUpButton
                  id={item.id}
                  version={item.version}
                  label={t("markDoneFor", { name: item.organizationName })}
                />
              ) : null}
            </Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
  return (
    <ClientMessages namespaces={["calls.followUps"]}>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="space-y-6">
        <Card>
          <CardHeader title={t("dueTitle", { count: due.length })} description={t("dueDescription")} />
          {due.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t("noneDueTitle")} description={t("noneDueBody")} />
            </div>
          ) : (
            table(due, "follow-ups-due")
          )}
        </Card>
        <Card>
          <CardHeader title={t("upcomingTitle")} description={t("upcomingDescription", { days: UPCOMING_DAYS })} />
          {upcoming.length === 0 ? (
            <div className="p-4">
              <EmptyState title={t("noneUpcomingTitle")} />
            </div>
          ) : (
            table(upcoming, "follow-ups-upcoming")
          )}
        </Card>
        {truncated ? <p className="text-xs text-slate-600">{t("truncated")}</p> : null}
      </div>
    </ClientMessages>
  );
}
