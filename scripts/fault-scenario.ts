// npm run fault:scenario [-- --no-build] [-- --duration 60] [-- --workers 8]
// Issue 10's database-fault scenario against the PRODUCTION build on real PostgreSQL:
// steady mixed load (reads and multi-row writes) from two tenants; partway through, the
// app's connections are terminated (pg_terminate_backend), later the PostgreSQL server is
// restarted. It prints requests, errors by kind, recovery times and integrity checks.
// Needs DATABASE_URL (mainstay_app), MIGRATE_DATABASE_URL (owner, with pg_signal_backend)
// and, for the restart, root (or FAULT_RESTART_CMD). The CI-sized version is
// tests/integration/faults.test.ts.
import { execSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/lib/seed/seed";
import { DEMO_PASSWORD } from "@/lib/seed/factories";
import { actionHeaders, encodeActionArgs, findActionId } from "./bench/actions";
import { build, startInstance, stop, waitForHealth } from "./bench/server";
import { signIn, type Session } from "./bench/session";

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    duration: { type: "string", default: "60" },
    workers: { type: "string", default: "8" },
    port: { type: "string", default: "3230" },
  },
});
const DURATION_S = Number(values.duration);
const WORKERS = Number(values.workers);
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DIST = ".next-fault";
const RESTART_CMD = process.env.FAULT_RESTART_CMD ?? "pg_ctlcluster 15 main restart";

const appUrl = process.env.DATABASE_URL;
const ownerUrl = process.env.MIGRATE_DATABASE_URL ?? appUrl;
if (!appUrl || !ownerUrl || /127\.0\.0\.1:54\d\d\d/.test(appUrl)) {
  console.error(
    "fault:scenario needs a real PostgreSQL server: set DATABASE_URL (mainstay_app) and MIGRATE_DATABASE_URL (owner).",
  );
  process.exit(2);
}

type Outcome = { at: number; kind: "read" | "write"; tenant: string; result: string; leak: boolean };
const outcomes: Outcome[] = [];
const leakSamples: string[] = [];
const faults: { name: string; at: number }[] = [];
const run = randomUUID().slice(0, 6);
const started = Date.now();
const log = (line: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)} s] ${line}`);
// Stack frames, SQL (upper case: a page's <select> is not a leak), driver and server messages.
const LEAK =
  /(\bat [\w.<>]+ \(|\.js:\d+:\d+|\bSELECT [\w"*]|\bINSERT INTO\b|\bUPDATE "|[Pp]risma|ECONNREFUSED|terminating connection|\bpg_\w+)/;

function classify(status: number, body: string): string {
  if (status === 0) return "network";
  if (status >= 500) return `HTTP ${status}`;
  const code = /"ok":false,"code":"([A-Z_]+)"/.exec(body)?.[1];
  if (code) return code;
  if (status >= 400) return `HTTP ${status}`;
  return "ok";
}

async function request(url: string, init: RequestInit): Promise<{ status: number; body: string }> {
  try {
    const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { status: 0, body: String(error) };
  }
}

async function main() {
  log(`migrating and seeding the demo data (idempotent) on ${new URL(ownerUrl!).pathname.slice(1)}`);
  await migrate(ownerUrl!);
  await seedDemo(() => {}, ownerUrl);

  const secret = randomBytes(32).toString("base64");
  const env = {
    ...process.env,
    NODE_ENV: "production" as const,
    NEXT_DIST_DIR: DIST,
    NEXT_SKIP_TYPECHECK: "1",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: secret,
    DB_POOL_MAX: "10",
    LOG_LEVEL: "warn",
  };
  if (!values["no-build"]) await build(env, log);
  const createOrg = findActionId(DIST, "createOrganizationAction");
  if (!createOrg) throw new Error(`createOrganizationAction not found in ${DIST}: build first`);
  const instance = startInstance("fault-app", PORT, env, { logDir: path.join("test-results", "fault-scenario") });
  try {
    await waitForHealth(BASE, instance);
    const sessions: Record<string, Session> = {
      northwind: await signIn(BASE, "owner@northwind.test", DEMO_PASSWORD),
      bluepeak: await signIn(BASE, "owner@bluepeak.test", DEMO_PASSWORD),
    };
    log(`signed in as two tenants' owners; ${WORKERS} workers for ${DURATION_S} s`);

    const deadline = Date.now() + DURATION_S * 1000;
    let n = 0;
    const worker = async (w: number) => {
      while (Date.now() < deadline) {
        const tenant = (n++ + w) % 2 === 0 ? "northwind" : "bluepeak";
        const cookie = sessions[tenant]!.cookie;
        const write = n % 3 === 0;
        const res = write
          ? await request(`${BASE}/organizations/new`, {
              method: "POST",
              headers: actionHeaders(createOrg, BASE, cookie),
              body: encodeActionArgs([
                {
                  name: `Fault ${run} ${tenant} ${randomUUID().slice(0, 8)}`,
                  headcount: "12",
                  sites: "1",
                  currentModel: "HYBRID",
                  lifecycleStatus: "ACTIVE",
                  idempotencyKey: randomUUID(),
                },
              ]),
            })
          : await request(n % 2 ? `${BASE}/api/dashboard` : `${BASE}/organizations?q=Fault`, { headers: { cookie } });
        const leak = LEAK.exec(res.body);
        if (leak && leakSamples.length < 3)
          leakSamples.push(res.body.slice(Math.max(0, leak.index - 120), leak.index + 120));
        outcomes.push({
          at: Date.now(),
          kind: write ? "write" : "read",
          tenant,
          result: classify(res.status, res.body),
          leak: !!leak,
        });
      }
    };
    const admin = new pg.Client({ connectionString: ownerUrl });
    await admin.connect();
    const chaos = async () => {
      await new Promise((r) => setTimeout(r, DURATION_S * 250));
      faults.push({ name: "pg_terminate_backend (app connections)", at: Date.now() });
      const { rows } = await admin.query<{ n: number }>(
        `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE usename = 'mainstay_app' AND datname = current_database()`,
      );
      log(`fault 1: terminated ${rows[0]?.n ?? 0} app connections`);
      await admin.end();
      await new Promise((r) => setTimeout(r, DURATION_S * 250));
      faults.push({ name: `PostgreSQL restart (${RESTART_CMD})`, at: Date.now() });
      log("fault 2: restarting PostgreSQL");
      try {
        execSync(RESTART_CMD, { stdio: "inherit" });
        log("PostgreSQL is back");
      } catch (error) {
        log(`could not restart PostgreSQL (${(error as Error).message}); set FAULT_RESTART_CMD or run as root`);
      }
    };
    await Promise.all([...Array.from({ length: WORKERS }, (_, w) => worker(w)), chaos()]);
  } finally {
    await stop(instance);
  }

  // Integrity, behind the app's back, as the owner.
  const db = new pg.Client({ connectionString: ownerUrl });
  await db.connect();
  const orphans = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ClientOrganization" o
     WHERE o.name LIKE $1 AND (NOT EXISTS (SELECT 1 FROM "ServiceModelChange" c WHERE c."organizationId" = o.id AND c."tenantId" = o."tenantId")
        OR NOT EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."targetId" = o.id AND a."tenantId" = o."tenantId"))`,
    [`Fault ${run} %`],
  );
  const crossTenant = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ClientOrganization" o JOIN "Tenant" t ON t.id = o."tenantId"
     WHERE o.name LIKE $1 AND o.name NOT LIKE 'Fault ' || $2 || ' ' || t.slug || ' %'`,
    [`Fault ${run} %`, run],
  );
  const created = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ClientOrganization" WHERE name LIKE $1`,
    [`Fault ${run} %`],
  );
  const changes = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM "ServiceModelChange" c JOIN "ClientOrganization" o ON o.id = c."organizationId" WHERE o.name LIKE $1`,
    [`Fault ${run} %`],
  );
  await db.end();

  const byKind = outcomes.reduce<Record<string, number>>(
    (acc, o) => ({ ...acc, [`${o.kind} ${o.result}`]: (acc[`${o.kind} ${o.result}`] ?? 0) + 1 }),
    {},
  );
  // Per fault: the failures until the next fault, and the time from the fault to the first
  // success after its last failure (0 when nothing failed, null when nothing succeeded after).
  const recovery = faults.map((f, i) => {
    const until = faults[i + 1]?.at ?? Infinity;
    const failed = outcomes.filter((o) => o.at >= f.at && o.at < until && o.result !== "ok");
    const lastFailure = failed.at(-1)?.at;
    const firstOk =
      lastFailure === undefined ? undefined : outcomes.find((o) => o.at >= lastFailure && o.result === "ok");
    return {
      fault: f.name,
      failedRequests: failed.length,
      recoveredAfterMs: lastFailure === undefined ? 0 : firstOk ? firstOk.at - f.at : null,
    };
  });
  const okWrites = outcomes.filter((o) => o.kind === "write" && o.result === "ok").length;
  const summary = {
    requests: outcomes.length,
    ok: outcomes.filter((o) => o.result === "ok").length,
    outcomes: byKind,
    responsesLeakingInternals: outcomes.filter((o) => o.leak).length,
    leakSamples,
    faultsAt: faults.map((f) => ({ fault: f.name, atSeconds: Number(((f.at - started) / 1000).toFixed(1)) })),
    failures: outcomes
      .filter((o) => o.result !== "ok")
      .map((o) => `${((o.at - started) / 1000).toFixed(1)} s ${o.kind} ${o.result}`),
    recovery,
    recoveredAtEnd: outcomes.slice(-Math.min(20, outcomes.length)).every((o) => o.result === "ok"),
    integrity: {
      organizationsCreated: created.rows[0]!.n,
      successfulCreateResponses: okWrites,
      firstModelChanges: changes.rows[0]!.n,
      organizationsWithoutTheirModelChangeOrAudit: orphans.rows[0]!.n,
      rowsInTheWrongTenant: crossTenant.rows[0]!.n,
    },
  };
  console.log(JSON.stringify(summary, null, 2));
  const ok =
    summary.responsesLeakingInternals === 0 &&
    summary.recoveredAtEnd &&
    summary.integrity.organizationsWithoutTheirModelChangeOrAudit === 0 &&
    summary.integrity.rowsInTheWrongTenant === 0 &&
    summary.integrity.firstModelChanges === summary.integrity.organizationsCreated &&
    // Pages answer a database outage with the friendly error page (HTTP 500, no internals), route
    // handlers with 503 UNAVAILABLE, server actions with { ok: false, code: "UNAVAILABLE", retryable }.
    !Object.keys(byKind).some((k) => /INTERNAL/.test(k));
  console.log(
    ok
      ? "PASS: every failure was clean and retryable, the app recovered by itself, no partial or cross-tenant writes."
      : "FAIL: see above.",
  );
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
