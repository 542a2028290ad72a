import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publishReportAction } from "@/lib/actions/reports";
import { createWebhookEndpointAction } from "@/lib/actions/webhooks";
import { jobIdFor } from "@/lib/jobs/job-id";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";
import { startReceiver } from "@/tests/support/webhook-receiver";

/**
 * Deliveries survive a crash: a worker PROCESS (npm run worker) is killed with SIGKILL while
 * its HTTP request is in flight; after a new worker starts, the queue takes the run back and
 * the event is delivered — one acknowledged delivery per endpoint and event id, same
 * webhook-id, nothing queued twice. Then the new worker stops cleanly on SIGTERM.
 */
let w: World;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
const children: ChildProcess[] = [];
/** Killed the moment its request reaches the receiver, before any answer. */
let victim: ChildProcess | null = null;

function startWorker(name: string) {
  // node itself with tsx's loader (not the tsx CLI, which would run the worker in a grandchild
  // that SIGKILL would not reach): the process killed is the worker.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: inject("databaseUrl"),
      JOBS_POLL_SECONDS: "0.5",
      JOBS_MAINTENANCE_SECONDS: "1",
      LOG_LEVEL: "info",
      // Long enough that the attempt is still waiting when the kill comes, on a slow machine too.
      WEBHOOK_TIMEOUT_MS: "8000",
      LOG_IN_TESTS: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const collect = (chunk: Buffer) => lines.push(...String(chunk).split("\n").filter(Boolean));
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);
  children.push(child);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, lines, exited, name };
}

async function until<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  w = await createWorld(ownerDb());
  // The first request is held open and its worker killed while it waits; the next ones answer 204.
  receiver = await startReceiver((n) => {
    if (n > 1) return { status: 204 };
    victim?.kill("SIGKILL");
    return "hang";
  });
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await receiver.close();
});

describe("a worker killed mid-delivery", () => {
  it("delivers the event exactly once per endpoint and event id after a restart", async () => {
    actAs(w.owner.user);
    const created = await createWebhookEndpointAction({
      url: receiver.url,
      description: "",
      eventTypes: ["report.published"],
      idempotencyKey: randomUUID(),
    });
    if (!created.ok) throw new Error(created.code);
    receiver.setSecret(created.data.secret!);
    const report = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2022-02",
      status: "DRAFT",
    });
    actAs(w.manager.user);
    expect((await publishReportAction({ id: report.id, expectedVersion: 1 })).ok).toBe(true);

    const a = startWorker("A");
    victim = a.child;
    await receiver.waitFor(1, 60_000);
    expect(await a.exited).toBeNull(); // killed by the signal, mid-request
    const delivery = await ownerDb().webhookDelivery.findFirstOrThrow({ where: { endpointId: created.data.id } });
    const interrupted = await ownerDb().webhookDelivery.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: delivery.tenantId, id: delivery.id } },
    });
    expect(interrupted).toMatchObject({ status: "PENDING", attempts: 1 });
    expect(interrupted.leaseUntil).not.toBeNull();
    expect(await ownerDb().webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(0);

    const b = startWorker("B");
    // The queue's maintenance fails the crashed run once it expires and schedules its retry.
    const jobId = jobIdFor("webhooks.deliver", `${delivery.id}:automatic`);
    await until(
      async () => {
        const [job] = await ownerDb().$queryRawUnsafe<{ state: string }[]>(
          `SELECT state::text FROM pgboss.job WHERE name = 'webhooks.deliver' AND id = $1::uuid`,
          jobId,
        );
        return job?.state === "retry";
      },
      90_000,
      "the crashed run to be taken back",
    );
    // Skip the retry's backoff wait (15–30 s): the rest is the real path.
    await ownerDb().$executeRawUnsafe(
      `UPDATE pgboss.job SET start_after = now() WHERE name = 'webhooks.deliver' AND id = $1::uuid`,
      jobId,
    );
    const done = await until(
      async () => {
        const d = await ownerDb().webhookDelivery.findUniqueOrThrow({
          where: { tenantId_id: { tenantId: delivery.tenantId, id: delivery.id } },
        });
        return d.status === "SUCCEEDED" ? d : null;
      },
      60_000,
      "the delivery after the restart",
    );
    expect(done).toMatchObject({ attempts: 2, lastStatusCode: 204 });

    // The receiver saw the same message twice: once cut off by the crash, once answered.
    // The killed worker may also have been sending the publication's e-mail (mail.send): the queue
    // takes that run back too, once its 60 s run time has passed, so wait for it as well.
    await settleJobs(w.tenant.id, { ignoreStartAfter: true, timeoutMs: 120_000 });
    expect(receiver.received).toHaveLength(2);
    expect(receiver.received.map((r) => r.id)).toEqual([done.eventId, done.eventId]);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(receiver.received.map((r) => r.answered)).toEqual([null, 204]);
    // One delivery row, one recorded attempt (the crashed one never finished), one job.
    expect(await ownerDb().webhookDelivery.count({ where: { endpointId: created.data.id } })).toBe(1);
    expect(await ownerDb().webhookAttempt.count({ where: { deliveryId: delivery.id } })).toBe(1);
    const jobs = await ownerDb().$queryRawUnsafe<{ state: string }[]>(
      `SELECT state::text FROM pgboss.job WHERE name = 'webhooks.deliver' AND data->>'deliveryId' = $1`,
      delivery.id,
    );
    expect(jobs).toEqual([{ state: "completed" }]);

    b.child.kill("SIGTERM");
    expect(await b.exited).toBe(0);
    expect(b.lines.some((l) => l.includes('"jobs.worker_stopped"'))).toBe(true);
  }, 240_000);
});
