import { inject } from "vitest";
import { runPendingJobs } from "@/lib/jobs/worker";
import { ownerDb } from "@/tests/support/db";

/** Jobs of one tenant still to run (created, waiting for a retry, or running somewhere). */
export async function pendingJobs(tenantId: string, options: { includeWaiting?: boolean } = {}): Promise<number> {
  const [row] = await ownerDb().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM pgboss.job
     WHERE data->>'tenantId' = $1 AND state < 'completed' AND ($2::boolean OR start_after <= now() OR state = 'active')`,
    tenantId,
    options.includeWaiting ?? false,
  );
  return row?.n ?? 0;
}

/**
 * Runs the queue until none of this tenant's jobs is left to run: test files share one
 * database and run in parallel, so another file's runner (or a worker process) may be running
 * one of ours — wait for it rather than assume. `ignoreStartAfter` also runs retries still
 * waiting out their backoff.
 */
export async function settleJobs(tenantId: string, options: { ignoreStartAfter?: boolean; timeoutMs?: number } = {}) {
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    await runPendingJobs({ connectionString: inject("databaseUrl"), ignoreStartAfter: options.ignoreStartAfter });
    if ((await pendingJobs(tenantId, { includeWaiting: options.ignoreStartAfter })) === 0) return;
    if (Date.now() > deadline) throw new Error(`jobs of tenant ${tenantId} still pending after the timeout`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
