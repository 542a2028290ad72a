// npm run bench:compare -- --b <checkout> [--a <checkout>] [--only "<target>,…"] [--rounds 6] [--requests 30]
//
// Two builds of the app compared on the same pages, for changes smaller than the noise of a load
// test on a shared machine (docs/performance.md, "Where the client report's CPU goes"). Each
// checkout's production build (`.next-bench`, as `npm run bench` leaves it) is served at the same
// time, one `next start` each; then, page by page, sequential requests — one at a time, as one
// signed-in user — go to each server in turn, the order reversed every round. The figure is the
// server's CPU time per request (its whole process group, from /proc) and PostgreSQL's, median
// over the rounds, with how many rounds B beat A: one request at a time, no server's queue or
// the other server's load is in it. Run it A against A first (`--b` the same checkout): with 20
// warm-up requests per page, two servers of one build differed by up to 15 % (one losing every
// round) — the JIT and the heap of each process still settling; with 100, by at most 3.4 %.
// Read-only pages only (the write targets need drafts, the API targets a token: `npm run bench`
// measures those).
import { existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { assertRealPostgres } from "@/lib/seed/large/seed-large";
import { BENCH_PASSWORD } from "@/lib/seed/large/plan";
import { canSampleCpu, cpuCost, sampleCpu } from "./bench/cpu";
import { discover } from "./bench/fixtures";
import { waitForIdleQueue } from "./bench/queue";
import { productionEnv, startInstance, stop, waitForHealth, type Instance } from "./bench/server";
import { signIn, type Session } from "./bench/session";
import { percentile } from "./bench/stats";
import { acceptFor, TARGETS, type Role } from "./bench/targets";
import { positiveIntOption } from "./cli-args";

const { values } = parseArgs({
  options: {
    a: { type: "string", default: "." },
    b: { type: "string" },
    only: { type: "string" },
    rounds: { type: "string", default: "6" },
    requests: { type: "string", default: "30" },
    warmup: { type: "string", default: "100" },
    port: { type: "string", default: "3305" },
    "pool-max": { type: "string", default: "10" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help || !values.b) {
  console.log(`usage: npm run bench:compare -- --b <checkout> [options]
  --a <checkout>      the reference (default: this checkout)
  --b <checkout>      the change; each checkout needs its production build in .next-bench
                      (run \`npm run bench\` there once, or NEXT_DIST_DIR=.next-bench npx next build)
  --only <names>      comma-separated target names (default: every read page; the floor always runs)
  --rounds <n>        rounds per page (default 6), each server in turn, the order reversed every round
  --requests <n>      sequential requests per server and round (default 30), after --warmup <n> (default 100)
  --port <n>          A on <n>, B on <n>+1 (default 3305)
  --pool-max <n>      DB_POOL_MAX per server (default 10)
Needs DATABASE_URL (mainstay_app) and MIGRATE_DATABASE_URL (owner) on a real PostgreSQL with the large
data set (npm run db:seed:large), and Linux (/proc).`);
  process.exit(values.help ? 0 : 2);
}

const int = positiveIntOption;
const rounds = int("rounds", values.rounds);
const requests = int("requests", values.requests);
const warmup = int("warmup", values.warmup);
const basePort = int("port", values.port);
const appUrl = process.env.DATABASE_URL;
const ownerUrl = process.env.MIGRATE_DATABASE_URL;
if (!appUrl || !ownerUrl) {
  console.error("DATABASE_URL (mainstay_app) and MIGRATE_DATABASE_URL (owner) must point at a real PostgreSQL.");
  process.exit(2);
}
if (!canSampleCpu()) {
  console.error("bench:compare measures CPU from /proc: Linux only.");
  process.exit(2);
}

const DIST = ".next-bench";
const checkouts = [
  { name: "A", dir: path.resolve(values.a!) },
  { name: "B", dir: path.resolve(values.b) },
];
for (const c of checkouts)
  if (!existsSync(path.join(c.dir, DIST, "BUILD_ID"))) {
    console.error(
      `${c.name} (${c.dir}) has no production build in ${DIST}: run \`npm run bench\` there once, or NEXT_DIST_DIR=${DIST} npx next build.`,
    );
    process.exit(2);
  }

const only = values.only ? new Set(values.only.split(",").map((s) => s.trim())) : null;
const targets = TARGETS.filter(
  (t) => !t.action && t.role !== "api" && (t.kind === "floor" || !only || only.has(t.name)),
);
if (only)
  for (const name of only)
    if (!targets.some((t) => t.name === name)) console.warn(`  warning: no read page named "${name}"`);

const owner = new pg.Client({ connectionString: ownerUrl });
await owner.connect();
await assertRealPostgres(owner);
const d = await discover(owner);
await owner.end();
if (!d) {
  console.error("The large data set is missing: run npm run db:seed:large first.");
  process.exit(2);
}

const env = productionEnv({ distDir: DIST, appUrl, poolMax: int("pool-max", values["pool-max"]) });

type Server = { name: string; dir: string; instance: Instance; url: string; sessions: Map<Role, Session> };
const servers: Server[] = [];
async function cleanup() {
  for (const s of servers.splice(0)) await stop(s.instance);
}
process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));

type Figures = { app: number[]; postgres: number[]; wall: number[] };
const median = (xs: readonly number[]) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    50,
  );
const ms = (x: number) => x.toFixed(1);

try {
  for (const [i, c] of checkouts.entries()) {
    const port = basePort + i;
    const logDir = path.join(c.dir, DIST, "bench-logs");
    const instance = startInstance(`compare-${c.name}`, port, env, { logDir, cwd: c.dir });
    servers.push({ ...c, instance, url: `http://127.0.0.1:${port}`, sessions: new Map() });
  }
  await Promise.all(servers.map((s) => waitForHealth(s.url, s.instance)));
  // Jobs left by earlier runs' writes run in the instances: their CPU would land on one side.
  const queue = new pg.Client({ connectionString: ownerUrl });
  await queue.connect();
  await waitForIdleQueue(queue, (line) => console.log(line));
  await queue.end();
  for (const s of servers)
    for (const role of new Set(targets.map((t) => t.role as Exclude<Role, "api">)))
      s.sessions.set(role, await signIn(s.url, d.emails[role], BENCH_PASSWORD));
  console.log(
    `A: ${servers[0]!.dir}\nB: ${servers[1]!.dir}\n${rounds} rounds × ${requests} sequential requests per server and page, after ${warmup} warm-up requests; CPU ms per request, median over the rounds [lowest–highest].\n`,
  );

  const lines: string[][] = [];
  for (const target of targets) {
    const route = target.path(d);
    const get = async (s: Server) => {
      const response = await fetch(`${s.url}${route}`, {
        headers: {
          cookie: s.sessions.get(target.role as Exclude<Role, "api">)!.cookie,
          accept: acceptFor(route),
          // As the load test asks: no compression (a browser's gzip would add the same to both).
          "accept-encoding": "identity",
        },
        redirect: "manual",
      });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`${s.name} ${route}: ${response.status}`);
    };
    for (const s of servers) for (let i = 0; i < warmup; i++) await get(s);
    const figures = new Map<string, Figures>(servers.map((s) => [s.name, { app: [], postgres: [], wall: [] }]));
    for (let r = 0; r < rounds; r++) {
      for (const s of r % 2 ? [...servers].reverse() : servers) {
        const before = sampleCpu([s.instance.child.pid!]);
        const started = performance.now();
        for (let i = 0; i < requests; i++) await get(s);
        const wall = (performance.now() - started) / requests;
        const cost = cpuCost(before, sampleCpu([s.instance.child.pid!]), requests);
        const f = figures.get(s.name)!;
        f.app.push(cost.appMsPerResponse);
        f.postgres.push(cost.postgresMsPerResponse);
        f.wall.push(wall);
      }
    }
    const a = figures.get("A")!;
    const b = figures.get("B")!;
    const wins = b.app.filter((x, r) => x < a.app[r]!).length;
    const change = (median(b.app) / median(a.app) - 1) * 100;
    const spread = (xs: number[]) => `${ms(median(xs))} [${ms(Math.min(...xs))}–${ms(Math.max(...xs))}]`;
    lines.push([
      target.name,
      spread(a.app),
      spread(b.app),
      `${change >= 0 ? "+" : "−"}${Math.abs(change).toFixed(1)} %`,
      `${wins}/${rounds}`,
      `${ms(median(a.postgres))} → ${ms(median(b.postgres))}`,
      `${ms(median(a.wall))} → ${ms(median(b.wall))}`,
    ]);
    console.log(
      `  ${target.name}: A ${spread(a.app)}, B ${spread(b.app)} (${lines.at(-1)![3]}, B lower in ${wins}/${rounds} rounds)`,
    );
  }
  const header = ["page", "A app CPU ms", "B app CPU ms", "B vs A", "rounds B lower", "PostgreSQL CPU ms", "wall ms"];
  console.log(`\n| ${header.join(" | ")} |\n| ${header.map((_, i) => (i ? "---:" : "---")).join(" | ")} |`);
  for (const l of lines) console.log(`| ${l.join(" | ")} |`);
} finally {
  await cleanup();
}
