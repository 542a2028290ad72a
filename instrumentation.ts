import "@/lib/validation/zod-jitless"; // before any route builds a schema (see that file)

/**
 * Server start, in the Node.js server process: refuse to serve without the forwarded-headers
 * preload (lib/http/require-forwarded-headers.ts); then the job worker runs inside the web server
 * unless JOBS_WORKER=off (lib/jobs/in-process.ts; `npm run worker` runs it on its own).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE !== "phase-production-build") {
    const { requireForwardedHeaders } = await import("@/lib/http/require-forwarded-headers");
    requireForwardedHeaders();
  }
  if (!process.env.DATABASE_URL || process.env.JOBS_WORKER === "off") return;
  const { startInProcessWorker } = await import("@/lib/jobs/in-process");
  startInProcessWorker();
}

/**
 * Unhandled errors while rendering a page or running a route: one JSON log line
 * carrying the error digest — the reference app/error.tsx shows the user — and
 * the request id set by proxy.ts, so support can find the line from a screenshot.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routePath: string; routeType: string },
) {
  const e = error as { digest?: string; message?: string; stack?: string };
  console.error(
    JSON.stringify({
      t: new Date().toISOString(),
      level: "error",
      event: "request.unhandled",
      digest: e.digest ?? null,
      requestId: request.headers["x-request-id"] ?? null,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      message: e.message,
      stack: e.stack,
    }),
  );
}
