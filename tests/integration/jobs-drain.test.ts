import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { withDbContext } from "@/lib/db/context";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobIdFor } from "@/lib/jobs/job-id";
import { startWorker, type RunningWorker } from "@/lib/jobs/worker";
import { logger } from "@/lib/log";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";

/**
 * A backlog drains at the handlers' pace, not one job per polling interval: pg-boss waits the
 * interval after every fetch, so the worker asks for the next job at once after one that found
 * a job. With a 30-second interval, five queued jobs all run within seconds, most of them by
 * this worker (the old loop ran one, then waited 30 s).
 */
let w: World;
let worker: RunningWorker | null = null;
beforeAll(async () => {
  w = await createWorld(ownerDb());
});
afterAll(async () => {
  await worker?.stop({ timeoutMs: 2_000 });
});

describe("the job worker", () => {
  it("runs queued jobs back to back and polls only an empty queue", async () => {
    const keys = Array.from({ length: 5 }, (_, i) => `drain-${Date.now()}-${i}`);
    // Dispatch jobs of events that do not exist: each run finds nothing to do and completes.
    await withDbContext({ tenantId: w.tenant.id }, async (tx) => {
      for (const key of keys)
        await enqueue(tx, { name: "events.dispatch", data: { tenantId: w.tenant.id, eventId: `evt_${key}` }, key });
    });
    const ids = keys.map((key) => jobIdFor("events.dispatch", key));
    const ranHere = new Set<string>();
    const info = logger.info.bind(logger);
    vi.spyOn(logger, "info").mockImplementation((event, fields) => {
      if (event === "jobs.completed" && typeof fields?.jobId === "string") ranHere.add(fields.jobId);
      return info(event, fields);
    });

    worker = await startWorker({
      connectionString: inject("databaseUrl"),
      names: ["events.dispatch"],
      pollingIntervalSeconds: 30,
    });
    const deadline = Date.now() + 15_000;
    let completed = 0;
    while (Date.now() < deadline) {
      const [row] = await ownerDb().$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE id = ANY($1::uuid[]) AND state = 'completed'`,
        ids,
      );
      completed = row?.n ?? 0;
      if (completed === ids.length) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(completed).toBe(ids.length);
    // Other test files' runners share the queue and may take one; this worker ran more than the
    // single job the interval allowed.
    expect(ids.filter((id) => ranHere.has(id)).length).toBeGreaterThanOrEqual(2);
  });
});
