import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * UNSAFE: a client on the owner connection (MIGRATE_DATABASE_URL, else
 * DATABASE_URL), which bypasses row-level security (superuser on PGlite, a
 * BYPASSRLS owner role on a server). For the seed, backups and test factories
 * only — never imported by app/ code (an ESLint rule enforces it).
 */
export function unsafeOwnerDb(url = process.env.MIGRATE_DATABASE_URL ?? process.env.DATABASE_URL): PrismaClient {
  if (!url) throw new Error("DATABASE_URL (or MIGRATE_DATABASE_URL) is not set");
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 4 }) });
}
