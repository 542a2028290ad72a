// npm run db:citus-check [-- --json] [-- --strict]
// Lists every primary key, unique constraint/index and foreign key that keeps the schema from
// being distributed by tenantId on Citus, with the migration that would fix each (docs/scaling.md).
// Reads the live catalog of DATABASE_URL (MIGRATE_DATABASE_URL when set); with neither, a fresh
// in-memory PGlite with every migration applied. --strict exits 1 when anything must change.
import pg from "pg";
import { checkCitusReadiness } from "@/lib/db/citus/check";
import { readCatalog } from "@/lib/db/citus/catalog";
import { formatCitusReport } from "@/lib/db/citus/format";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "@/lib/db/resolve";

const args = new Set(process.argv.slice(2));
let url = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
let source = url ? `live catalog of ${new URL(url).host}${new URL(url).pathname}` : "";
const embedded = url ? null : await startEmbeddedPostgres({ dataDir: null, port: await freePort(55490) });
if (embedded) {
  url = embedded.url;
  const { applied } = await migrate(url);
  source = `prisma/migrations (${applied.length}) applied to an in-memory PGlite`;
}
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  const report = checkCitusReadiness(await readCatalog(async (sql) => (await client.query(sql)).rows));
  console.log(args.has("--json") ? JSON.stringify(report, null, 2) : formatCitusReport(report, source));
  if (args.has("--strict") && report.findings.length > 0) process.exitCode = 1;
} finally {
  await client.end();
  await embedded?.stop();
}
