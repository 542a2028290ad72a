import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * Embedded PostgreSQL for machines with no database: PGlite (PostgreSQL compiled
 * to WebAssembly) in a local folder, served over TCP on 127.0.0.1 so the app
 * talks to it exactly as to a real server (@prisma/adapter-pg, psql...).
 *
 * Limits (README): one PostgreSQL session underneath, so statements from all
 * connections are queued and an open transaction holds the others; PostgreSQL 17;
 * runs as a superuser, so requests switch to the `mainstay_app` role to apply RLS.
 */
export type EmbeddedPostgres = { url: string; dataDir: string | null; stop: () => Promise<void> };

export async function startEmbeddedPostgres(options: {
  /** A folder, or null for an in-memory database. */
  dataDir: string | null;
  port: number;
  host?: string;
}): Promise<EmbeddedPostgres> {
  const host = options.host ?? "127.0.0.1";
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const server = new PGLiteSocketServer({ db, host, port: options.port, maxConnections: 200 });
  await server.start();
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${options.port}/postgres?sslmode=disable`,
    dataDir: options.dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
