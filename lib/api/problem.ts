import type { Actor } from "@/lib/access/actor";
import { toFailure } from "@/lib/access/failure";
import { classifyError, type ErrorCode, type FieldErrors } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/catalog";
import { tKey, translator } from "@/lib/i18n/translate";

/**
 * Errors of the REST API v1 as RFC 9457 problem details (application/problem+json):
 * `type` (a URI reference to the problem's entry in the API reference), `title` (the same for
 * every occurrence of the type), `status`, `detail` (this occurrence, in the caller's language),
 * `instance` (the request id) and, for validation problems, `errors`: one entry per field, with
 * a JSON `pointer` into the body or the query/path `parameter` it is about.
 */
export const PROBLEM_TYPES = {
  unauthorized: 401,
  "read-only-token": 403,
  suspended: 403,
  forbidden: 403,
  "not-found": 404,
  "unsupported-media-type": 415,
  "malformed-json": 400,
  validation: 422,
  "idempotency-key-reused": 422,
  conflict: 409,
  duplicate: 409,
  "rate-limited": 429,
  "payload-too-large": 413,
  unavailable: 503,
  internal: 500,
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

/** Where each problem type is explained (the API reference page, one anchor per type). */
export const PROBLEM_BASE = "/integrations/api-reference#problem-";

export type ProblemFieldError = { pointer?: string; parameter?: string; message: string };
export type ProblemBody = {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance: string;
  errors?: ProblemFieldError[];
};

/** A problem the API raises itself (authentication, scope, body, idempotency, rate). */
export class ApiProblem extends Error {
  constructor(
    readonly problem: ProblemType,
    readonly options: { params?: Record<string, string | number>; headers?: Record<string, string> } = {},
  ) {
    super(problem);
    this.name = "ApiProblem";
  }
}

/** Validation problems of the query or path carry their parameter names instead of body pointers. */
export class ApiValidation extends Error {
  constructor(
    readonly fieldErrors: FieldErrors,
    readonly where: "body" | "query",
  ) {
    super("validation");
  }
}

const FROM_CODE: Record<ErrorCode, ProblemType> = {
  VALIDATION: "validation",
  UNAUTHENTICATED: "unauthorized",
  NOT_FOUND: "not-found",
  CONFLICT: "conflict",
  DUPLICATE: "duplicate",
  RATE_LIMITED: "rate-limited",
  SUSPENDED: "suspended",
  FORBIDDEN: "forbidden",
  PAYLOAD_TOO_LARGE: "payload-too-large",
  UNAVAILABLE: "unavailable",
  INTERNAL: "internal",
};

const pointer = (field: string) =>
  `/${field
    .split(".")
    .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
    .join("/")}`;

/**
 * Any error thrown while serving an API request, as a problem+json response. Domain errors go
 * through the same edge as the UI (lib/access/failure.ts: denials and foreign ids are audited
 * and become 404; unknown errors are logged with the request id and never shown).
 */
export async function problemResponse(
  error: unknown,
  ctx: { locale: Locale; requestId: string; entry: string; actor: Actor | null; headers: Headers },
): Promise<Response> {
  const t = translator(ctx.locale);
  let type: ProblemType;
  let detail: string;
  let errors: ProblemFieldError[] | undefined;
  if (error instanceof ApiProblem) {
    type = error.problem;
    detail = tKey(t, `integrations.api.problems.${type}.detail`, error.options.params);
    for (const [k, v] of Object.entries(error.options.headers ?? {})) ctx.headers.set(k, v);
  } else if (error instanceof ApiValidation) {
    type = "validation";
    detail = tKey(t, "integrations.api.problems.validation.detail");
    errors = Object.entries(error.fieldErrors).map(([field, ref]) => ({
      ...(error.where === "body" ? { pointer: field === "_form" ? "" : pointer(field) } : { parameter: field }),
      message: tKey(t, ref.key, ref.params),
    }));
  } else {
    const failure = await toFailure(error, ctx);
    type = FROM_CODE[failure.code as ErrorCode] ?? "internal";
    detail = failure.message;
    const known = classifyError(error);
    if (failure.fieldErrors && known?.fieldErrors)
      errors = Object.entries(failure.fieldErrors).map(([field, message]) => ({
        pointer: field === "_form" ? "" : pointer(field),
        message,
      }));
  }
  const status = PROBLEM_TYPES[type];
  if (status === 401) ctx.headers.set("www-authenticate", 'Bearer realm="mainstay-api"');
  const body: ProblemBody = {
    type: `${PROBLEM_BASE}${type}`,
    title: tKey(t, `integrations.api.problems.${type}.title`),
    status,
    detail,
    instance: `urn:mainstay:request:${ctx.requestId}`,
    ...(errors ? { errors } : {}),
  };
  ctx.headers.set("content-type", "application/problem+json");
  return new Response(JSON.stringify(body), { status, headers: ctx.headers });
}
