import type { Tx } from "@/lib/db/context";
import { senderBoss, txDb } from "@/lib/jobs/boss";
import { jobIdFor } from "@/lib/jobs/job-id";
import { JOBS, type JobInput, type JobName } from "@/lib/jobs/queues";

export type JobRequest<N extends JobName> = {
  name: N;
  data: JobInput<N>;
  /**
   * Makes the job unique: a second enqueue with the same name and key while the first job
   * is still kept by the queue inserts nothing and returns null.
   */
  key?: string;
  /** Not before this time. */
  startAfter?: Date;
};

/**
 * Queues a job IN THE CALLER'S TRANSACTION: it exists if and only if the transaction
 * commits. Returns the job id, or null when a job with the same key already exists.
 *
 *   await enqueue(tx, { name: "events.dispatch", data: { tenantId, eventId }, key: eventId });
 *
 * Domain code usually emits an event instead (lib/events/emit-event.ts), which enqueues its
 * own dispatch job.
 */
export async function enqueue<N extends JobName>(tx: Tx, job: JobRequest<N>): Promise<string | null> {
  const spec = JOBS[job.name];
  const data = spec.data.parse(job.data) as object;
  return senderBoss().send(job.name, data, {
    id: job.key ? jobIdFor(job.name, job.key) : undefined,
    startAfter: job.startAfter,
    retryLimit: spec.retryLimit,
    retryDelay: spec.retryDelaySeconds,
    retryBackoff: spec.backoff,
    expireInSeconds: spec.expireInSeconds,
    db: txDb(tx),
  });
}
