// npm run db:backup [-- <file>] — a pg_dump (custom format) of the whole database,
// every tenant included, taken as the owner role (MIGRATE_DATABASE_URL).
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase } from "@/lib/db/backup";

const url = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) {
  console.error("db:backup needs a PostgreSQL server: set MIGRATE_DATABASE_URL (the owner role, with BYPASSRLS).");
  console.error("The embedded PGlite database is a folder: copy .data/pglite while the app is stopped.");
  process.exit(2);
}
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = path.resolve(process.argv[2] ?? path.join("backups", `mainstay-${stamp}.dump`));
mkdirSync(path.dirname(file), { recursive: true });
const started = Date.now();
await backupDatabase(url, file);
console.log(`Backup written to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
