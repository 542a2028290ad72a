import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { publishReportAction } from "@/lib/actions/reports";
import { withDbContext } from "@/lib/db/context";
import { emitEvent } from "@/lib/events/emit-event";
import { enqueue } from "@/lib/jobs/enqueue";
import { jobIdFor } from "@/lib/jobs/job-id";
import { JOB_NAMES } from "@/lib/jobs/queues";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";

/**
 * The durable job queue (pg-boss in PostgreSQL) and the outbox on top of it: jobs are written
 * by the caller's transaction (as the runtime role, under its grants), run by the worker code,
 * and an event exists if and only if the change that caused it committed.
 */
let w: World;
let other: World;
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

const jobsWithKey = (name: string, key: string) =>
  ownerDb().$queryRawUnsafe<{ id: string; state: string }[]>(
    `SELECT id, state::text FROM pgboss.job WHERE name = $1 AND id = $2::uuid`,
    name,
    jobIdFor(name, key),
  );

describe("the queue's schema", () => {
  it("is the version this pg-boss expects, installed by the migrations", async () => {
    const expected = createRequire(import.meta.url)("pg-boss/version.json").schema as number;
    const [row] = await ownerDb().$queryRawUnsafe<{ version: number }[]>(`SELECT version FROM pgboss.version`);
    expect(row?.version).toBe(expected);
  });

  it("has a queue for every job name (a job added without its migration fails here)", async () => {
    const rows = await ownerDb().$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM pgboss.queue`);
    expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(JOB_NAMES));
  });

  it("grants the runtime role data privileges only (it owns nothing and creates nothing there)", async () => {
    const [privileges] = await ownerDb().$queryRawUnsafe<{ usage: boolean; create: boolean; insert: boolean }[]>(
      `SELECT has_schema_privilege('mainstay_app', 'pgboss', 'USAGE') AS usage,
              has_schema_privilege('mainstay_app', 'pgboss', 'CREATE') AS create,
              has_table_privilege('mainstay_app', 'pgboss.job', 'INSERT') AS insert`,
    );
    expect(privileges).toEqual({ usage: true, create: false, insert: true });
    const [owned] = await ownerDb().$queryRawUnsafe<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'pgboss' AND tableowner = 'mainstay_app'`,
    );
    expect(owned?.n).toBe(0);
  });
});

describe("enqueue(tx, job)", () => {
  it("writes the job with the caller's transaction: committed → queued, rolled back → nothing", async () => {
    const kept = `kept-${Date.now()}`;
    const dropped = `dropped-${Date.now()}`;
    await withDbContext({ tenantId: w.tenant.id }, (tx) =>
      enqueue(tx, { name: "events.dispatch", data: { tenantId: w.tenant.id, eventId: "evt_none" }, key: kept }),
    );
    await expect(
      withDbContext({ tenantId: w.tenant.id }, async (tx) => {
        await enqueue(tx, {
          name: "events.dispatch",
          data: { tenantId: w.tenant.id, eventId: "evt_none" },
          key: dropped,
        });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await jobsWithKey("events.dispatch", kept)).toHaveLength(1);
    expect(await jobsWithKey("events.dispatch", dropped)).toHaveLength(0);
  });

  it("inserts one job for one key, however often it is asked", async () => {
    const key = `twice-${Date.now()}`;
    const ids = await withDbContext({ tenantId: w.tenant.id }, async (tx) => [
      await enqueue(tx, { name: "events.dispatch", data: { tenantId: w.tenant.id, eventId: "evt_none" }, key }),
      await enqueue(tx, { name: "events.dispatch", data: { tenantId: w.tenant.id, eventId: "evt_none" }, key }),
    ]);
    expect(ids[0]).toBe(jobIdFor("events.dispatch", key));
    expect(ids[1]).toBeNull();
    expect(await jobsWithKey("events.dispatch", key)).toHaveLength(1);
  });

  it("refuses data that does not match the job's schema, before writing anything", async () => {
    await expect(
      withDbContext({ tenantId: w.tenant.id }, (tx) =>
        enqueue(tx, { name: "events.dispatch", data: { tenantId: w.tenant.id } as never }),
      ),
    ).rejects.toThrow();
  });
});

describe("the outbox", () => {
  it("records an event and its dispatch job with the change; the worker dispatches it once", async () => {
    const report = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2024-05",
      status: "DRAFT",
    });
    actAs(w.manager.user);
    const published = await publishReportAction({ id: report.id, expectedVersion: 1 });
    expect(published.ok).toBe(true);
    const events = await ownerDb().domainEvent.findMany({ where: { tenantId: w.tenant.id, type: "report.published" } });
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      actorUserId: w.manager.user.id,
      dispatchedAt: null,
      data: { reportId: report.id, organizationId: w.orgX.id, period: "2024-05", republished: false },
    });
    expect(event.id).toMatch(/^evt_[0-9a-z]{9}[0-9a-f]{20}$/);
    // (Its state may already have moved on: test files share the queue and run it in parallel.)
    expect(await jobsWithKey("events.dispatch", event.id)).toHaveLength(1);

    await settleJobs(w.tenant.id);
    const after = await ownerDb().domainEvent.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: event.tenantId, id: event.id } },
    });
    expect(after.dispatchedAt).not.toBeNull();
    expect((await jobsWithKey("events.dispatch", event.id))[0]?.state).toBe("completed");

    // A repeated publish changes nothing and emits nothing more.
    const again = await publishReportAction({ id: report.id, expectedVersion: 1 });
    expect(again).toMatchObject({ ok: true, data: { alreadyPublished: true } });
    expect(await ownerDb().domainEvent.count({ where: { tenantId: w.tenant.id, type: "report.published" } })).toBe(1);
  });

  it("records nothing when the change fails", async () => {
    const report = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      period: "2024-06",
      status: "DRAFT",
    });
    const before = await ownerDb().domainEvent.count({ where: { tenantId: w.tenant.id } });
    actAs(w.manager.user);
    const stale = await publishReportAction({ id: report.id, expectedVersion: 7 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    await expect(
      withDbContext({ tenantId: w.tenant.id, userId: w.manager.user.id, role: "ACCOUNT_MANAGER" }, async (tx) => {
        await emitEvent(tx, {
          tenantId: w.tenant.id,
          type: "report.published",
          data: { reportId: report.id, organizationId: w.orgY.id, period: "2024-06", republished: false },
        });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await ownerDb().domainEvent.count({ where: { tenantId: w.tenant.id } })).toBe(before);
  });

  it("dispatches each event once even when its job runs twice", async () => {
    const eventId = await withDbContext({ tenantId: w.tenant.id, role: "OWNER", userId: w.owner.user.id }, (tx) =>
      emitEvent(tx, {
        tenantId: w.tenant.id,
        type: "report.published",
        data: { reportId: "r1", organizationId: w.orgX.id, period: "2024-07", republished: false },
      }),
    );
    await settleJobs(w.tenant.id);
    const first = await ownerDb().domainEvent.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: eventId } },
    });
    // The queue delivers at least once: run the same job again by hand.
    const { dispatchEvent } = await import("@/lib/events/dispatch-event");
    expect(await dispatchEvent({ tenantId: w.tenant.id, eventId })).toEqual({ dispatched: false });
    const second = await ownerDb().domainEvent.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: eventId } },
    });
    expect(second.dispatchedAt).toEqual(first.dispatchedAt);
  });

  it("lets the worker see one tenant's events only, and no request read them but an owner", async () => {
    const ownEvent = await withDbContext({ tenantId: w.tenant.id, role: "CLIENT" }, (tx) =>
      emitEvent(tx, {
        tenantId: w.tenant.id,
        type: "report.acknowledged",
        data: { reportId: "r", organizationId: w.orgX.id, period: "2024-07", userId: w.clientX.user.id },
      }),
    );
    const seen = (ctx: Parameters<typeof withDbContext>[0]) =>
      withDbContext(ctx, (tx) => tx.$queryRaw<{ id: string }[]>`SELECT id FROM "DomainEvent" WHERE id = ${ownEvent}`);
    expect(await seen({ tenantId: w.tenant.id, system: true })).toHaveLength(1);
    expect(await seen({ tenantId: other.tenant.id, system: true })).toHaveLength(0);
    expect(await seen({ tenantId: w.tenant.id, role: "OWNER" })).toHaveLength(1);
    expect(await seen({ tenantId: w.tenant.id, role: "ACCOUNT_MANAGER" })).toHaveLength(0);
    expect(await seen({ tenantId: w.tenant.id, role: "CLIENT" })).toHaveLength(0);
    // Nobody can write an event into another tenant.
    await expect(
      withDbContext({ tenantId: other.tenant.id, role: "OWNER" }, (tx) =>
        emitEvent(tx, {
          tenantId: w.tenant.id,
          type: "report.acknowledged",
          data: { reportId: "r", organizationId: w.orgX.id, period: "2024-07", userId: w.clientX.user.id },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
  });
});
