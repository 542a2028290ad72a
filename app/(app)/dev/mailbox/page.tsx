import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePage, scoped } from "@/lib/access/page";
import { getDocumentBrand } from "@/lib/domain/brand/get-document-brand";
import { listOutboxMails } from "@/lib/domain/mail/list-outbox-mails";
import { env } from "@/lib/env";
import { devMailboxEnabled, mailboxHtml } from "@/lib/mail/dev-mailbox";
import { isSkipReason } from "@/lib/mail/outbox/recipient";

export async function generateMetadata() {
  const t = await getTranslations("mail.mailbox");
  return { title: t("title") };
}

const STATUS_TONE = { PENDING: "info", SENT: "success", FAILED: "danger", SKIPPED: "neutral" } as const;

/**
 * The dev mailbox: the tenant's outbox as staff would check it without a mail server — each
 * mail's recipient, state and, once written, its HTML (in a sandboxed frame: no script, no
 * navigation of this page) and its text. Development only, or MAIL_DEV_MAILBOX=1 (e2e);
 * otherwise a 404 like any unknown page.
 */
export default async function DevMailboxPage() {
  if (!devMailboxEnabled()) notFound();
  const actor = await requirePage("mail.devMailbox");
  const [t, tm, format] = await Promise.all([getTranslations("mail.mailbox"), getTranslations("mail"), getFormatter()]);
  const { mails, logo } = await scoped(actor, async (tx) => ({
    mails: await listOutboxMails(tx, actor),
    logo: (await getDocumentBrand(tx, actor, { tenantId: actor.tenantId! }))?.logo?.png ?? null,
  }));
  return (
    <>
      <PageHeader title={t("title")} description={env().SMTP_URL ? t("descriptionSmtp") : t("description")} />
      {mails.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ol className="space-y-4" aria-label={t("list")} data-testid="mailbox">
          {mails.map((mail, i) => (
            <li key={mail.id} data-testid="mailbox-mail" data-mail-id={mail.id} data-kind={mail.kind}>
              <Card>
                <CardHeader
                  title={mail.subject ?? tm(`kinds.${mail.kind}.label`)}
                  description={t("toLine", { email: mail.toEmail ?? mail.recipient.user.email })}
                  actions={
                    <Badge tone={STATUS_TONE[mail.status]}>
                      {mail.status === "SENT" && mail.transport === "capture"
                        ? t("statuses.CAPTURED")
                        : t(`statuses.${mail.status}`)}
                    </Badge>
                  }
                />
                <CardBody className="space-y-3">
                  <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-slate-600">{t("kind")}</dt>
                    <dd>{tm(`kinds.${mail.kind}.label`)}</dd>
                    <dt className="text-slate-600">{t("created")}</dt>
                    <dd>{format.dateTime(mail.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                    {mail.sentAt ? (
                      <>
                        <dt className="text-slate-600">{t("sentAt")}</dt>
                        <dd>{format.dateTime(mail.sentAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                      </>
                    ) : null}
                    <dt className="text-slate-600">{t("attemptsLabel")}</dt>
                    <dd>{t("attempts", { count: mail.attempts })}</dd>
                    {mail.lastError ? (
                      <>
                        <dt className="text-slate-600">{mail.status === "SKIPPED" ? t("reason") : t("lastError")}</dt>
                        <dd data-testid="mailbox-reason">
                          {mail.status === "SKIPPED" && isSkipReason(mail.lastError)
                            ? t(`reasons.${mail.lastError}`)
                            : mail.lastError}
                        </dd>
                      </>
                    ) : null}
                  </dl>
                  {mail.html && mail.text ? (
                    <details open={i === 0} className="rounded border border-slate-200">
                      <summary className="cursor-pointer px-3 py-2 text-sm font-medium">{t("open")}</summary>
                      <div className="grid gap-4 p-3 lg:grid-cols-2">
                        <section>
                          <h2 className="mb-2 text-sm font-semibold">{t("html")}</h2>
                          <iframe
                            title={t("frameTitle", { subject: mail.subject ?? "" })}
                            sandbox="allow-popups allow-popups-to-escape-sandbox"
                            srcDoc={mailboxHtml(mail.html, logo)}
                            className="h-[32rem] w-full rounded border border-slate-200 bg-white"
                            data-testid="mailbox-html"
                          />
                        </section>
                        <section>
                          <h2 className="mb-2 text-sm font-semibold">{t("text")}</h2>
                          <pre
                            className="h-[32rem] overflow-auto rounded border border-slate-200 bg-slate-50 p-3 text-xs whitespace-pre-wrap"
                            data-testid="mailbox-text"
                            tabIndex={0}
                            aria-label={t("text")}
                          >
                            {mail.text}
                          </pre>
                        </section>
                      </div>
                    </details>
                  ) : (
                    <p className="text-sm text-slate-600">{t("pending")}</p>
                  )}
                </CardBody>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
