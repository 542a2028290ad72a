import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import { allowPrivateTargets, isBlockedAddress } from "@/lib/webhooks/target";
import { webhookTimeoutMs } from "@/lib/webhooks/timeout";

/** What an attempt ended with; `error` is a code the delivery log translates. */
export type SendOutcome = {
  ok: boolean;
  statusCode: number | null;
  error: SendError | null;
  responseBody: string | null;
  durationMs: number;
};

export type SendError =
  | "timeout"
  | "private_address"
  | "dns_failed"
  | "connection_failed"
  | "tls_failed"
  | "redirect"
  | "http_status"
  | "invalid_url"
  | "endpoint_disabled";

const RESPONSE_CAP = 1024;

class Refused extends Error {
  constructor(readonly code: SendError) {
    super(code);
  }
}

/** dns.lookup that refuses blocked addresses, so the socket connects only to an address we checked. */
function guardedLookup(allowPrivate: boolean): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 4);
      const list = addresses as dns.LookupAddress[];
      if (!allowPrivate && list.some((a) => isBlockedAddress(a.address)))
        return callback(new Refused("private_address"), "", 4);
      if ((options as dns.LookupOptions).all)
        return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Refused("dns_failed"), "", 4);
      callback(null, first.address, first.family);
    });
  };
}

function classify(error: unknown): SendError {
  if (error instanceof Refused) return error.code;
  const e = error as { code?: string; name?: string };
  if (e.name === "AbortError" || e.name === "TimeoutError" || e.code === "ABORT_ERR") return "timeout";
  if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") return "dns_failed";
  if (typeof e.code === "string" && (e.code.startsWith("ERR_TLS") || e.code.includes("CERT") || e.code === "EPROTO"))
    return "tls_failed";
  return "connection_failed";
}

const printable = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "");

/**
 * POSTs one signed webhook: no redirect is followed (a 3xx is a failure), the whole attempt
 * (DNS, connect, TLS, response headers and the first KB of body) has one deadline, and the
 * target's addresses are checked as above. Never throws: the outcome says what happened.
 */
export async function sendWebhook(input: {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs?: number;
  allowPrivate?: boolean;
}): Promise<SendOutcome> {
  const started = Date.now();
  const allowPrivate = input.allowPrivate ?? allowPrivateTargets();
  const done = (partial: Omit<SendOutcome, "durationMs">): SendOutcome => ({
    ...partial,
    durationMs: Date.now() - started,
  });
  let url: URL;
  try {
    url = new URL(input.url);
    if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("protocol");
  } catch {
    return done({ ok: false, statusCode: null, error: "invalid_url", responseBody: null });
  }
  const host = url.hostname.replace(/^\[|\]$/g, "");
  if (net.isIP(host) && !allowPrivate && isBlockedAddress(host))
    return done({ ok: false, statusCode: null, error: "private_address", responseBody: null });

  const signal = AbortSignal.timeout(input.timeoutMs ?? webhookTimeoutMs());
  const client = url.protocol === "https:" ? https : http;
  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...input.headers, "content-length": String(Buffer.byteLength(input.body)) },
        lookup: guardedLookup(allowPrivate),
        signal,
        agent: false,
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        const chunks: Buffer[] = [];
        let size = 0;
        const end = () => {
          response.destroy();
          const body = printable(Buffer.concat(chunks).toString("utf8").slice(0, RESPONSE_CAP)) || null;
          const ok = statusCode >= 200 && statusCode < 300;
          finish(
            done({
              ok,
              statusCode,
              error: ok ? null : statusCode >= 300 && statusCode < 400 ? "redirect" : "http_status",
              responseBody: body,
            }),
          );
        };
        response.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.length;
          if (size >= RESPONSE_CAP) end();
        });
        response.on("end", end);
        response.on("error", end);
      },
    );
    request.on("error", (error) =>
      finish(done({ ok: false, statusCode: null, error: classify(error), responseBody: null })),
    );
    request.end(input.body);
  });
}
