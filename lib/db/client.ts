import { createHash } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { emitQuery, queryEventsEnabled } from "@/lib/db/query-events";

/**
 * A connection is closed after this many seconds (when idle) and replaced: it bounds the named
 * statements one server session holds, and spreads reconnections over time.
 */
export const CONNECTION_LIFETIME_SECONDS = 600;

/**
 * The name a SQL text is prepared under: the same text gets the same name in every process, so a
 * connection parses and plans each statement once and then only binds and executes it. The text is
 * Prisma's parameterised SQL (values are never in it), so the set of names is the set of query
 * shapes the code can issue. 2 + 27 characters: within PostgreSQL's 63-byte identifier limit.
 */
export function statementName(sql: string): string {
  return `m_${createHash("sha1").update(sql).digest("base64url")}`;
}

/**
 * The adapter's option for DB_PREPARED_STATEMENTS. Without a name, node-postgres sends every query
 * as an unnamed statement: parsed and planned again on every execution. Named, PostgreSQL keeps the
 * parse (and, for the generic plan, the plan) per connection: measured in docs/performance.md.
 */
export function preparedStatementOptions(on: boolean): { statementNameGenerator?: (query: { sql: string }) => string } {
  return on ? { statementNameGenerator: (query) => statementName(query.sql) } : {};
}

/**
 * The one Prisma client. Created lazily: `next build` imports route modules
 * without a database, and a module-level connection would fail the build.
 * Always PostgreSQL through @prisma/adapter-pg: a real server, or the embedded
 * PGlite served over TCP by scripts/run-with-db.ts (lib/db/embedded.ts).
 */
function createClient() {
  const { DATABASE_URL, DB_POOL_MAX, DB_PREPARED_STATEMENTS } = env();
  const adapter = new PrismaPg(
    {
      connectionString: DATABASE_URL,
      max: DB_POOL_MAX,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      maxLifetimeSeconds: CONNECTION_LIFETIME_SECONDS,
    },
    {
      onPoolError: (err) => logger.warn("db.pool_error", { message: err.message }),
      onConnectionError: (err) => logger.warn("db.connection_error", { message: err.message }),
      ...preparedStatementOptions(DB_PREPARED_STATEMENTS === "on"),
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
