/**
 * Errors users can see. Everything else becomes INTERNAL: a generic message plus
 * a log line with the request id. Messages are catalog keys (messages/<locale>/*.json), translated
 * only where they meet a person.
 */
export const ERROR_STATUS = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
  SUSPENDED: 403,
  /** Signed in and in scope, but this person may not do it (a client reader deciding): said plainly, not hidden. */
  FORBIDDEN: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type MessageParams = Record<string, string | number>;
/** What the domain says: a catalog key (the whole path, e.g. "team.errors.lastOwner") and its parameters. */
export type MessageRef = { key: string; params?: MessageParams };
/** Field errors as catalog keys, keyed by the form field (dotted paths nest). Translated at the edge. */
export type FieldErrors = Record<string, MessageRef>;

export type AppErrorOptions = {
  /** The catalog key of the message (default: `errors.<code>`). */
  key?: string;
  params?: MessageParams;
  fieldErrors?: FieldErrors;
  /**
   * A typed reason an entry point may branch on (e.g. "wrongPassword"), so that no code
   * compares against a translated sentence. Not shown to anyone.
   */
  reason?: string;
};

/**
 * An error a user may see, as codes: `code` (the HTTP status), a catalog `key` with `params`,
 * field errors as keys. Nothing in it is translated; lib/access/failure.ts does that at the edge.
 */
export class AppError extends Error {
  readonly key: string;
  readonly params?: MessageParams;
  readonly fieldErrors?: FieldErrors;
  readonly reason?: string;
  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(`${code}: ${options.key ?? code}`);
    this.name = "AppError";
    this.key = options.key ?? `errors.${code}`;
    this.params = options.params;
    this.fieldErrors = options.fieldErrors;
    this.reason = options.reason;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");
/** Optimistic locking: the record changed since the user loaded it. */
export const conflict = () => new AppError("CONFLICT");

/** A field error: a catalog key, or a key with its parameters. */
export type FieldErrorSpec = string | [string, MessageParams];

/** A VALIDATION error whose messages are catalog keys, keyed by the form field. */
export function fieldErrors(errors: Record<string, FieldErrorSpec>, options: { reason?: string } = {}): AppError {
  const out: FieldErrors = {};
  for (const [field, spec] of Object.entries(errors)) {
    out[field] = typeof spec === "string" ? { key: spec } : { key: spec[0], params: spec[1] };
  }
  return new AppError("VALIDATION", { fieldErrors: out, reason: options.reason });
}

/** An error with a message of ours (a catalog key) instead of the code's generic one. */
export function refuse(code: ErrorCode, key: string, params?: MessageParams): AppError {
  return new AppError(code, { key, params });
}

/** Maps driver and Prisma errors to our codes (P2002, P2025, connection loss). */
export function classifyError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const message = typeof e?.message === "string" ? e.message : "";
  if (code === "P2002" || code === "23505") return new AppError("DUPLICATE");
  if (code === "P2025") return new AppError("NOT_FOUND");
  if (code === "P2034" || code === "40001" || code === "40P01")
    return new AppError("CONFLICT", { key: "errors.RETRY" });
  if (
    (code &&
      [
        "P1001",
        "P1002",
        "P1008",
        "P1017",
        "P2024",
        "P2028",
        "57P01",
        "57P02",
        "57P03",
        "08006",
        "08003",
        "08001",
        "ECONNREFUSED",
        "ECONNRESET",
        "ETIMEDOUT",
        "EPIPE",
      ].includes(code)) ||
    /Connection terminated|terminating connection|ECONNREFUSED|ECONNRESET|Connection ended|connection timeout|Client has encountered a connection error|timeout exceeded when trying to connect|Transaction API error|Server has closed the connection|the database system is (starting up|shutting down)/i.test(
      message,
    )
  ) {
    return new AppError("UNAVAILABLE");
  }
  if (e?.cause && e.cause !== error) return classifyError(e.cause);
  return null;
}
