import type { Tx } from "@/lib/db/context";

/**
 * Serialises transactions that must not interleave (two owners demoting each
 * other, two invitations for one email) with a transaction-level advisory lock:
 * released at COMMIT/ROLLBACK, and under READ COMMITTED every statement after it
 * sees what the previous holder committed.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
