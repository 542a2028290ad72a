import { env } from "@/lib/env";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log";

const state = globalThis as unknown as { mainstayWorker?: Promise<RunningWorker | null> };

/**
 * The worker inside the web server (instrumentation.ts), unless JOBS_WORKER=off — then run
 * `npm run worker` beside it. Every instance that runs one shares the work (SKIP LOCKED).
 * Started once per process; a failure to start (database not migrated) is logged, and the
 * site keeps serving: jobs wait in the queue until a worker runs.
 *
 * Stopping: scripts/run-with-db.ts sets NEXT_MANUAL_SIG_HANDLE, so Next leaves SIGTERM and
 * SIGINT to us: stop the worker (runs in progress get up to 10 s, the rest are failed and
 * retried later), then exit. Without it (plain `next start`), Next exits at once and the
 * queue's expiry hands the interrupted runs to the next worker.
 */
export function startInProcessWorker(): void {
  if (state.mainstayWorker) return;
  const config = env();
  state.mainstayWorker = startWorker({
    connectionString: config.DATABASE_URL,
    pollingIntervalSeconds: config.JOBS_POLL_SECONDS,
    maintenanceIntervalSeconds: config.JOBS_MAINTENANCE_SECONDS,
    dailyMail: config.MAIL_DAILY === "on",
  }).catch((error: unknown) => {
    logger.error("jobs.worker_not_started", { message: error instanceof Error ? error.message : String(error) });
    return null;
  });
  if (process.env.NEXT_MANUAL_SIG_HANDLE) {
    for (const [signal, code] of [
      ["SIGTERM", 143],
      ["SIGINT", 130],
    ] as const) {
      process.once(signal, () => {
        void (async () => {
          const worker = await state.mainstayWorker;
          await worker?.stop({ timeoutMs: 10_000 }).catch(() => {});
          process.exit(code);
        })();
      });
    }
  }
}
