// Runs a command (next dev / next start) with a database: DATABASE_URL when set,
// otherwise an embedded PGlite server in .data/pglite (migrated and seeded on
// first run). Signals are forwarded; the database closes when the command exits.
import { spawn } from "node:child_process";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { localAuthSecret, resolveDatabase } from "@/lib/db/resolve";
import { seedIfEmpty } from "@/lib/seed/seed";
import { forwardedHeadersNodeOptions, parseTrustProxy } from "./forwarded-headers.mjs";

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error("usage: tsx scripts/run-with-db.ts <command> [args...]");
  process.exit(64);
}

const started = Date.now();
const { url, embedded } = await resolveDatabase();
process.env.DATABASE_URL = url;
if (embedded)
  console.log(`Embedded PostgreSQL (PGlite) on ${new URL(url).host}, data in ${embedded.dataDir ?? "memory"}`);
const migrated = await migrate(process.env.MIGRATE_DATABASE_URL ?? url, { log: (l) => console.log(`  ${l}`) });
if (migrated.applied.length) console.log(`Applied ${migrated.applied.length} migration(s).`);
const isDev = command === "next" && args[0] === "dev";
if (embedded || isDev || process.env.SEED_IF_EMPTY === "1") {
  const seeded = await seedIfEmpty();
  if (seeded) console.log("Seeded the demo data (see README for the demo sign-ins).");
}
if (!process.env.AUTH_SECRET) {
  if (embedded || isDev) process.env.AUTH_SECRET = localAuthSecret();
  else {
    console.error("AUTH_SECRET is not set. Generate one with: openssl rand -base64 32");
    process.exit(1);
  }
}
console.log(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

// The job worker runs inside the server (instrumentation.ts) and stops cleanly on SIGTERM/SIGINT
// before the process exits; Next would otherwise exit first (lib/jobs/in-process.ts).
process.env.NEXT_MANUAL_SIG_HANDLE ??= "1";

try {
  parseTrustProxy(process.env.TRUST_PROXY);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

const bin = path.join(process.cwd(), "node_modules", ".bin", command);
// The server process believes only the forwarded headers TRUST_PROXY allows (scripts/forwarded-headers.mjs).
const env = { ...process.env, NODE_OPTIONS: forwardedHeadersNodeOptions() };
const child = spawn(bin, args, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("exit", async (code, signal) => {
  await embedded?.stop().catch(() => {});
  process.exit(code ?? (signal ? 1 : 0));
});
