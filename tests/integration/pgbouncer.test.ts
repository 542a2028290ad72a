import { spawn, type ChildProcess } from "node:child_process";
import { accessSync, chmodSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyContext, type DbContext, type Tx } from "@/lib/db/context";
import { preparedStatementOptions } from "@/lib/db/client";
import { freePort } from "@/lib/db/resolve";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { ownerDb } from "@/tests/support/db";
import { createFullWorld } from "@/tests/support/worlds";

/**
 * The app behind PgBouncer in TRANSACTION mode (docs/scaling.md): a server connection goes to
 * whichever client starts the next transaction, so anything a transaction leaves on it is seen
 * by another client. The app's per-request context is transaction-local (set_config(..., true),
 * lib/db/context.ts): this runs two tenants' transactions concurrently, from two app-like pools,
 * through a PgBouncer with ONE server connection, and checks each sees exactly its own rows and
 * nothing of the other's context. A control shows that a session-level setting would leak.
 *
 * Needs the pgbouncer binary (Debian: apt-get install -y pgbouncer); skipped without it.
 */
const PGBOUNCER = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"].find((p) => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
});
if (!PGBOUNCER)
  console.warn("pgbouncer is not installed (apt-get install -y pgbouncer): the PgBouncer tests are SKIPPED");

type World = Awaited<ReturnType<typeof createFullWorld>>;
const staff = (w: World): DbContext => ({ tenantId: w.tenant.id, userId: w.owner.user.id, role: "OWNER" });
const q = (n: string) => `"${n.replace(/"/g, "")}"`;
/** Written by hand: tenant tables whose policy also keeps each user to their own rows (read state). */
const PER_USER_TABLES = new Set(["ReportRead", "MailOptOut"]);

let dir: string;
let bouncer: ChildProcess | undefined;
let bouncerLog = "";
let bouncerUrl: string;
const clients: PrismaClient[] = [];
let a: World;
let b: World;
let tenantTables: string[];

async function startPgBouncer(): Promise<string> {
  const server = new URL(inject("databaseUrl"));
  // Any free port (not a preferred one): two runs on one machine must not pick the same one.
  const port = await freePort(0);
  dir = mkdtempSync(path.join(tmpdir(), "mainstay-pgbouncer-"));
  const user = decodeURIComponent(server.username);
  const password = decodeURIComponent(server.password);
  writeFileSync(path.join(dir, "userlist.txt"), `"${user}" "${password}"\n`);
  writeFileSync(
    path.join(dir, "pgbouncer.ini"),
    [
      "[databases]",
      `app = host=${server.hostname} port=${server.port || 5432} dbname=${server.pathname.slice(1)}`,
      "[pgbouncer]",
      "listen_addr = 127.0.0.1",
      `listen_port = ${port}`,
      "unix_socket_dir =",
      "auth_type = scram-sha-256",
      `auth_file = ${path.join(dir, "userlist.txt")}`,
      "pool_mode = transaction",
      // One server connection for everyone: every transaction below reuses it.
      "default_pool_size = 1",
      "min_pool_size = 0",
      "reserve_pool_size = 0",
      "max_client_conn = 100",
      // Nothing resets the server connection between clients (as recommended in transaction mode).
      "server_reset_query =",
      "",
    ].join("\n"),
  );
  // PgBouncer refuses to run as root; as root (CI containers), it switches to `nobody`.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    chmodSync(dir, 0o755);
    for (const f of ["userlist.txt", "pgbouncer.ini"]) chmodSync(path.join(dir, f), 0o644);
  }
  const args = [...(asRoot ? ["-u", "nobody"] : []), path.join(dir, "pgbouncer.ini")];
  bouncer = spawn(PGBOUNCER!, args, { stdio: ["ignore", "pipe", "pipe"] });
  bouncer.stdout!.on("data", (d) => (bouncerLog += d));
  bouncer.stderr!.on("data", (d) => (bouncerLog += d));
  const url = `postgresql://${server.username}:${server.password}@127.0.0.1:${port}/app?sslmode=disable`;
  for (let i = 0; ; i++) {
    const probe = new pg.Client({ connectionString: url });
    try {
      await probe.connect();
      const { rows } = await probe.query<{ db: string }>("SELECT current_database() AS db");
      await probe.end();
      // Our PgBouncer, in front of our database (not another run's that took the port first).
      if (rows[0]?.db !== server.pathname.slice(1) || bouncer.exitCode !== null)
        throw new Error(`pgbouncer on port ${port} is not this run's\n${bouncerLog}`);
      return url;
    } catch (error) {
      await probe.end().catch(() => {});
      if (i >= 50 || bouncer.exitCode !== null)
        throw new Error(`pgbouncer did not start: ${String(error)}\n${bouncerLog}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/**
 * An app instance's pool (as lib/db/client.ts builds it), pointed at PgBouncer: with
 * DB_PREPARED_STATEMENTS=off, as docs/scaling.md requires behind PgBouncer < 1.21 (`named`: on).
 */
function appPool(named = false): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: bouncerUrl, max: 6 }, preparedStatementOptions(named)),
  });
  clients.push(client);
  return client;
}

/** One request's transaction: what the connection carries on arrival, then what the tenant sees. */
async function request(client: PrismaClient, world: World) {
  return client.$transaction(
    async (tx) => {
      const [arrival] = await tx.$queryRaw<{ pid: number; tenant: string | null; user: string; role: string }[]>`
        SELECT pg_backend_pid() AS pid, current_setting('app.tenant_id', true) AS tenant,
               current_user AS "user", session_user AS role`;
      await applyContext(tx as unknown as Tx, staff(world));
      const seen: Record<string, Record<string, number>> = {};
      for (const table of tenantTables) {
        const rows = await tx.$queryRawUnsafe<{ tenantId: string | null; n: number }[]>(
          `SELECT "tenantId", count(*)::int AS n FROM ${q(table)} GROUP BY 1`,
        );
        seen[table] = Object.fromEntries(rows.map((r) => [r.tenantId ?? "(none)", r.n]));
        // Yield mid-transaction so the other tenant's transactions queue for the connection.
        if (table === tenantTables[0]) await tx.$executeRaw`SELECT pg_sleep(0.002)`;
      }
      return { arrival: arrival!, seen };
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

const title = `through PgBouncer in transaction mode${PGBOUNCER ? "" : " (SKIPPED: pgbouncer is not installed)"}`;
describe.skipIf(!PGBOUNCER)(title, () => {
  beforeAll(async () => {
    bouncerUrl = await startPgBouncer();
    [a, b] = await Promise.all([createFullWorld(), createFullWorld()]);
    const rows = await ownerDb().$queryRaw<{ table_name: string }[]>`
      SELECT table_name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'tenantId' ORDER BY table_name`;
    tenantTables = rows.map((r) => r.table_name);
  });

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.$disconnect()));
    bouncer?.kill("SIGTERM");
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("two tenants' concurrent requests share one server connection and each sees only its own rows", async () => {
    // What each tenant owns, counted behind RLS's back.
    const expected = async (w: World) => {
      const own: Record<string, number> = {};
      for (const table of tenantTables) {
        const [row] = PER_USER_TABLES.has(table)
          ? await ownerDb().$queryRawUnsafe<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM ${q(table)} WHERE "tenantId" = $1 AND "userId" = $2`,
              w.tenant.id,
              staff(w).userId,
            )
          : await ownerDb().$queryRawUnsafe<{ n: number }[]>(
              `SELECT count(*)::int AS n FROM ${q(table)} WHERE "tenantId" = $1`,
              w.tenant.id,
            );
        own[table] = row!.n;
      }
      return own;
    };
    const own = new Map([
      [a.tenant.id, await expected(a)],
      [b.tenant.id, await expected(b)],
    ]);
    const [poolA, poolB] = [appPool(), appPool()];
    const runs = Array.from({ length: 24 }, (_, i) => (i % 2 ? { pool: poolB, w: b } : { pool: poolA, w: a }));
    const results = await Promise.all(runs.map(async ({ pool, w }) => ({ w, ...(await request(pool, w)) })));

    // One server connection carried every transaction of both tenants.
    expect(new Set(results.map((r) => r.arrival.pid)).size).toBe(1);
    for (const { w, arrival, seen } of results) {
      // Nothing left over from the previous tenant's transaction on that connection.
      expect(arrival.tenant ?? "").toBe("");
      expect(arrival.user).toBe(arrival.role);
      // Exactly this tenant's rows, in every tenant table (the RLS policies ignore the rest; the
      // owner's own read state only).
      for (const table of tenantTables) {
        const mine = own.get(w.tenant.id)![table]!;
        expect(seen[table], `${table} for ${w.tenant.slug}`).toEqual(mine > 0 ? { [w.tenant.id]: mine } : {});
      }
    }
    // Not vacuous: both tenants have rows in the tables that matter.
    for (const w of [a, b]) expect(own.get(w.tenant.id)!["ClientOrganization"]).toBeGreaterThan(0);
  });

  it("control: a session-level setting WOULD leak to the next client (what the app never does)", async () => {
    const [poolA, poolB] = [appPool(), appPool()];
    await poolA.$executeRaw`SELECT set_config('app.tenant_id', ${a.tenant.id}, false)`;
    try {
      const [next] = await poolB.$queryRaw<{ tenant: string | null }[]>`
        SELECT current_setting('app.tenant_id', true) AS tenant`;
      expect(next?.tenant).toBe(a.tenant.id);
    } finally {
      await poolB.$executeRaw`SELECT set_config('app.tenant_id', '', false)`;
    }
  });

  it("needs DB_PREPARED_STATEMENTS=off before PgBouncer 1.21: named statements collide on the shared connection", async () => {
    const version = /PgBouncer (\d+)\.(\d+)/.exec(bouncerLog + (await bouncerVersion()))!;
    const tracksStatements = Number(version[1]) > 1 || Number(version[2]) >= 21;
    const [poolA, poolB] = [appPool(true), appPool(true)];
    // Pool A prepares the statement on the one server connection; pool B has never prepared it,
    // so it sends the same Parse again to the same server connection.
    await request(poolA, a);
    const second = request(poolB, b);
    if (tracksStatements) await expect(second).resolves.toBeDefined();
    else await expect(second).rejects.toThrow(/already exists/);
  });
});

async function bouncerVersion(): Promise<string> {
  const child = spawn(PGBOUNCER!, ["--version"], { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  await new Promise((resolve) => child.on("exit", resolve));
  return out;
}
