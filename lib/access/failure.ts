import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import type { ActionResult, FieldMessages } from "@/lib/access/result";
import { auditActorSeparately } from "@/lib/audit";
import { AppError, classifyError, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/catalog";
import { tKey, translator, type Translate } from "@/lib/i18n/translate";
import { logger } from "@/lib/log";
import { fieldErrorsFrom } from "@/lib/validation/issues";

/** Raised inside an entry point when the caller may not do or see something: audited, then 404. */
export class Denied extends AppError {
  constructor(readonly denial: string) {
    super("NOT_FOUND");
  }
}

export function validationError(error: z.ZodError): AppError {
  return new AppError("VALIDATION", { fieldErrors: fieldErrorsFrom(error) });
}

/** The edge: field errors (catalog keys + params) in the reader's language. */
export function translateFieldErrors(t: Translate, errors: FieldErrors): FieldMessages;
export function translateFieldErrors(t: Translate, errors: FieldErrors | undefined): FieldMessages | undefined;
export function translateFieldErrors(t: Translate, errors: FieldErrors | undefined): FieldMessages | undefined {
  if (!errors) return undefined;
  const out: FieldMessages = {};
  for (const [field, { key, params }] of Object.entries(errors)) out[field] = tKey(t, key, params);
  return out;
}

/**
 * Turns anything thrown by an entry point into a failure the user can read, in their locale:
 * this is where the domain's codes become sentences. Denials and out-of-scope ids become
 * NOT_FOUND (and an audit event); unknown errors become INTERNAL with the request id, logged
 * with their stack — never sent to the browser.
 */
export async function toFailure(
  error: unknown,
  ctx: { locale: Locale; requestId: string; entry: string; actor: Actor | null },
): Promise<Extract<ActionResult<never>, { ok: false }>> {
  const t = translator(ctx.locale);
  const known = classifyError(error);
  if (known && ctx.actor && (known.code === "NOT_FOUND" || error instanceof Denied)) {
    await auditActorSeparately(ctx.actor, ctx.requestId, {
      action: "access.denied",
      targetType: ctx.entry,
      outcome: "DENIED",
      metadata: { reason: error instanceof Denied ? error.denial : "not_found_in_scope" },
    });
  }
  if (known) {
    if (known.code === "UNAVAILABLE" || known.code === "CONFLICT") {
      logger.warn("request.failed", {
        requestId: ctx.requestId,
        entry: ctx.entry,
        code: known.code,
        message: (error as Error)?.message,
      });
    }
    return {
      ok: false,
      code: known.code,
      ...(known.reason ? { reason: known.reason } : {}),
      message: tKey(t, known.key, { reason: "", requestId: ctx.requestId, ...known.params }),
      fieldErrors: translateFieldErrors(t, known.fieldErrors),
      requestId: ctx.requestId,
      retryable: known.code === "UNAVAILABLE" || known.key === "errors.RETRY",
    };
  }
  logger.error("request.error", {
    requestId: ctx.requestId,
    entry: ctx.entry,
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
  return {
    ok: false,
    code: "INTERNAL",
    message: tKey(t, "errors.INTERNAL", { requestId: ctx.requestId }),
    requestId: ctx.requestId,
    retryable: false,
  };
}
