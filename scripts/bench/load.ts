import autocannon, { type RequestSpec, type Result } from "autocannon";
import { actionBodyError, summarize, type Measurement, type TargetKind } from "./stats";

/**
 * One target under load: autocannon with N connections for a fixed time. The
 * latencies are recorded per response (all of them, not only 2xx) and the
 * percentiles computed here (autocannon reports p97.5, not p95). Server-action
 * targets give each request its own body (a different draft) and check that the
 * 200 response does not carry an error result.
 */
export type LoadSpec = {
  name: string;
  kind: TargetKind;
  method: "GET" | "POST";
  path: string;
  headers: Record<string, string>;
  /** Server actions: the next request's path and body (each one a different draft), or null when none is left. */
  next?: () => { path: string; body: string } | null;
  /** Server actions: what a successful result must also contain. */
  expect?: RegExp;
};

export type LoadOptions = { baseUrl: string; connections: number; durationSeconds: number };

/**
 * autocannon's per-request timeout, shorter than the window: a request still unanswered after half
 * of it (at most 10 s) is a timeout — an error — instead of a request that is simply missing from the
 * figures when the window ends first (autocannon's default is 10 s; the bench had 30 s for 8 s windows).
 */
export const requestTimeoutSeconds = (durationSeconds: number) =>
  Math.max(1, Math.min(10, Math.floor(durationSeconds / 2)));

export type LoadRun = Measurement & {
  bodyErrorSamples: string[];
  statusCounts: Record<string, number>;
  /** Requests written; of the errors, those that were timeouts. */
  sent: number;
  timeouts: number;
};

export function runLoad(spec: LoadSpec, options: LoadOptions): Promise<LoadRun> {
  const latencies: number[] = [];
  const statusCounts: Record<string, number> = {};
  const bodyErrorSamples: string[] = [];
  let bodyErrors = 0;
  let exhausted = 0;
  const request: RequestSpec = { method: spec.method, path: spec.path, headers: spec.headers };
  if (spec.next) {
    const next = spec.next;
    request.setupRequest = (req) => {
      const item = next();
      if (!item) {
        exhausted++;
        // Out of drafts: send something the action refuses, so it counts as an error instead of silently repeating.
        return { ...req, body: "[{}]" };
      }
      return { ...req, path: item.path, body: item.body };
    };
    request.onResponse = (status, body) => {
      if (status < 200 || status >= 300) return;
      const problem =
        actionBodyError(body) ??
        (spec.expect && !spec.expect.test(body) ? `result without ${spec.expect.source}` : null);
      if (problem) {
        bodyErrors++;
        if (bodyErrorSamples.length < 3) bodyErrorSamples.push(`${problem}: ${body.slice(0, 300)}`);
      }
    };
  }
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.baseUrl,
        connections: options.connections,
        duration: options.durationSeconds,
        timeout: requestTimeoutSeconds(options.durationSeconds),
        requests: [request],
      },
      (error: Error | null, result: Result) => {
        if (error) return reject(error);
        const seconds = (result.finish.getTime() - result.start.getTime()) / 1000 || options.durationSeconds;
        if (exhausted) bodyErrorSamples.push(`${exhausted} request(s) found no draft left (raise --write-pool)`);
        // Sent = answered + failed (errors, timeouts included) + at most one still in flight per connection
        // when the window closed; anything beyond that was lost without an answer or an error.
        const unanswered = Math.max(0, result.requests.sent - latencies.length - result.errors - options.connections);
        resolve({
          name: spec.name,
          kind: spec.kind,
          rps: latencies.length / seconds,
          latency: summarize(latencies),
          non2xx: result.non2xx,
          errors: result.errors,
          unanswered,
          bodyErrors,
          bodyErrorSamples,
          statusCounts,
          sent: result.requests.sent,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
    });
  });
}
