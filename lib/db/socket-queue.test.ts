import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/resolve";
import { fixSocketQueue } from "@/lib/db/socket-queue";

/**
 * The embedded server's query queue with and without lib/db/socket-queue.ts. PGlite is made to
 * yield between messages (as real file I/O does with a data folder), which is when other
 * connections' messages get in: unfixed, concurrent extended-protocol queries clobber each
 * other's statements (the control case proves this test can fail); fixed, they never do. A
 * message that throws inside PGlite no longer stops the queue, and a connection that vanishes
 * mid-transaction gives the session back.
 */
const running: { server: PGLiteSocketServer; db: PGlite }[] = [];
afterAll(async () => {
  for (const { server, db } of running.splice(0)) {
    await server.stop();
    await db.close();
  }
});

/** Set to make the next Parse throw inside PGlite. */
let throwNextParse = false;
const servers = new Map<boolean, Promise<() => Promise<pg.Client>>>();
const start = (options: { fixed: boolean }) => {
  if (!servers.has(options.fixed)) servers.set(options.fixed, startServer(options));
  return servers.get(options.fixed)!;
};

async function startServer(options: { fixed: boolean }) {
  const db = await PGlite.create();
  const original = db.execProtocolRawStream.bind(db);
  db.execProtocolRawStream = async (message, opts) => {
    await new Promise((resolve) => setImmediate(resolve));
    if (throwNextParse && message[0] === 0x50 /* Parse */) {
      throwNextParse = false;
      throw new Error("injected failure inside PGlite");
    }
    return original(message, opts);
  };
  const port = await freePort(55800);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 50 });
  if (options.fixed) fixSocketQueue(server);
  await server.start();
  running.push({ server, db });
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`;
  return async () => {
    const client = new pg.Client({ connectionString: url });
    client.on("error", () => {});
    await client.connect();
    return client;
  };
}

async function hammer(connect: () => Promise<pg.Client>): Promise<string[]> {
  const clients = await Promise.all(Array.from({ length: 8 }, connect));
  const problems: string[] = [];
  await Promise.all(
    clients.map(async (client, i) => {
      for (let k = 0; k < 30; k++) {
        const v = i * 1000 + k;
        try {
          // Different shapes (1, 2, 3 parameters) so a clobbered statement cannot go unnoticed.
          const r =
            k % 3 === 0
              ? await client.query("SELECT $1::int AS v", [v])
              : k % 3 === 1
                ? await client.query("SELECT $1::int + $2::int AS v", [v, 0])
                : await client.query("SELECT ($1::int + $2::int) * $3::int AS v", [v, 0, 1]);
          if (r.rows[0]?.v !== v) problems.push(`wrong row ${JSON.stringify(r.rows[0])} for ${v}`);
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
    }),
  );
  await Promise.all(clients.map((c) => c.end().catch(() => {})));
  return problems;
}

describe("the embedded server's query queue", () => {
  it("unfixed (control): concurrent extended-protocol queries clobber each other", async () => {
    const problems = await hammer(await start({ fixed: false }));
    expect(problems.length).toBeGreaterThan(0);
  }, 60_000);

  it("fixed: keeps each connection's Parse/Bind/Execute/Sync together", async () => {
    expect(await hammer(await start({ fixed: true }))).toEqual([]);
  }, 60_000);

  it("fixed: a message that fails inside PGlite fails alone; the others go on", async () => {
    const connect = await start({ fixed: true });
    const victim = await connect();
    const other = await connect();
    throwNextParse = true;
    await victim.query("SELECT $1::int AS v", [1]).catch(() => {});
    const r = await Promise.race([
      other.query("SELECT $1::int AS v", [2]),
      new Promise((_, reject) => setTimeout(() => reject(new Error("the queue is stuck")), 5_000)),
    ]);
    expect((r as pg.QueryResult).rows[0].v).toBe(2);
    await Promise.all([victim.end(), other.end()]);
  }, 60_000);

  it("fixed: a connection that vanishes inside a transaction gives the session back", async () => {
    const connect = await start({ fixed: true });
    const a = await connect();
    const b = await connect();
    await a.query("BEGIN");
    await a.query("CREATE TEMP TABLE vanishing (x int)");
    // b waits for a's transaction, and a's socket dies without COMMIT or ROLLBACK.
    const pending = b.query("SELECT 42 AS v");
    (a as unknown as { connection: { stream: { destroy: () => void } } }).connection.stream.destroy();
    expect((await pending).rows[0].v).toBe(42);
    await b.end();
  }, 60_000);
});
