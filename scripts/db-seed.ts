// npm run db:seed — the demo data (README lists the sign-ins). Idempotent.
import { migrate } from "@/lib/db/migrate";
import { resolveDatabase } from "@/lib/db/resolve";
import { seedDemo } from "@/lib/seed/seed";

const started = Date.now();
const { url, embedded } = await resolveDatabase();
process.env.DATABASE_URL = url;
try {
  await migrate(process.env.MIGRATE_DATABASE_URL ?? url);
  const { created } = await seedDemo((l) => console.log(l));
  console.log(
    created.length
      ? `Seeded: ${created.join(", ")} in ${((Date.now() - started) / 1000).toFixed(1)} s.`
      : "Nothing to seed: the demo data is already there.",
  );
} finally {
  await embedded?.stop();
}
