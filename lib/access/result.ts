import type { ErrorCode } from "@/lib/errors";

/** Field errors as the browser gets them: translated, keyed by the form field. */
export type FieldMessages = Record<string, string>;

/** What every server action returns to the browser: data, or an error we wrote (in the caller's locale). */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      /** The AppError's typed reason, when it has one (e.g. "wrongPassword"): for code to branch on. */
      reason?: string;
      message: string;
      fieldErrors?: FieldMessages;
      requestId: string;
      /** True when the same request may simply be sent again (connection lost, server busy). */
      retryable: boolean;
    };
