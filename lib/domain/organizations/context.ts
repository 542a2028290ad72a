import type { Actor } from "@/lib/access/actor";
import { AppError, type FieldErrors } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/translate";

/**
 * What a workspace domain function needs besides the transaction and the actor: the request id
 * (audit trail) and the caller's translator (field errors are user-facing text).
 */
export type DomainContext = { requestId: string; t: Translate };

/** Staff entry points always run inside a tenant; anything else is out of scope (404). */
export function staffTenant(actor: Actor): string {
  if (!actor.tenantId || (actor.role !== "OWNER" && actor.role !== "ACCOUNT_MANAGER")) throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/** A VALIDATION error whose messages are translated catalog keys, keyed by the form field. */
export function fieldErrors(
  t: Translate,
  errors: Record<string, string | [string, Record<string, string | number>]>,
): AppError {
  const out: FieldErrors = {};
  for (const [field, spec] of Object.entries(errors)) {
    const [key, params] = typeof spec === "string" ? [spec, undefined] : spec;
    out[field] = (t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params);
  }
  return new AppError("VALIDATION", { fieldErrors: out });
}
