// npm run db:seed:large [-- --reset] [-- --scale 0.01]
// The large data set for the benchmark (docs/performance.md): at least 50 MSPs, one of
// them with 5,000 client organizations and three years of history. Real PostgreSQL only,
// through the owner connection (MIGRATE_DATABASE_URL, BYPASSRLS); migrates first.
import { parseArgs } from "node:util";
import { migrate } from "@/lib/db/migrate";
import { EmbeddedDatabaseRefused, seedLarge } from "@/lib/seed/large/seed-large";

const { values } = parseArgs({
  options: {
    reset: { type: "boolean", default: false },
    scale: { type: "string" },
    help: { type: "boolean", short: "h", default: false },
  },
});

if (values.help) {
  console.log(`usage: npm run db:seed:large [-- --reset] [-- --scale <0..1>]

  --reset        delete the large seed's tenants (atlas, bench-01..bench-49) and their users first
  --scale <n>    shrink every count (default 1, or LARGE_SEED_SCALE); 0.01 builds a tiny data set

Needs MIGRATE_DATABASE_URL (owner role, BYPASSRLS) or DATABASE_URL on a real PostgreSQL 15+.`);
  process.exit(0);
}

const ownerUrl = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
if (!ownerUrl) {
  console.error(
    "db:seed:large needs a real PostgreSQL server and refuses the embedded PGlite (one WebAssembly session, not representative).\n" +
      "Set MIGRATE_DATABASE_URL=postgresql://mainstay_owner:…@host:5432/db (owner role, BYPASSRLS) and DATABASE_URL (mainstay_app).",
  );
  process.exit(2);
}
const scale = Number(values.scale ?? process.env.LARGE_SEED_SCALE ?? 1);
if (!Number.isFinite(scale) || scale <= 0 || scale > 1) {
  console.error(`--scale must be a number in (0, 1], got ${values.scale ?? process.env.LARGE_SEED_SCALE}`);
  process.exit(2);
}

const fmt = (n: number) => n.toLocaleString("en-US");
try {
  const migrated = await migrate(ownerUrl, { log: (l) => console.log(`  ${l}`) });
  console.log(`Migrations: ${migrated.applied.length} applied, ${migrated.alreadyApplied} already applied.`);
  const result = await seedLarge({
    connectionString: ownerUrl,
    scale,
    reset: values.reset,
    log: (l) => console.log(l),
  });
  if (result.status === "seeded") {
    console.log("\nRows inserted:");
    for (const [table, n] of Object.entries(result.rows)) console.log(`  ${table.padEnd(24)} ${fmt(n).padStart(10)}`);
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    const seeded = result.tenants.filter((t) => !t.skipped);
    console.log(`  ${"total".padEnd(24)} ${fmt(total).padStart(10)}`);
    console.log(
      `\n${seeded.length} tenant(s), ${fmt(seeded.reduce((a, t) => a + t.organizations, 0))} organizations in ${(result.elapsedMs / 1000).toFixed(1)} s` +
        ` (${fmt(Math.round(total / (result.elapsedMs / 1000)))} rows/s).`,
    );
  }
  console.log(`\nBench sign-ins (password "${result.password}"):`);
  for (const s of result.signIns) console.log(`  ${s.role.padEnd(36)} ${s.email}`);
} catch (error) {
  if (error instanceof EmbeddedDatabaseRefused) {
    console.error(error.message);
    process.exit(2);
  }
  throw error;
}
