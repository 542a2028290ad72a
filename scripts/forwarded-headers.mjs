// @ts-check
/**
 * Which forwarded headers the app believes. Installed in the Next.js server process before
 * Next.js loads (forwarded-headers-preload.mjs through `node --import`, see
 * forwardedHeadersNodeOptions; scripts/run-with-db.ts does it for `npm run dev` and
 * `npm start`), so it sees every request before Next.js does.
 *
 * Next.js only fills X-Forwarded-For / -Proto / -Host when the request has none, so
 * without this a client picks its own address (the sign-in throttle's per-IP bucket)
 * and its own protocol (the session cookie's name and Secure flag). Here the server is
 * one more hop: the address of the peer it accepted the connection from is appended, and
 * TRUST_PROXY says how many proxies in front of it may be believed (default 0: none).
 *
 * - TRUST_PROXY=0 (default: the app is reached directly, as with `npm start` or
 *   docker-compose's published port): the client is the socket's peer; X-Forwarded-For,
 *   -Proto, -Host, -Port and X-Real-IP sent by the client are dropped.
 * - TRUST_PROXY=N (the app is reachable ONLY through N proxies that each append the address
 *   they received from): the client is the N-th address from the right of what the
 *   nearest proxy sent (N=1: its right-most entry); -Proto/-Host/-Port are the nearest
 *   proxy's (right-most) values.
 *
 * X-Forwarded-For then holds exactly one address, the client's (lib/http/client-ip.ts).
 * Plain JavaScript: it runs before anything is compiled.
 */
import http from "node:http";
import https from "node:https";

/** Set once this module has patched the server; instrumentation.ts refuses to serve without it. */
export const INSTALLED = Symbol.for("mainstay.forwardedHeaders");

/** @param {string | undefined} value */
export function parseTrustProxy(value) {
  if (value === undefined || value.trim() === "") return 0;
  if (!/^\d{1,2}$/.test(value.trim())) {
    throw new Error(`TRUST_PROXY must be the number of proxies in front of the app (0 to 99), not "${value}"`);
  }
  return Number(value.trim());
}

/** @param {string | string[] | undefined} value */
function list(value) {
  return (Array.isArray(value) ? value.join(",") : (value ?? ""))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Rewrites the forwarded headers of one request in place.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {string | undefined} peer the socket's remote address
 * @param {number} trustProxy
 */
export function normalizeForwarded(headers, peer, trustProxy) {
  const hops = [...(trustProxy > 0 ? list(headers["x-forwarded-for"]) : []), peer ?? "unknown"];
  // Fewer entries than trusted proxies: the left-most is the furthest anyone vouched for.
  const client = hops[hops.length - 1 - trustProxy] ?? hops[0];
  headers["x-forwarded-for"] = client;
  delete headers["x-real-ip"];
  for (const name of ["x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"]) {
    const nearest = trustProxy > 0 ? list(headers[name]).at(-1) : undefined;
    if (nearest && (name !== "x-forwarded-proto" || nearest === "http" || nearest === "https")) headers[name] = nearest;
    else delete headers[name];
  }
}

/** Patches http(s).Server so every request is normalized before any listener sees it. */
export function install(trustProxy = parseTrustProxy(process.env.TRUST_PROXY)) {
  const g = /** @type {Record<symbol, unknown>} */ (/** @type {unknown} */ (globalThis));
  if (g[INSTALLED]) return;
  for (const Server of [http.Server, https.Server]) {
    const emit = Server.prototype.emit;
    /** @this {import("node:http").Server} @param {string | symbol} event @param {unknown[]} args */
    Server.prototype.emit = function (event, ...args) {
      if (event === "request") {
        const request = /** @type {import("node:http").IncomingMessage} */ (args[0]);
        normalizeForwarded(request.headers, request.socket?.remoteAddress, trustProxy);
      }
      return emit.call(this, event, ...args);
    };
  }
  g[INSTALLED] = { trustProxy };
}

/** NODE_OPTIONS for a child process that runs the Next.js server, with the preload added. */
export function forwardedHeadersNodeOptions(current = process.env.NODE_OPTIONS ?? "") {
  const flag = `--import=${new URL("./forwarded-headers-preload.mjs", import.meta.url).href}`;
  return current.includes(flag) ? current : `${current} ${flag}`.trim();
}
