import { z } from "zod";
import { webhookTimeoutMs } from "@/lib/webhooks/timeout";

/**
 * Every job the queue runs, declared once: its name, the zod schema of its data, how often
 * and how patiently it is retried, how long one run may take before the queue takes it back,
 * and how many run at once per worker. enqueue() validates with it, the worker reads it, and
 * tests/integration/jobs.test.ts checks that a migration created a queue for each name.
 *
 * A job's data is ids only (never tenant content or secrets): the queue's tables have no
 * row-level security (ARCHITECTURE.md, "Jobs and events").
 *
 * Adding a job: a name and spec here, its handler in lib/jobs/handlers.ts, and a migration
 * with `SELECT pgboss.create_queue('<name>', '{"policy":"standard"}'::json);`.
 */
export type JobSpec = {
  data: z.ZodType;
  /** Further attempts after the first one fails (0 = none). */
  retryLimit: number;
  /** Seconds before the first retry; doubled (with jitter) at each further retry when `backoff`. */
  retryDelaySeconds: number;
  backoff: boolean;
  /**
   * How long a run may last. A run still active after this (its worker crashed or hung) is
   * failed by the queue's maintenance and retried: the crash-recovery bound.
   */
  expireInSeconds: number;
  /** Runs of this job at once in one worker process. */
  concurrency: number;
};

const tenantScoped = { tenantId: z.string().min(1).max(64) };

export const JOBS = {
  /** Fans an outbox event out to its subscribers (webhook endpoints…). */
  "events.dispatch": {
    data: z.object({ ...tenantScoped, eventId: z.string().min(1).max(64) }).strict(),
    retryLimit: 12,
    retryDelaySeconds: 5,
    backoff: true,
    expireInSeconds: 60,
    concurrency: 1,
  },
  /**
   * One attempt to POST one event to one webhook endpoint (lib/webhooks/deliver.ts). Retried
   * 8 times after the first, backing off from 15 s (about 15 s, 30 s, 1 min, … 32 min: the
   * last one some 1–2 hours after the event). A run is taken back 20 s after its deadline.
   */
  "webhooks.deliver": {
    data: z
      .object({ ...tenantScoped, deliveryId: z.string().min(1).max(64), trigger: z.enum(["automatic", "manual"]) })
      .strict(),
    retryLimit: 8,
    retryDelaySeconds: 15,
    backoff: true,
    expireInSeconds: Math.ceil(webhookTimeoutMs() / 1000) + 20,
    concurrency: 4,
  },
  /**
   * One attempt to send one outbox mail (lib/mail/outbox/send-mail.ts). Retried 6 times after
   * the first, backing off from 30 s (about 30 s, 1, 2, 4, 8, 16 min: the last some half an hour
   * after the first), then FAILED with the error kept on the row.
   */
  "mail.send": {
    data: z.object({ ...tenantScoped, mailId: z.string().min(1).max(64) }).strict(),
    retryLimit: 6,
    retryDelaySeconds: 30,
    backoff: true,
    expireInSeconds: 60,
    concurrency: 2,
  },
  /**
   * The daily mail run of one day (lib/mail/daily.ts): one "mail.tenant_daily" per active tenant,
   * and the next day's run at 07:00 UTC. Keyed by its day.
   */
  "mail.daily": {
    data: z.object({ day: z.iso.date() }).strict(),
    retryLimit: 5,
    retryDelaySeconds: 60,
    backoff: true,
    expireInSeconds: 120,
    concurrency: 1,
  },
  /** One tenant's daily mails: the missing-reports reminder (owner's day) and the staff digest. Keyed by tenant and day. */
  "mail.tenant_daily": {
    data: z.object({ ...tenantScoped, day: z.iso.date() }).strict(),
    retryLimit: 5,
    retryDelaySeconds: 60,
    backoff: true,
    expireInSeconds: 120,
    concurrency: 1,
  },
} as const satisfies Record<string, JobSpec>;

export type JobName = keyof typeof JOBS;
export const JOB_NAMES = Object.keys(JOBS) as JobName[];
/** What enqueue() accepts for a job. */
export type JobInput<N extends JobName> = z.input<(typeof JOBS)[N]["data"]>;
/** What the handler receives (validated again when the job runs). */
export type JobData<N extends JobName> = z.output<(typeof JOBS)[N]["data"]>;
