import { mkdirSync } from "node:fs";
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { fixSocketQueue } from "@/lib/db/socket-queue";

/**
 * Embedded PostgreSQL for machines with no database: PGlite (PostgreSQL compiled
 * to WebAssembly) in a local folder, served over TCP on 127.0.0.1 so the app
 * talks to it exactly as to a real server (@prisma/adapter-pg, psql...).
 *
 * Limits (README): one PostgreSQL session underneath, so statements from all
 * connections are queued and an open transaction (or an unfinished extended-protocol
 * batch: lib/db/socket-queue.ts) holds the others; PostgreSQL 17;
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
  // The preferred port may be taken (another dev server, a parallel test run):
  // fall back to ports the OS reports free, a few times, before giving up.
  let port = options.port;
  let server: PGLiteSocketServer | undefined;
  for (let attempt = 0; !server; attempt++) {
    const candidate = new PGLiteSocketServer({ db, host, port, maxConnections: 200 });
    fixSocketQueue(candidate);
    try {
      await candidate.start();
      server = candidate;
    } catch (error) {
      if ((error as { code?: string }).code !== "EADDRINUSE" || attempt >= 5) {
        await db.close();
        throw error;
      }
      port = await osFreePort(host);
    }
  }
  const running = server;
  let stopped = false;
  return {
    url: `postgresql://postgres:postgres@${host}:${port}/postgres?sslmode=disable`,
    dataDir: options.dataDir,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await running.stop();
      await db.close();
    },
  };
}

function osFreePort(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, host, () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
