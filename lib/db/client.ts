import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { emitQuery, queryEventsEnabled } from "@/lib/db/query-events";

/**
 * The one Prisma client. Created lazily: `next build` imports route modules
 * without a database, and a module-level connection would fail the build.
 * Always PostgreSQL through @prisma/adapter-pg: a real server, or the embedded
 * PGlite served over TCP by scripts/run-with-db.ts (lib/db/embedded.ts).
 */
function createClient() {
  const { DATABASE_URL, DB_POOL_MAX } = env();
  const adapter = new PrismaPg(
    { connectionString: DATABASE_URL, max: DB_POOL_MAX, connectionTimeoutMillis: 5_000, idleTimeoutMillis: 30_000 },
    {
      onPoolError: (err) => logger.warn("db.pool_error", { message: err.message }),
      onConnectionError: (err) => logger.warn("db.connection_error", { message: err.message }),
    },
  );
  const client = new PrismaClient({
    adapter,
    // Secrets never leave the data layer unless a query asks for them by name.
    omit: { user: { passwordHash: true } },
    transactionOptions: { maxWait: 5_000, timeout: 15_000 },
    log: queryEventsEnabled() ? [{ emit: "event", level: "query" }] : [],
  });
  if (queryEventsEnabled()) client.$on("query" as never, (e: { query: string }) => emitQuery(e.query));
  return client;
}

export type AppPrismaClient = ReturnType<typeof createClient>;

const globalForDb = globalThis as unknown as { mainstayPrisma?: AppPrismaClient };

export function db(): AppPrismaClient {
  globalForDb.mainstayPrisma ??= createClient();
  return globalForDb.mainstayPrisma;
}
