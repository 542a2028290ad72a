import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { AppError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { tKey, type Translate } from "@/lib/i18n/translate";

/**
 * What the administration, team, profile and settings domain functions need
 * besides the transaction and the actor: the request id (audit trail) and the
 * caller's translator (errors they raise are user-facing text).
 */
export type DomainContext = { requestId: string; t: Translate };

/** Owner entry points always run inside the owner's tenant; anything else is out of scope (404). */
export function ownerTenant(actor: Actor): string {
  if (!actor.tenantId || actor.role !== "OWNER") throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/** Platform-admin entry points: anyone else is out of scope (404). */
export function requirePlatformAdmin(actor: Actor): void {
  if (actor.role !== "PLATFORM_ADMIN") throw new AppError("NOT_FOUND");
}

/** A VALIDATION error whose messages are catalog keys, keyed by the form field. */
export function fieldErrors(
  t: Translate,
  errors: Record<string, string | [string, Record<string, string | number>]>,
): AppError {
  const out: FieldErrors = {};
  for (const [field, spec] of Object.entries(errors)) {
    const [key, params] = typeof spec === "string" ? [spec, undefined] : spec;
    out[field] = tKey(t, key, params);
  }
  return new AppError("VALIDATION", { fieldErrors: out });
}

/** An error with a message of ours (a catalog key) instead of the code's generic one. */
export function refuse(t: Translate, code: ErrorCode, key: string, params?: Record<string, string | number>): AppError {
  return new AppError(code, { message: tKey(t, key, params) });
}

/**
 * Serialises transactions that must not interleave (two owners demoting each
 * other, two invitations for one email) with a transaction-level advisory lock:
 * released at COMMIT/ROLLBACK, and under READ COMMITTED every statement after it
 * sees what the previous holder committed.
 */
export async function lockKey(tx: Tx, key: string): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`;
}
