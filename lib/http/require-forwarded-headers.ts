/**
 * Server start-up (instrumentation.ts, Node.js runtime only): refuse to serve unless
 * scripts/forwarded-headers.mjs was preloaded (scripts/run-with-db.ts does it for
 * `npm run dev` and `npm start`). Without it a client would choose its own address
 * (sign-in throttling) and protocol (the session cookie's Secure flag) with X-Forwarded-*.
 */
export function requireForwardedHeaders(): void {
  if ((globalThis as Record<symbol, unknown>)[Symbol.for("mainstay.forwardedHeaders")]) return;
  console.error(
    JSON.stringify({
      t: new Date().toISOString(),
      level: "error",
      event: "startup.refused",
      message:
        "scripts/forwarded-headers.mjs is not loaded: start the server with `npm start` / `npm run dev` " +
        "(or add its NODE_OPTIONS, see scripts/forwarded-headers.mjs)",
    }),
  );
  process.exit(1);
}
