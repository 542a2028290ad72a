import type PgBoss from "pg-boss";
import { workerBoss } from "@/lib/jobs/boss";
import { runJob } from "@/lib/jobs/handlers";
import { JOB_NAMES, JOBS, type JobName } from "@/lib/jobs/queues";
import { logger } from "@/lib/log";
import { scheduleDailyMail } from "@/lib/mail/daily";

export type WorkerOptions = {
  connectionString: string;
  /** How often an idle queue is polled for new jobs (pg-boss polls; it does not LISTEN). */
  pollingIntervalSeconds?: number;
  /** How often expired runs (a crashed worker's) are failed and retried, and old jobs archived. */
  maintenanceIntervalSeconds?: number;
  /** Which queues this worker serves (default: all). */
  names?: JobName[];
  /** Make sure today's daily mail run is queued (lib/mail/daily.ts): the app's and `npm run worker`'s workers. */
  dailyMail?: boolean;
};

export type RunningWorker = {
  /** Stops fetching, waits up to `timeoutMs` for runs in progress, fails the rest (they are retried), closes the pool. */
  stop: (options?: { timeoutMs?: number }) => Promise<void>;
};

type FetchedJob = PgBoss.JobWithMetadata<unknown>;

async function runLogged(name: JobName, job: FetchedJob): Promise<unknown> {
  const started = Date.now();
  try {
    const output = await runJob(name, job);
    logger.info("jobs.completed", { name, jobId: job.id, attempt: job.retryCount + 1, ms: Date.now() - started });
    return output;
  } catch (error) {
    logger.warn("jobs.failed", {
      name,
      jobId: job.id,
      attempt: job.retryCount + 1,
      retryLimit: job.retryLimit,
      ms: Date.now() - started,
      message: error instanceof Error ? error.message : String(error),
    });
    throw error;
  }
}

/**
 * Starts a job worker: a pg-boss instance that polls each queue, runs each job's handler
 * (lib/jobs/handlers.ts), completes it or fails it for a retry with backoff, and — on one
 * instance at a time — expires runs whose worker died and archives old jobs.
 */
export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const boss = workerBoss({
    connectionString: options.connectionString,
    maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 30,
    max: 4,
  });
  boss.on("error", (error: Error) => logger.warn("jobs.error", { message: error.message }));
  await boss.start();
  const names = options.names ?? JOB_NAMES;
  for (const name of names) {
    for (let i = 0; i < JOBS[name].concurrency; i++) {
      const workerId: string = await boss.work(
        name,
        { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, includeMetadata: true, batchSize: 1 },
        async ([job]: FetchedJob[]) => {
          if (!job) return undefined;
          // pg-boss waits the polling interval after every fetch, whether it found a job or not:
          // one job per interval per run slot (0.5 a second), so a month-end backlog of thousands
          // of events would take hours. A fetch that found one asks for the next straight away;
          // only an empty queue waits the interval.
          // (The handler first runs after a fetch, so after work() has answered with the id.)
          boss.notifyWorker(workerId);
          return runLogged(name, job);
        },
      );
    }
  }
  if (options.dailyMail) await scheduleDailyMail();
  logger.info("jobs.worker_started", { queues: names, pid: process.pid });
  let stopping: Promise<void> | null = null;
  return {
    stop: ({ timeoutMs = 10_000 } = {}) => {
      stopping ??= boss.stop({ graceful: true, timeout: timeoutMs, wait: true }).then(() => {
        logger.info("jobs.worker_stopped", { pid: process.pid });
      });
      return stopping;
    },
  };
}

/**
 * Runs every job that is due now, one at a time, until the queues are empty; returns how many
 * ran. For tests and maintenance scripts (`npm run worker -- --once`); the app uses startWorker.
 * `ignoreStartAfter` also runs retries that are still waiting out their backoff.
 */
export async function runPendingJobs(options: {
  connectionString: string;
  names?: JobName[];
  ignoreStartAfter?: boolean;
  maxJobs?: number;
}): Promise<{ completed: number; failed: number }> {
  const boss = workerBoss({ connectionString: options.connectionString, maintenanceIntervalSeconds: 3600, max: 2 });
  boss.on("error", (error: Error) => logger.warn("jobs.error", { message: error.message }));
  await boss.start();
  const tally = { completed: 0, failed: 0 };
  try {
    for (let found = true; found && tally.completed + tally.failed < (options.maxJobs ?? 10_000);) {
      found = false;
      for (const name of options.names ?? JOB_NAMES) {
        const jobs = (await boss.fetch(name, {
          includeMetadata: true,
          ignoreStartAfter: options.ignoreStartAfter ?? false,
          batchSize: 20,
        })) as FetchedJob[] | null;
        for (const job of jobs ?? []) {
          found = true;
          try {
            await boss.complete(name, job.id, (await runLogged(name, job)) as object);
            tally.completed++;
          } catch (error) {
            await boss.fail(name, job.id, { message: error instanceof Error ? error.message : String(error) });
            tally.failed++;
          }
        }
      }
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  return tally;
}
