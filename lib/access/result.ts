import type { ErrorCode, FieldErrors } from "@/lib/errors";

/** What every server action returns to the browser: data, or an error we wrote. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      code: ErrorCode;
      message: string;
      fieldErrors?: FieldErrors;
      requestId: string;
      /** True when the same request may simply be sent again (connection lost, server busy). */
      retryable: boolean;
    };
