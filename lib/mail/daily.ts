import { withDbContext, type Tx } from "@/lib/db/context";
import { enqueue } from "@/lib/jobs/enqueue";
import type { JobData } from "@/lib/jobs/queues";
import { asSystem } from "@/lib/jobs/system-context";
import { dayOf, dayOfMonth, nextDay, runTimeOf } from "@/lib/mail/daily-window";
import { clientCommentsBetween } from "@/lib/mail/outbox/client-activity";
import { clientDecisionsBetween } from "@/lib/mail/outbox/client-decisions";
import { missingReports, reminderRecipients } from "@/lib/mail/outbox/missing-reports";
import { queueMails } from "@/lib/mail/outbox/queue-mails";
import { purgeOldMails } from "@/lib/mail/outbox/retention";

/**
 * The daily mail run, on the job queue (no cron process): "mail.daily" for a day fans out one
 * "mail.tenant_daily" per active tenant and queues the next day's run at 07:00 UTC; every worker
 * makes sure today's run exists when it starts (`scheduleDailyMail`). Each job is keyed by its
 * day (and tenant), and each mail by its outbox key, so a run made twice — two workers starting,
 * a restart, a retry — mails nobody twice.
 */
export async function scheduleDailyMail(now = new Date()): Promise<void> {
  const day = dayOf(now);
  const at = runTimeOf(day);
  await withDbContext({}, (tx) =>
    enqueue(tx, { name: "mail.daily", data: { day }, key: day, startAfter: at > now ? at : now }),
  );
}

export async function runDailyMail(job: JobData<"mail.daily">): Promise<{ tenants: number }> {
  return withDbContext({ system: true }, async (tx) => {
    // The one cross-tenant read: active tenants' ids, through a SECURITY DEFINER function that
    // answers the worker's system context only (migration *_mail_outbox).
    const tenants = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM mail_active_tenant_ids()`;
    for (const { id } of tenants)
      await enqueue(tx, { name: "mail.tenant_daily", data: { tenantId: id, day: job.day }, key: `${id}:${job.day}` });
    const next = nextDay(job.day);
    await enqueue(tx, { name: "mail.daily", data: { day: next }, key: next, startAfter: runTimeOf(next) });
    return { tenants: tenants.length };
  });
}

/**
 * One tenant's daily mails: the missing-reports reminder on the owner's day, the staff digest,
 * and the outbox's clean-up (mails past their retention, lib/mail/outbox/retention.ts).
 */
export async function runTenantDailyMail(
  job: JobData<"mail.tenant_daily">,
  now = new Date(),
): Promise<{ reminders: number; digests: number; purged: number }> {
  return asSystem(job.tenantId, async (tx) => ({
    reminders: await queueReminders(tx, job),
    digests: await queueDigests(tx, { ...job, until: now }),
    purged: await purgeOldMails(tx, { tenantId: job.tenantId, now }),
  }));
}

async function activeStaff(tx: Tx, tenantId: string) {
  const rows = await tx.membership.findMany({
    where: { tenantId, removedAt: null, role: { in: ["OWNER", "ACCOUNT_MANAGER"] }, user: { disabled: false } },
    select: { userId: true, role: true },
    orderBy: { userId: "asc" },
  });
  return rows as { userId: string; role: "OWNER" | "ACCOUNT_MANAGER" }[];
}

/**
 * The reminder of the month's missing reports, on the day of the month the owner chose (none
 * when the tenant has no day): each account manager gets the clients they manage whose report of
 * the month is not published; owners get those without a manager. One per (tenant, month,
 * recipient): the outbox key is the month.
 */
async function queueReminders(tx: Tx, job: { tenantId: string; day: string }): Promise<number> {
  const tenant = await tx.tenant.findFirst({ where: { id: job.tenantId }, select: { reportReminderDay: true } });
  const { dom, period } = dayOfMonth(job.day);
  if (!tenant?.reportReminderDay || tenant.reportReminderDay !== dom) return 0;
  const missing = await missingReports(tx, { tenantId: job.tenantId, period });
  if (missing.length === 0) return 0;
  const byRecipient = reminderRecipients(missing, await activeStaff(tx, job.tenantId));
  return queueMails(tx, {
    tenantId: job.tenantId,
    kind: "MISSING_REPORTS",
    sourceKey: period,
    recipients: [...byRecipient.keys()].map((userId) => ({ userId, data: { period } })),
  });
}

/**
 * The staff digest: to each owner (all clients) and account manager (their clients), the client
 * comments posted and the client decisions recorded (on review items and on proposals) since
 * their last digest (its `until`; the first one looks back a day), up to now. Nobody is mailed on a day with nothing new: no row at all, and the next digest still
 * starts where the last one ended. One per (tenant, day, recipient).
 */
async function queueDigests(tx: Tx, job: { tenantId: string; day: string; until: Date }): Promise<number> {
  let queued = 0;
  for (const member of await activeStaff(tx, job.tenantId)) {
    const last = await tx.outboxMail.findFirst({
      where: { tenantId: job.tenantId, kind: "STAFF_DIGEST", recipientId: member.userId },
      orderBy: { createdAt: "desc" },
      select: { sourceKey: true, data: true },
    });
    if (last?.sourceKey === job.day) continue; // today's is made already
    const lastUntil = (last?.data as { until?: string } | null)?.until;
    const since = lastUntil ? new Date(lastUntil) : new Date(job.until.getTime() - 24 * 3600 * 1000);
    const scope = {
      tenantId: job.tenantId,
      since,
      until: job.until,
      managerId: member.role === "OWNER" ? null : member.userId,
    };
    const [comments, decisions] = await Promise.all([
      clientCommentsBetween(tx, scope),
      clientDecisionsBetween(tx, scope),
    ]);
    if (comments.total + decisions.total === 0) continue;
    queued += await queueMails(tx, {
      tenantId: job.tenantId,
      kind: "STAFF_DIGEST",
      sourceKey: job.day,
      recipients: [{ userId: member.userId, data: { since: since.toISOString(), until: job.until.toISOString() } }],
    });
  }
  return queued;
}
