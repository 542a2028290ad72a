// npm run db:restore -- <file> --yes — replaces the database of MIGRATE_DATABASE_URL
// with a backup, in one transaction (a failed restore changes nothing).
import { existsSync } from "node:fs";
import { restoreDatabase } from "@/lib/db/backup";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--"));
const url = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL;
if (!file || !existsSync(file)) {
  console.error("usage: npm run db:restore -- <backup.dump> --yes");
  process.exit(2);
}
if (!url) {
  console.error("db:restore needs MIGRATE_DATABASE_URL (the owner role) of the database to restore into.");
  process.exit(2);
}
if (!args.includes("--yes")) {
  console.error(
    `This replaces every table of ${new URL(url).pathname.slice(1)} with ${file}. Run again with --yes to proceed.`,
  );
  process.exit(2);
}
const started = Date.now();
await restoreDatabase(file, url);
console.log(`Restored ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
