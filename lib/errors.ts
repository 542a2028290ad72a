/**
 * Errors users can see. Everything else becomes INTERNAL: a generic message plus
 * a log line with the request id. Messages are catalog keys (messages/en/errors.json).
 */
export const ERROR_STATUS = {
  VALIDATION: 422,
  UNAUTHENTICATED: 401,
  NOT_FOUND: 404,
  CONFLICT: 409,
  DUPLICATE: 409,
  RATE_LIMITED: 429,
  SUSPENDED: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string>;

export type AppErrorOptions = {
  /** A key under `errors.` in the catalog (default: the code). */
  key?: string;
  /** A ready, already translated message; wins over `key`. */
  message?: string;
  fieldErrors?: FieldErrors;
  params?: Record<string, string | number>;
};

export class AppError extends Error {
  readonly messageKey: string;
  readonly userMessage?: string;
  readonly fieldErrors?: FieldErrors;
  readonly params?: Record<string, string | number>;
  constructor(
    readonly code: ErrorCode,
    options: AppErrorOptions = {},
  ) {
    super(`${code}: ${options.message ?? options.key ?? code}`);
    this.name = "AppError";
    this.messageKey = options.key ?? code;
    this.userMessage = options.message;
    this.fieldErrors = options.fieldErrors;
    this.params = options.params;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = () => new AppError("NOT_FOUND");
/** Optimistic locking: the record changed since the user loaded it. */
export const conflict = () => new AppError("CONFLICT");

/** Maps driver and Prisma errors to our codes (P2002, P2025, connection loss). */
export function classifyError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : undefined;
  const message = typeof e?.message === "string" ? e.message : "";
  if (code === "P2002" || code === "23505") return new AppError("DUPLICATE");
  if (code === "P2025") return new AppError("NOT_FOUND");
  if (code === "P2034" || code === "40001" || code === "40P01") return new AppError("CONFLICT", { key: "RETRY" });
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
