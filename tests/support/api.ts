import type { ApiRouteHandler } from "@/lib/api/route";

/** A JSON answer, read loosely by the tests (they assert on its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

/** Calls a REST API v1 route handler as an HTTP client would (Bearer token, JSON body). */
export async function callApi(
  handler: ApiRouteHandler,
  req: {
    token?: string | null;
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
  } = {},
) {
  const op = handler.meta.operation;
  const path = op.path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(req.params?.[k] ?? ""));
  const url = new URL(`http://localhost/api/v1${path}`);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const headers = new Headers(req.headers);
  if (req.token) headers.set("authorization", `Bearer ${req.token}`);
  if (req.body !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  const response = await handler(
    new Request(url, {
      method: op.method,
      headers,
      ...(req.body !== undefined ? { body: typeof req.body === "string" ? req.body : JSON.stringify(req.body) } : {}),
    }),
    { params: Promise.resolve(req.params ?? {}) },
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as Json) : null };
}
