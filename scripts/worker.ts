// npm run worker — the job worker as a process of its own, for deployments that run the web
// servers with JOBS_WORKER=off. Needs DATABASE_URL (the runtime role) and the app's
// AUTH_SECRET. With the embedded database (no DATABASE_URL) the worker runs inside
// `npm run dev` / `npm start` instead: PGlite's folder belongs to that one process.
//   --once   run every job due now, then exit (maintenance, tests)
import { env, formatEnvError } from "@/lib/env";
import { runPendingJobs, startWorker } from "@/lib/jobs/worker";
import { z } from "zod";

if (!process.env.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL. With the embedded database the worker runs inside npm run dev / npm start.",
  );
  process.exit(64);
}
let config;
try {
  config = env();
} catch (error) {
  console.error(error instanceof z.ZodError ? formatEnvError(error) : (error as Error).message);
  process.exit(78);
}

if (process.argv.includes("--once")) {
  const tally = await runPendingJobs({ connectionString: config.DATABASE_URL });
  console.log(`${tally.completed} job(s) completed, ${tally.failed} failed.`);
  process.exit(0);
}

const worker = await startWorker({
  connectionString: config.DATABASE_URL,
  pollingIntervalSeconds: config.JOBS_POLL_SECONDS,
  maintenanceIntervalSeconds: config.JOBS_MAINTENANCE_SECONDS,
  dailyMail: config.MAIL_DAILY === "on",
});
console.log(`Job worker running (pid ${process.pid}); Ctrl-C or SIGTERM stops it cleanly.`);
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, async () => {
    await worker.stop({ timeoutMs: 10_000 });
    process.exit(0);
  });
}
