// npm run db:migrate — applies prisma/migrations to DATABASE_URL (MIGRATE_DATABASE_URL
// when the runtime role differs from the owner), or to the embedded PGlite database.
import { migrate } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/resolve";

const { url, embedded } = await resolveDatabase();
try {
  const target = process.env.MIGRATE_DATABASE_URL ?? url;
  const result = await migrate(target, { log: (l) => console.log(l) });
  console.log(
    `${result.applied.length} migration(s) applied, ${result.alreadyApplied} already applied (${embedded ? "embedded PGlite in .data/pglite" : "DATABASE_URL"}).`,
  );
} finally {
  await embedded?.stop();
}
