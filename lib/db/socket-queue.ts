import type { PGlite } from "@electric-sql/pglite";
import type { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * A fix for @electric-sql/pglite-socket 0.2.17's query queue (upstream issue
 * electric-sql/pglite#1046, still open): it hands PGlite's single session to connections
 * message by message, keeping one connection's turn only while a SQL transaction is open. An
 * extended-protocol batch (Parse/Bind/Describe/Execute/Sync) is not a transaction, so two
 * connections' batches interleave: B's Parse replaces the unnamed statement between A's Parse
 * and A's Bind ("bind message supplies 1 parameters, but prepared statement requires 2", or
 * silently the wrong rows). And one message that throws inside PGlite leaves the queue marked
 * "processing" forever: every connection hangs.
 *
 * Here a connection keeps the session from its first message until the backend answers
 * ReadyForQuery with status idle ('I'): the end of a batch or simple query outside a
 * transaction (a transaction, 'T'/'E', keeps it until COMMIT/ROLLBACK, as before). A message
 * that throws is rejected and the queue goes on. A connection that goes away while it holds
 * the session has its transaction rolled back or its batch ended (Sync), then the others go on.
 *
 * The queue is the library's own object; this replaces its two methods. startEmbeddedPostgres
 * refuses to start if their shape changed (an upgrade must look at this again).
 */
type Queued = {
  handlerId: number;
  message: Uint8Array;
  resolve: (size: number) => void;
  reject: (error: Error) => void;
  onData: (data: Uint8Array) => void;
};

type QueueInternals = {
  queue: Queued[];
  processing: boolean;
  db: PGlite;
  lastHandlerId: number | null;
  processQueue: () => Promise<void>;
  clearTransactionIfNeeded: (handlerId: number) => Promise<void>;
};

const READY_FOR_QUERY = 0x5a; // 'Z', then int32 length 5, then the status byte
const SYNC = new Uint8Array([0x53, 0, 0, 0, 4]);

export function fixSocketQueue(server: PGLiteSocketServer): void {
  const q = (server as unknown as { queryQueue?: QueueInternals }).queryQueue;
  if (
    !q ||
    !Array.isArray(q.queue) ||
    typeof q.processQueue !== "function" ||
    typeof q.clearTransactionIfNeeded !== "function" ||
    typeof q.db?.execProtocolRawStream !== "function"
  ) {
    throw new Error("@electric-sql/pglite-socket's internals changed: review lib/db/socket-queue.ts before upgrading");
  }
  /** The connection whose turn it is (null: anyone's). */
  let owner: number | null = null;

  q.processQueue = async () => {
    if (q.processing) return;
    q.processing = true;
    try {
      while (q.queue.length > 0) {
        const index = owner === null ? 0 : q.queue.findIndex((item) => item.handlerId === owner);
        // The owner's next message has not arrived yet: the others wait for it.
        if (index === -1) break;
        const item = q.queue.splice(index, 1)[0]!;
        const tail = new Uint8Array(6);
        let size = 0;
        try {
          await q.db.runExclusive(() =>
            q.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                size += data.length;
                // Keep the last 6 bytes of the answer: ReadyForQuery ends it when the backend is ready.
                if (data.length >= 6) tail.set(data.subarray(data.length - 6));
                else {
                  tail.copyWithin(0, data.length);
                  tail.set(data, 6 - data.length);
                }
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          owner = null;
          item.reject(error as Error);
          continue;
        }
        q.lastHandlerId = item.handlerId;
        const ready = tail[0] === READY_FOR_QUERY && tail[1] === 0 && tail[2] === 0 && tail[3] === 0 && tail[4] === 5;
        owner = ready && tail[5] === 0x49 /* 'I' */ ? null : item.handlerId;
        item.resolve(size);
      }
    } finally {
      q.processing = false;
    }
  };

  q.clearTransactionIfNeeded = async (handlerId: number) => {
    if (owner !== handlerId) return;
    try {
      if (q.db.isInTransaction()) await q.db.exec("ROLLBACK");
      else await q.db.execProtocolRaw(SYNC);
    } finally {
      owner = null;
    }
    await q.processQueue();
  };
}
