// npm run audit:lighthouse [-- --section before] [-- --runs 3] [-- --roles owner,client] [-- --no-build]
// Issue 21: Lighthouse 12 over every role's main pages, signed in, desktop and mobile, on the
// production build; scores per page to docs/quality.md with the machine's load. Not part of
// npm test or CI (minutes, and the figures depend on the machine).
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import * as prettier from "prettier";
import { migrate } from "@/lib/db/migrate";
import { DEMO_PASSWORD } from "@/lib/seed/factories";
import { seedDemo } from "@/lib/seed/seed";
import { build, startProcess, stop, waitForHealth, type Instance } from "./bench/server";
import { signIn } from "./bench/session";
import { formatLoad, loadavg, sampleLoad, waitForQuiet } from "./lighthouse/load";
import { discoverIds, PAGES, ROLE_EMAILS, ROLES, type Role } from "./lighthouse/pages";
import { consoleLine, markdownSection, replaceSection, type Row } from "./lighthouse/report";
import { medianRun, RoleBrowser, type FormFactor, type PageScore, type Session } from "./lighthouse/run";
import { positiveIntOption } from "./cli-args";

const { values } = parseArgs({
  options: {
    section: { type: "string", default: "latest" },
    runs: { type: "string", default: "1" },
    roles: { type: "string" },
    pages: { type: "string" },
    "form-factors": { type: "string", default: "desktop,mobile" },
    "quiet-load": { type: "string" },
    "quiet-wait": { type: "string", default: "300" },
    port: { type: "string", default: "3041" },
    "dist-dir": { type: "string", default: ".next-lighthouse" },
    "no-build": { type: "boolean", default: false },
    "no-docs": { type: "boolean", default: false },
    "no-save": { type: "boolean", default: false },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run audit:lighthouse -- [options]
  --section <name>        the section of docs/quality.md to write (default "latest"; e.g. before, after)
  --runs <n>              runs per page and form factor; the median by performance score is kept (default 1)
  --roles <list>          only these roles (${ROLES.join(", ")})
  --pages <list>          only pages whose name contains one of these (comma-separated)
  --form-factors <list>   desktop,mobile (default both)
  --quiet-load <x>        before each measurement, wait until the 1-minute load average is at most x
  --quiet-wait <s>        ... for at most s seconds (default 300), then measure anyway and say so
  --port <n>              the app's port (default 3041; the embedded database takes the next one)
  --dist-dir <dir>        where to build (default .next-lighthouse; must start with .next-)
  --no-build              reuse the last build in the dist dir
  --no-docs               do not write docs/quality.md
  --no-save               do not keep the Lighthouse JSON reports in .lighthouse/<section>/
Uses DATABASE_URL (+ MIGRATE_DATABASE_URL) when set, seeding the demo there; otherwise an in-memory embedded database.
Chromium: CHROME_PATH (default /usr/bin/chromium).`);
  process.exit(0);
}

const positive = positiveIntOption;
const runs = positive("runs", values.runs);
const port = positive("port", values.port);
const section = values.section!;
if (!/^[a-z0-9-]+$/.test(section)) {
  console.error("--section: lowercase letters, digits and dashes");
  process.exit(2);
}
const roles = new Set<Role>(values.roles ? (values.roles.split(",").map((r) => r.trim()) as Role[]) : [...ROLES]);
for (const role of roles)
  if (!ROLES.includes(role)) {
    console.error(`--roles: unknown role ${role} (${ROLES.join(", ")})`);
    process.exit(2);
  }
const pageFilter = values.pages?.split(",").map((p) => p.trim().toLowerCase());
const formFactors = values["form-factors"]!.split(",").map((f) => f.trim()) as FormFactor[];
if (!formFactors.length || formFactors.some((f) => f !== "desktop" && f !== "mobile")) {
  console.error("--form-factors: desktop, mobile or both");
  process.exit(2);
}
const quietLoad = values["quiet-load"] !== undefined ? Number(values["quiet-load"]) : null;
const quietWaitMs = positive("quiet-wait", values["quiet-wait"]) * 1000;
const chromePath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const distDir = values["dist-dir"]!;
if (!/^\.next-[\w-]+$/.test(distDir)) {
  console.error("--dist-dir: a folder named .next-<something> (git-ignored)");
  process.exit(2);
}
const baseUrl = `http://127.0.0.1:${port}`;
const log = (line: string) => console.log(line);

const pages = PAGES.filter(
  (p) => roles.has(p.role) && (!pageFilter || pageFilter.some((f) => p.name.toLowerCase().includes(f))),
);
if (!pages.length) {
  console.error("No page matches --roles / --pages.");
  process.exit(2);
}

const realDb = process.env.DATABASE_URL;
const ownerUrl = process.env.MIGRATE_DATABASE_URL ?? realDb;
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  NEXT_SKIP_TYPECHECK: "1",
  NEXT_DIST_DIR: distDir,
  AUTH_SECRET: randomBytes(32).toString("base64url"),
  LOG_LEVEL: "warn",
  ...(realDb ? {} : { PGLITE_DATA_DIR: "memory", PGLITE_PORT: String(port + 1), SEED_IF_EMPTY: "1" }),
};

// The commit measured is the one built: read it now, not after the measurements (the tree may
// change while they run).
const commit = git(["rev-parse", "--short", "HEAD"]) + (git(["status", "--porcelain"]) ? " (with local changes)" : "");

let server: Instance | null = null;
const browsers: RoleBrowser[] = [];
async function cleanup() {
  for (const b of browsers.splice(0)) await b.close();
  if (server) await stop(server);
  server = null;
}
process.once("SIGINT", () => void cleanup().finally(() => process.exit(130)));

let exitCode = 0;
try {
  if (realDb && ownerUrl) {
    await migrate(ownerUrl);
    const { created } = await seedDemo(() => {}, ownerUrl);
    log(created.length ? `Seeded the demo: ${created.join(", ")}.` : "The demo data is there.");
  }
  if (!values["no-build"] || !existsSync(path.join(distDir, "BUILD_ID"))) {
    // next build adds its dist dir's type folders to tsconfig.json: keep the file as committed.
    const tsconfig = readFileSync("tsconfig.json", "utf8");
    try {
      await build(env, log);
    } finally {
      writeFileSync("tsconfig.json", tsconfig);
    }
  } else log(`Reusing the build in ${distDir} (--no-build).`);

  const logDir = path.join(distDir, "audit-logs");
  server = startProcess(
    "app",
    { command: "tsx", args: ["scripts/run-with-db.ts", "next", "start", "-p", String(port), "-H", "127.0.0.1"], env },
    logDir,
  );
  await waitForHealth(baseUrl, server, 180_000);
  let databaseUrl = ownerUrl;
  let database = "PostgreSQL (DATABASE_URL)";
  if (!realDb) {
    const line = readFileSync(server.log, "utf8").match(/Embedded PostgreSQL \(PGlite\) on ([\w.:-]+)/);
    if (!line) throw new Error(`could not find the embedded database's address in ${server.log}`);
    databaseUrl = `postgresql://postgres:postgres@${line[1]}/postgres?sslmode=disable`;
    database = "the embedded database (PGlite, in memory)";
  } else {
    const client = new pg.Client({ connectionString: ownerUrl });
    await client.connect();
    const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]?.server_version;
    await client.end();
    database = `PostgreSQL ${version ?? "?"} (DATABASE_URL)`;
  }
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const ids = await discoverIds(db).finally(() => db.end());

  const sessions = new Map<Role, Session>([["public", null]]);
  for (const role of roles) {
    if (role === "public") continue;
    const { cookie, email } = await signIn(baseUrl, ROLE_EMAILS[role], DEMO_PASSWORD);
    const eq = cookie.indexOf("=");
    sessions.set(role, { name: cookie.slice(0, eq), value: cookie.slice(eq + 1) });
    log(`Signed in as ${email}.`);
  }

  const start = await sampleLoad();
  log(
    `Load average ${formatLoad(start.loadavg)}; ${pages.length} page(s) × ${formFactors.join(" + ")} × ${runs} run(s).`,
  );
  const saveDir = path.join(".lighthouse", section);
  if (!values["no-save"]) mkdirSync(saveDir, { recursive: true });

  const rows: Row[] = [];
  for (const role of ROLES) {
    const rolePages = pages.filter((p) => p.role === role);
    if (!rolePages.length) continue;
    const session = sessions.get(role) ?? null;
    const browser = await RoleBrowser.open(chromePath, baseUrl, session);
    browsers.push(browser);
    for (const page of rolePages) {
      const pagePath = page.path(ids);
      const row: Row = { page, path: pagePath, results: {} };
      rows.push(row);
      log(`${role}: ${page.name} ${pagePath}`);
      // Warm the route (a production server loads a route's code on its first request) and check access.
      const warm = await fetch(`${baseUrl}${pagePath}`, {
        redirect: "manual",
        headers: session ? { cookie: `${session.name}=${session.value}` } : {},
      });
      await warm.arrayBuffer();
      if (warm.status !== 200) {
        row.error = `status ${warm.status}${warm.headers.get("location") ? ` to ${warm.headers.get("location")}` : ""}`;
        log(`  ${row.error}`);
        exitCode = 1;
        continue;
      }
      for (const formFactor of formFactors) {
        const attempts: PageScore[] = [];
        for (let i = 0; i < runs; i++) {
          if (quietLoad !== null && !(await waitForQuiet(quietLoad, quietWaitMs, log)))
            log(`  the load stayed above ${quietLoad}: measuring anyway (recorded)`);
          try {
            attempts.push(await browser.audit(`${baseUrl}${pagePath}`, formFactor, loadavg()[0]));
          } catch (error) {
            row.error = `${formFactor}: ${(error as Error).message}`;
            log(`  ${row.error}`);
            exitCode = 1;
          }
        }
        if (!attempts.length) continue;
        const chosen = medianRun(attempts);
        if (new URL(chosen.finalUrl).pathname !== new URL(`${baseUrl}${pagePath}`).pathname) {
          row.error = `${formFactor}: ended on ${chosen.finalUrl}`;
          exitCode = 1;
        }
        row.results[formFactor] = chosen;
        log(consoleLine(row, formFactor, chosen));
        if (!values["no-save"]) {
          const file = `${role}-${page.name.replace(/[^a-z0-9]+/gi, "-")}-${formFactor}.json`;
          writeFileSync(path.join(saveDir, file), JSON.stringify(chosen.lhr));
        }
      }
    }
    await browser.close();
    browsers.splice(browsers.indexOf(browser), 1);
  }
  const end = await sampleLoad();

  const cpus = os.cpus();
  const text = markdownSection(
    {
      section,
      date: start.at,
      commit,
      machine: `${cpus[0]?.model.trim() ?? "?"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}`,
      chromium: chromiumVersion(),
      lighthouse: lighthouseVersion(),
      database,
      runs,
      niceness: os.getPriority(),
      start,
      end,
    },
    rows,
  );
  console.log(`\n${text}\n`);
  if (!values["no-docs"]) {
    const file = path.join("docs", "quality.md");
    const current = existsSync(file) ? readFileSync(file, "utf8") : "# Quality: Lighthouse and accessibility\n";
    // Formatted as `npm run lint` (prettier --check) expects.
    const options = (await prettier.resolveConfig(file)) ?? {};
    writeFileSync(file, await prettier.format(replaceSection(current, section, text), { ...options, filepath: file }));
    log(`Wrote the "${section}" section of ${file}.`);
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

function git(args: string[]): string {
  try {
    return execFileSync("git", args, { encoding: "utf8" }).trim();
  } catch {
    return "?";
  }
}

function chromiumVersion(): string {
  try {
    return execFileSync(chromePath, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return "chromium";
  }
}

function lighthouseVersion(): string {
  const pkg = JSON.parse(readFileSync(path.join("node_modules", "lighthouse", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}
