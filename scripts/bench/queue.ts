import type pg from "pg";

/** Jobs ready to run now or running (pg-boss's states before "completed"; retries still waiting out their backoff left out). */
export async function readyJobs(owner: pg.Client): Promise<number> {
  const { rows } = await owner.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pgboss.job WHERE state < 'completed' AND (start_after <= now() OR state = 'active')`,
  );
  return rows[0]?.n ?? 0;
}

/**
 * Waits until the job queue has nothing ready to run. The instances run the jobs in-process
 * (events a write target queued, their webhooks and mails): their CPU would be counted in the
 * next target's figures. Gives up after `timeoutMs` and says so (the figures are then marked by
 * the log line, not dropped).
 */
export async function waitForIdleQueue(
  owner: pg.Client,
  log: (line: string) => void,
  { timeoutMs = 10 * 60_000 }: { timeoutMs?: number } = {},
): Promise<void> {
  let pending = await readyJobs(owner);
  if (pending === 0) return;
  const started = Date.now();
  log(`  waiting for ${pending.toLocaleString("en-US")} queued job(s) to run first (the instances run them)…`);
  while (pending > 0) {
    if (Date.now() - started > timeoutMs) {
      log(
        `  warning: ${pending.toLocaleString("en-US")} job(s) still queued after ${timeoutMs / 1000} s; measuring anyway`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    pending = await readyJobs(owner);
  }
  log(`  queue idle after ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
