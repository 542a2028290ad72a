import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import type { ActionResult } from "@/lib/access/result";
import { auditActorSeparately } from "@/lib/audit";
import { AppError, classifyError } from "@/lib/errors";
import { tKey, type Translate } from "@/lib/i18n/translate";
import { logger } from "@/lib/log";
import { fieldErrorsFrom } from "@/lib/validation/issues";

/** Raised inside an entry point when the caller may not do or see something: audited, then 404. */
export class Denied extends AppError {
  constructor(readonly reason: string) {
    super("NOT_FOUND");
  }
}

export function validationError(error: z.ZodError, t: Translate): AppError {
  return new AppError("VALIDATION", { fieldErrors: fieldErrorsFrom(error, t) });
}

/**
 * Turns anything thrown by an entry point into a failure the user can read.
 * Denials and out-of-scope ids become NOT_FOUND (and an audit event); unknown
 * errors become INTERNAL with the request id, logged with their stack — never
 * sent to the browser.
 */
export async function toFailure(
  error: unknown,
  ctx: { t: Translate; requestId: string; entry: string; actor: Actor | null },
): Promise<Extract<ActionResult<never>, { ok: false }>> {
  const known = classifyError(error);
  if (known && ctx.actor && (known.code === "NOT_FOUND" || error instanceof Denied)) {
    await auditActorSeparately(ctx.actor, ctx.requestId, {
      action: "access.denied",
      targetType: ctx.entry,
      outcome: "DENIED",
      metadata: { reason: error instanceof Denied ? error.reason : "not_found_in_scope" },
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
      message:
        known.userMessage ??
        tKey(ctx.t, `errors.${known.messageKey}`, { reason: "", requestId: ctx.requestId, ...known.params }),
      fieldErrors: known.fieldErrors,
      requestId: ctx.requestId,
      retryable: known.code === "UNAVAILABLE" || known.messageKey === "RETRY",
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
    message: tKey(ctx.t, "errors.INTERNAL", { requestId: ctx.requestId }),
    requestId: ctx.requestId,
    retryable: false,
  };
}
