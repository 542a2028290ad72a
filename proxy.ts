import { NextResponse, type NextRequest } from "next/server";
import errors from "@/messages/en/errors.json";
import { withoutSecretParams } from "@/lib/http/secret-params";

/**
 * Runs before every page and route: sets the per-request CSP nonce and the
 * no-store header, and sends visitors without a session cookie to /login.
 * Only a convenience: every page, server action and route handler authorizes
 * on its own (lib/access), so bypassing this file grants nothing.
 *
 * It only looks for the cookie and never re-issues it (Auth.js's auth() wrapper
 * would refresh the session cookie on every response, which let a prefetch in
 * flight during sign-out set the old cookie again).
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/** Server actions accept 1 MB (next.config.js); say so with a 413 before any code runs. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Whether a body sent without Content-Length (chunked) is over the limit. Next.js hands the
 * proxy a copy of the body it buffers anyway (up to `proxyClientMaxBodySize`), so reading it
 * here costs no extra memory; reading stops at the first byte past the limit.
 */
async function overLimit(body: ReadableStream<Uint8Array>, limit: number): Promise<boolean> {
  const reader = body.getReader();
  let bytes = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      bytes += value.byteLength;
      if (bytes > limit) {
        await reader.cancel().catch(() => {});
        return true;
      }
    }
  } catch {
    return false;
  }
}

/**
 * Responses that set their own caching, which must not be replaced by no-store: the MSP's logo
 * (app/api/brand/[tenantId]/logo/route.ts: private, no-cache and an ETag, so the browser revalidates
 * with the session every time and an unchanged logo is a 304; never kept by a shared cache).
 */
const OWN_CACHE_POLICY = [/^\/api\/brand\/[^/]+\/logo$/];

const PUBLIC = [
  /^\/login$/,
  /^\/forgot$/,
  /^\/invite\//,
  /^\/reset\//,
  /^\/unsubscribe\//,
  /^\/api\//,
  /^\/suspended$/,
];

export default async function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
  const requestId = request.headers.get("x-request-id") ?? crypto.randomUUID().replace(/-/g, "").slice(0, 16);

  // A URL carrying a password or a token (a form sent by GET before its script ran, an old
  // bookmark, the history) is never served, logged or passed on: 303 to the same address without
  // them, so that the page, its links and the next redirect cannot echo them. The secret names
  // are in lib/http/secret-params.json, which next.config.js's request log also ignores.
  const clean = withoutSecretParams(request.nextUrl);
  if (clean) {
    const away = NextResponse.redirect(clean, 303);
    away.headers.set("Cache-Control", "no-store");
    away.headers.set("Referrer-Policy", "no-referrer");
    away.headers.set("x-request-id", requestId);
    return away;
  }

  const { pathname, search } = request.nextUrl;
  const declared = request.headers.get("content-length");
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  const tooLarge =
    hasBody &&
    (declared !== null
      ? Number(declared) > MAX_BODY_BYTES
      : request.body !== null && (await overLimit(request.body, MAX_BODY_BYTES)));
  if (tooLarge) {
    return new NextResponse(
      JSON.stringify({ error: { code: "PAYLOAD_TOO_LARGE", message: errors.PAYLOAD_TOO_LARGE, requestId } }),
      {
        status: 413,
        headers: { "content-type": "application/json", "cache-control": "no-store", "x-request-id": requestId },
      },
    );
  }
  const isPublic = PUBLIC.some((re) => re.test(pathname));
  let response: NextResponse;
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name) || request.cookies.has(`${name}.0`));
  if (!isPublic && !hasSession) {
    const login = new URL("/login", request.nextUrl.origin);
    if (pathname !== "/") login.searchParams.set("next", `${pathname}${search}`);
    response = NextResponse.redirect(login);
  } else {
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("x-request-id", requestId);
    headers.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", csp);
  if (!OWN_CACHE_POLICY.some((re) => re.test(pathname))) response.headers.set("Cache-Control", "no-store");
  response.headers.set("x-request-id", requestId);
  return response;
}

export const config = {
  // Static files and the metadata routes (icons, robots.txt) are public and need no nonce.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|apple-icon.png|robots.txt|fonts/).*)"],
};
