import type { Actor } from "@/lib/access/actor";
import { AppError, type FieldErrors } from "@/lib/errors";
import { tKey, type Translate } from "@/lib/i18n/translate";

/** What a report domain function needs besides tx and actor: the request id (audit) and the caller's translator. */
export type ReportContext = { requestId: string; t: Translate };

export const isStaff = (actor: Actor) => actor.role === "OWNER" || actor.role === "ACCOUNT_MANAGER";

/** Staff work always happens inside their tenant; anyone else is out of scope (404). */
export function staffTenant(actor: Actor): string {
  if (!actor.tenantId || !isStaff(actor)) throw new AppError("NOT_FOUND");
  return actor.tenantId;
}

/** A client user reads one organization of one tenant, published reports only. */
export function clientScope(actor: Actor): { tenantId: string; organizationId: string; status: "PUBLISHED" } {
  if (actor.role !== "CLIENT" || !actor.tenantId || !actor.organizationId) throw new AppError("NOT_FOUND");
  return { tenantId: actor.tenantId, organizationId: actor.organizationId, status: "PUBLISHED" };
}

/**
 * The `where` that limits which reports a caller may read: staff, any report of
 * their tenant; a client, their organization's published reports.
 */
export function readableReports(actor: Actor): { tenantId: string; organizationId?: string; status?: "PUBLISHED" } {
  return isStaff(actor) ? { tenantId: staffTenant(actor) } : clientScope(actor);
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
