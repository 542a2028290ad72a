import { dispatchEvent } from "@/lib/events/dispatch-event";
import { JOBS, type JobData, type JobName } from "@/lib/jobs/queues";
import { logger } from "@/lib/log";
import { runDailyMail, runTenantDailyMail } from "@/lib/mail/daily";
import { sendOutboxMail } from "@/lib/mail/outbox/send-mail";
import { deliverWebhook } from "@/lib/webhooks/deliver";

/** What a handler learns about the run besides its data. */
export type JobMeta = { id: string; retryCount: number; retryLimit: number };

/** Throw to fail the run (it is retried with backoff until retryLimit); return to complete it. */
export type JobHandler<N extends JobName> = (data: JobData<N>, meta: JobMeta) => Promise<unknown>;

/** The handler registry: one handler per job name (a missing one fails typecheck). */
export const HANDLERS: { [N in JobName]: JobHandler<N> } = {
  "events.dispatch": (data) => dispatchEvent(data),
  "webhooks.deliver": (data, meta) => deliverWebhook(data, meta),
  "mail.send": (data, meta) => sendOutboxMail(data, meta),
  "mail.daily": (data) => runDailyMail(data),
  "mail.tenant_daily": (data) => runTenantDailyMail(data),
};

/** Runs one job: validates its data with the job's schema, then calls its handler. */
export async function runJob(name: JobName, job: { id: string; data: unknown } & Partial<JobMeta>): Promise<unknown> {
  const parsed = JOBS[name].data.safeParse(job.data);
  if (!parsed.success) {
    // A job that can never succeed: complete it with a log line instead of retrying it for hours.
    logger.error("jobs.invalid_data", { name, jobId: job.id, issues: parsed.error.issues.length });
    return { skipped: "invalid data" };
  }
  const handler = HANDLERS[name] as JobHandler<JobName>;
  return handler(parsed.data as JobData<JobName>, {
    id: job.id,
    retryCount: job.retryCount ?? 0,
    retryLimit: job.retryLimit ?? JOBS[name].retryLimit,
  });
}
