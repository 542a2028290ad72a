import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";

/**
 * The one place that decides which database the app uses: DATABASE_URL when it
 * is set (a real PostgreSQL server), otherwise the embedded PGlite server in
 * `.data/pglite`. Either way the app itself only ever sees a postgresql:// URL.
 */
export const DATA_DIR = path.join(process.cwd(), ".data");

export async function freePort(preferred: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        server.close(() => resolve(typeof address === "object" && address ? address.port : port));
      });
    });
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

export async function resolveDatabase(options: { dataDir?: string | null } = {}): Promise<{
  url: string;
  embedded: EmbeddedPostgres | null;
}> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  // PGLITE_DATA_DIR=memory keeps the embedded database in memory (end-to-end tests).
  const fromEnv = process.env.PGLITE_DATA_DIR;
  const dataDir =
    options.dataDir !== undefined
      ? options.dataDir
      : fromEnv === "memory"
        ? null
        : fromEnv
          ? path.resolve(fromEnv)
          : path.join(DATA_DIR, "pglite");
  const port = await freePort(Number(process.env.PGLITE_PORT ?? 54329));
  const embedded = await startEmbeddedPostgres({ dataDir, port });
  // PGlite serves every TCP connection from one session: a statement name prepared by one pooled
  // connection would collide in another ("prepared statement already exists", lib/db/client.ts).
  process.env.DB_PREPARED_STATEMENTS = "off";
  return { url: embedded.url, embedded };
}

/** A local AUTH_SECRET kept in .data/ so local sessions survive restarts. Never used when AUTH_SECRET is set. */
export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
