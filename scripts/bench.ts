// npm run bench [-- --no-build] [-- --instances 2] [-- --duration 15] [-- --only "dashboard data,baseline"]
// The benchmark of issue 9 (docs/performance.md): the production build on real PostgreSQL with
// the large data set, signed in as users of each role, autocannon at every target plus a
// baseline route, figures printed and written to docs/performance.md. Not part of npm test or CI.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { assertRealPostgres, EmbeddedDatabaseRefused, seedLarge } from "@/lib/seed/large/seed-large";
import { BENCH_PASSWORD } from "@/lib/seed/large/plan";
import { createApiTokenFor, createWorld } from "@/lib/seed/factories";
import { unsafeOwnerDb } from "@/lib/db/owner";
import { actionHeaders, encodeActionArgs, findActionId } from "./bench/actions";
import { canSampleCpu, cpuCost, sampleCpu } from "./bench/cpu";
import { benchImport, importSection } from "./bench/import";
import { createDrafts, discover, FINALIZE_ANSWERS, removeDrafts, type Discovered, type Draft } from "./bench/fixtures";
import { runLoad, type LoadSpec } from "./bench/load";
import { describeMachine, type Machine } from "./bench/machine";
import { findNginx, prepareNginx, PRODUCTION_CONF, upstreamCounts } from "./bench/nginx";
import { waitForIdleQueue } from "./bench/queue";
import { consoleTable, markdownSection, replaceSection, type Row } from "./bench/report";
import { build, productionEnv, startInstance, startProcess, stop, waitForHealth, type Instance } from "./bench/server";
import { signIn, type Session } from "./bench/session";
import { actionBodyError, totalErrors, type References } from "./bench/stats";
import { acceptFor, TARGETS, type Role, type TargetDef } from "./bench/targets";
import { positiveIntOption } from "./cli-args";

const { values } = parseArgs({
  options: {
    "no-build": { type: "boolean", default: false },
    instances: { type: "string", default: "1" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "15" },
    warmup: { type: "string", default: "3" },
    "write-pool": { type: "string", default: "6000" },
    "pool-max": { type: "string", default: "10" },
    port: { type: "string", default: "3205" },
    proxy: { type: "string", default: "nginx" },
    only: { type: "string" },
    "no-docs": { type: "boolean", default: false },
    "import-rows": { type: "string", default: "50000" },
    "only-import": { type: "boolean", default: false },
    "cpu-prof": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run bench -- [options]
  --no-build          reuse the last build in .next-bench
  --instances <n>     next start instances behind nginx, configured from docker/nginx/default.conf (default 1)
  --proxy <name>      with --instances > 1: nginx (default; falls back to node when nginx is not installed)
                      or node (scripts/bench/proxy.ts, a hand-made round-robin proxy)
  --connections <n>   autocannon connections (default 10)
  --duration <s>      measured seconds per target (default 15), after --warmup <s> (default 3)
  --write-pool <n>    drafts created for each write target (default 6000)
  --pool-max <n>      DB_POOL_MAX per instance (default 10)
  --only <names>      comma-separated target names (the baseline and the floor always run)
  --no-docs           do not write docs/performance.md
  --import-rows <n>   rows of the interventions CSV import measured first (default 50000; 0 skips it)
  --only-import       measure the import only (no build, no HTTP load)
  --cpu-prof          write a V8 CPU profile of each instance (node --cpu-prof) into .next-bench/bench-logs/
Needs DATABASE_URL (mainstay_app) and MIGRATE_DATABASE_URL (owner) on a real PostgreSQL; ports ${values.port}+.`);
  process.exit(0);
}

const int = positiveIntOption;
const instances = int("instances", values.instances);
const connections = int("connections", values.connections);
const durationSeconds = int("duration", values.duration);
const warmupSeconds = Number(values.warmup ?? 3);
const writePool = int("write-pool", values["write-pool"]);
const poolMax = int("pool-max", values["pool-max"]);
const basePort = int("port", values.port);
const only = values.only ? new Set(values.only.split(",").map((s) => s.trim())) : null;
if (values.proxy !== "nginx" && values.proxy !== "node") {
  console.error(`--proxy must be nginx or node, not "${values.proxy}"`);
  process.exit(2);
}
const distDir = ".next-bench";
const log = (line: string) => console.log(line);

const appUrl = process.env.DATABASE_URL;
const ownerUrl = process.env.MIGRATE_DATABASE_URL ?? appUrl;
if (!appUrl || !ownerUrl) {
  console.error(
    "npm run bench needs a real PostgreSQL: DATABASE_URL (mainstay_app) and MIGRATE_DATABASE_URL (owner role). The embedded PGlite is refused.",
  );
  process.exit(2);
}

const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
const running: Instance[] = [];
let discovered: Discovered | null = null;
let exitCode = 0;

const benchTokenIds: string[] = [];
async function cleanup() {
  for (const instance of running.splice(0).reverse()) await stop(instance);
  if (benchTokenIds.length)
    await owner.query(`DELETE FROM "ApiToken" WHERE id = ANY($1::text[])`, [benchTokenIds.splice(0)]).catch(() => {});
  if (discovered) await removeDrafts(owner, discovered).catch(() => {});
}
process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));

try {
  await assertRealPostgres(owner);
  await migrate(ownerUrl);
  discovered = await discover(owner);
  if (values["only-import"]) {
    // Without the large data set, a throwaway tenant (the import's cost does not depend on other tenants' rows).
    let target = discovered ? { tenantId: discovered.tenantId, ownerUserId: discovered.users.owner } : null;
    let throwaway: string | null = null;
    if (!target) {
      const world = await createWorld(unsafeOwnerDb(ownerUrl));
      throwaway = world.tenant.id;
      target = { tenantId: world.tenant.id, ownerUserId: world.owner.user.id };
    }
    try {
      await measureImport(target, throwaway ? "a throwaway tenant" : "the large tenant", await describeMachine(owner));
    } finally {
      if (throwaway) await owner.query(`DELETE FROM "Tenant" WHERE id = $1`, [throwaway]);
    }
    await owner.end();
    process.exit(0);
  }
  if (!discovered) {
    log("The large data set is missing: running db:seed:large first.");
    await seedLarge({ connectionString: ownerUrl, log });
    discovered = await discover(owner);
    if (!discovered) throw new Error("db:seed:large did not create the large tenant");
  }
  const d = discovered;
  const leftovers = await removeDrafts(owner, d);
  if (leftovers.assessments + leftovers.reports)
    log(`Removed ${leftovers.assessments + leftovers.reports} draft(s) left by an earlier run.`);
  const machine = await describeMachine(owner);
  const counts = (
    await owner.query<{ orgs: string; reports: string; tenants: string }>(
      `SELECT (SELECT count(*) FROM "ClientOrganization" WHERE "tenantId" = $1) AS orgs,
            (SELECT count(*) FROM "SteeringReport" WHERE "tenantId" = $1) AS reports,
            (SELECT count(*) FROM "Tenant") AS tenants`,
      [d.tenantId],
    )
  ).rows[0]!;
  const dataSet = `large data set: ${counts.tenants} tenants, the measured one ("atlas") with ${Number(counts.orgs).toLocaleString("en-US")} organizations and ${Number(counts.reports).toLocaleString("en-US")} reports`;

  await measureImport({ tenantId: d.tenantId, ownerUserId: d.users.owner }, "the large tenant", machine);

  const env = productionEnv({ distDir, appUrl, poolMax });

  if (!values["no-build"] || !existsSync(path.join(distDir, "BUILD_ID"))) await build(env, log);
  else log(`Reusing the build in ${distDir} (--no-build).`);

  const logDir = path.join(distDir, "bench-logs");
  const appPorts = instances === 1 ? [basePort] : Array.from({ length: instances }, (_, i) => basePort + 1 + i);
  const nginx = instances > 1 && values.proxy === "nginx" ? findNginx() : null;
  const nginxPrefix = path.join(distDir, "bench-nginx");
  // Behind nginx as in docker-compose.yml: the app believes the one proxy's X-Forwarded-* headers.
  const appEnv = nginx ? { ...env, TRUST_PROXY: "1" } : env;
  for (const [i, port] of appPorts.entries())
    running.push(startInstance(`instance-${i + 1}`, port, appEnv, { logDir, cpuProfile: values["cpu-prof"] }));
  await Promise.all(running.map((inst) => waitForHealth(`http://127.0.0.1:${inst.port}`, inst)));
  let proxyName: string | null = null;
  if (instances > 1) {
    const upstreams = appPorts.map((port) => ({ host: "127.0.0.1", port }));
    if (values.proxy === "nginx" && !nginx)
      log(
        `  warning: nginx is not installed (apt-get install nginx, or NGINX_BIN=/path/to/nginx): falling back to ` +
          `scripts/bench/proxy.ts, a hand-made round-robin proxy, NOT production's nginx. The report says so.`,
      );
    let proxy: Instance;
    if (nginx) {
      const { args, conf, version } = prepareNginx(nginx, {
        listen: { host: "127.0.0.1", port: basePort },
        upstreams,
        prefix: nginxPrefix,
      });
      proxy = startProcess("nginx", { command: nginx, args, env }, logDir);
      proxyName = `${version}, configured from ${PRODUCTION_CONF} (${path.relative(process.cwd(), conf)})`;
    } else {
      const args = ["scripts/bench/proxy.ts", "--port", String(basePort), "--upstreams", appPorts.join(",")];
      proxy = startProcess("proxy", { command: "tsx", args, env }, logDir);
      proxyName = `scripts/bench/proxy.ts, the hand-made fallback${values.proxy === "nginx" ? " (nginx was not installed)" : " (--proxy node)"}`;
    }
    running.push(proxy);
    await waitForHealth(`http://127.0.0.1:${basePort}`, proxy);
  }
  const baseUrl = `http://127.0.0.1:${basePort}`;
  // The instances were started detached: each is a process group whose id is its pid (CPU columns).
  const appGroups = running.filter((i) => i.name.startsWith("instance-")).map((i) => i.child.pid!);
  log(
    `${instances} instance(s) up on ${appPorts.join(", ")}${proxyName ? `, behind ${proxyName} on ${basePort}` : ""}; logs in ${logDir}.`,
  );

  const sessions = {} as Record<Exclude<Role, "api">, Session>;
  for (const role of ["owner", "manager", "writer", "client"] as const)
    sessions[role] = await signIn(baseUrl, d.emails[role], BENCH_PASSWORD);
  // The API's targets authenticate with a read token of the large tenant, made for this run (deleted at the end);
  // its rate limit is raised so that the load measures the API, not the limiter.
  const apiDb = unsafeOwnerDb(ownerUrl);
  const apiToken = await createApiTokenFor(apiDb, {
    tenantId: d.tenantId,
    createdById: d.users.owner,
    access: "READ",
    name: "Benchmark",
    rateLimit: 100_000_000,
  });
  benchTokenIds.push(apiToken.id);
  await apiDb.$disconnect();
  log(
    `Signed in: ${Object.values(sessions)
      .map((s) => s.email)
      .join(", ")}.`,
  );

  let drafts: { assessments: Draft[]; reports: Draft[] } | null = null;
  const rows: Row[] = [];
  const refs: References = { baseline: null, floor: null };
  for (const target of TARGETS) {
    if (only && target.kind !== "baseline" && target.kind !== "floor" && !only.has(target.name)) continue;
    const session = target.role === "api" ? null : sessions[target.role];
    const row = { path: target.path(d), role: roleLabel(target.role) };
    let spec: LoadSpec;
    if (target.action) {
      const actionId = findActionId(distDir, target.action.exportedName, target.action.filename);
      if (!actionId) {
        rows.push(skipped(target, row, "action not found in the build"));
        continue;
      }
      // Drafts are created just before the first write target: the read targets see the data set as seeded.
      drafts ??= await createDrafts(owner, d, writePool);
      const queue = target.action.pool === "assessments" ? drafts.assessments : drafts.reports;
      const next = nextRequest(target, queue);
      const probe = next();
      if (!probe) throw new Error("no draft to probe with");
      const response = await fetch(`${baseUrl}${probe.path}`, {
        method: "POST",
        headers: actionHeaders(actionId, baseUrl, session!.cookie),
        body: probe.body,
      });
      const body = await response.text();
      if (response.status === 404) {
        rows.push(skipped(target, row, "not found"));
        continue;
      }
      const problem = response.ok
        ? (actionBodyError(body) ?? (target.action.expect.test(body) ? null : "unexpected result"))
        : `status ${response.status}`;
      if (problem) log(`  warning: ${target.name}: the probe request failed (${problem}): ${body.slice(0, 300)}`);
      spec = {
        name: target.name,
        kind: target.kind,
        method: "POST",
        path: probe.path,
        headers: actionHeaders(actionId, baseUrl, session!.cookie),
        next,
        expect: target.action.expect,
      };
    } else {
      const headers: Record<string, string> = session
        ? {
            cookie: session.cookie,
            accept: acceptFor(row.path),
          }
        : { authorization: `Bearer ${apiToken.secret}`, accept: "application/json" };
      const probe = await fetch(`${baseUrl}${row.path}`, { headers, redirect: "manual" });
      await probe.arrayBuffer();
      if (probe.status === 404) {
        rows.push(skipped(target, row, "not found"));
        continue;
      }
      if (probe.status >= 300)
        log(`  warning: ${target.name}: the probe answered ${probe.status} ${probe.headers.get("location") ?? ""}`);
      spec = { name: target.name, kind: target.kind, method: "GET", path: row.path, headers };
    }
    await waitForIdleQueue(owner, log);
    if (warmupSeconds > 0) await runLoad(spec, { baseUrl, connections, durationSeconds: warmupSeconds });
    const cpuBefore = canSampleCpu() ? sampleCpu(appGroups) : null;
    const result = await runLoad(spec, { baseUrl, connections, durationSeconds });
    if (cpuBefore) result.cpu = cpuCost(cpuBefore, sampleCpu(appGroups), result.latency.count);
    if (target.kind === "baseline") refs.baseline = result;
    if (target.kind === "floor") refs.floor = result;
    rows.push({ ...result, ...row });
    log(
      `  ${target.name.padEnd(28)} ${result.rps.toFixed(1).padStart(7)} req/s  p50 ${result.latency.p50.toFixed(1)}  p95 ${result.latency.p95.toFixed(1)}  ` +
        `p99 ${result.latency.p99.toFixed(1)} ms  non2xx ${result.non2xx}  errors ${totalErrors(result) - result.non2xx}` +
        (result.cpu
          ? `  CPU/response app ${result.cpu.appMsPerResponse.toFixed(1)} ms, PostgreSQL ${result.cpu.postgresMsPerResponse.toFixed(1)} ms, machine ${result.cpu.machineBusyPercent.toFixed(0)} % busy`
          : "") +
        (result.timeouts || result.unanswered
          ? ` (timeouts ${result.timeouts}, unanswered ${result.unanswered}, sent ${result.sent})`
          : "") +
        (Object.keys(result.statusCounts).length > 1 ? `  statuses ${JSON.stringify(result.statusCounts)}` : ""),
    );
    for (const sample of result.bodyErrorSamples) log(`    ${sample}`);
  }

  console.log(`\n${consoleTable(rows, refs)}\n`);
  if (nginx) {
    const split = Object.entries(upstreamCounts(nginxPrefix)).map(([upstream, n]) => `${upstream} ${n}`);
    log(`nginx: requests per instance (${path.join(nginxPrefix, "access.log")}): ${split.join(", ")}.`);
  }
  const docs = path.join("docs", "performance.md");
  if (!values["no-docs"]) {
    const section = markdownSection(
      { machine, instances, proxy: proxyName, connections, durationSeconds, warmupSeconds, poolMax, dataSet },
      rows,
      refs,
    );
    const current = existsSync(docs) ? readFileSync(docs, "utf8") : "# Performance\n";
    writeFileSync(docs, replaceSection(current, instances, section));
    log(`Wrote the figures to ${docs}.`);
  }
  if (rows.some((r) => !r.skipped && totalErrors(r) > 0)) exitCode = 1;
} catch (error) {
  if (error instanceof EmbeddedDatabaseRefused) console.error(error.message);
  else console.error(error);
  exitCode = 1;
} finally {
  await cleanup();
  await owner.end();
}
process.exit(exitCode);

/** The interventions CSV import of issue 17 (scripts/bench/import.ts), printed and written to the docs. */
async function measureImport(target: { tenantId: string; ownerUserId: string }, where: string, machine: Machine) {
  const importRows = Number(values["import-rows"]);
  if (!Number.isInteger(importRows) || importRows <= 0) return;
  // The domain runs in this process on the app's client (lib/db/client.ts), which validates the env.
  process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
  log(`Interventions CSV import: ${importRows.toLocaleString("en-US")} rows into a fresh organization of ${where}…`);
  const m = await benchImport(owner, target, importRows);
  log(
    `  preview ${(m.previewMs / 1000).toFixed(1)} s, first import ${(m.firstImportMs / 1000).toFixed(1)} s (${m.created} added), same file again ${(m.reimportMs / 1000).toFixed(1)} s (${m.unchanged} unchanged)`,
  );
  if (values["no-docs"]) return;
  const docs = path.join("docs", "performance.md");
  const current = existsSync(docs) ? readFileSync(docs, "utf8") : "# Performance\n";
  writeFileSync(docs, replaceMarked(current, "bench:import", importSection(m, machine, where)));
  log(`Wrote the import figures to ${docs}.`);
}

/** Replaces what lies between <!-- name --> and <!-- /name --> (appends the pair when absent). */
function replaceMarked(doc: string, name: string, body: string): string {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start < 0 || end < start) return `${doc.trimEnd()}\n\n${open}\n${body}\n${close}\n`;
  return `${doc.slice(0, start + open.length)}\n${body}\n${doc.slice(end)}`;
}

function roleLabel(role: Role): string {
  return {
    owner: "owner",
    manager: "account manager",
    writer: "account manager",
    client: "client user",
    api: "API token (read)",
  }[role];
}

function skipped(target: TargetDef, row: { path: string; role: string }, why: string): Row {
  log(`  ${target.name.padEnd(28)} skipped: ${why} (${row.path})`);
  return {
    ...row,
    name: target.name,
    kind: target.kind,
    rps: 0,
    latency: { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN },
    non2xx: 0,
    errors: 0,
    unanswered: 0,
    bodyErrors: 0,
    skipped: why,
  };
}

/** Each call hands out the next draft: finalize its assessment or publish its report, as the form would. */
function nextRequest(target: TargetDef, queue: Draft[]): () => { path: string; body: string } | null {
  let i = 0;
  return () => {
    const draft = queue[i++];
    if (!draft) return null;
    if (target.action!.pool === "assessments") {
      return {
        path: `/organizations/${draft.organizationId}/assessments/${draft.id}`,
        body: encodeActionArgs([{ ...FINALIZE_ANSWERS, id: draft.id, expectedVersion: 1 }]),
      };
    }
    return { path: `/reports/${draft.id}`, body: encodeActionArgs([{ id: draft.id, expectedVersion: 1 }]) };
  };
}
