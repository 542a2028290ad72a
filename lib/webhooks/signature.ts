import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com): the secret is
 * "whsec_" + base64 of random bytes; each request carries `webhook-id` (the event id, the
 * same on every retry), `webhook-timestamp` (Unix seconds of this attempt) and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<body>" keyed with the
 * secret's bytes>`. Checked against the reference library in tests/integration/webhooks.test.ts.
 */
const PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return `${PREFIX}${randomBytes(24).toString("base64")}`;
}

function keyOf(secret: string): Buffer {
  if (!secret.startsWith(PREFIX)) throw new Error("not a whsec_ secret");
  return Buffer.from(secret.slice(PREFIX.length), "base64");
}

export function signWebhook(input: { secret: string; id: string; timestamp: number; body: string }): string {
  const mac = createHmac("sha256", keyOf(input.secret))
    .update(`${input.id}.${input.timestamp}.${input.body}`)
    .digest("base64");
  return `v1,${mac}`;
}

/** The request headers of one attempt. */
export function webhookHeaders(input: {
  secret: string;
  id: string;
  body: string;
  now?: Date;
}): Record<string, string> {
  const timestamp = Math.floor((input.now ?? new Date()).getTime() / 1000);
  return {
    "content-type": "application/json",
    "user-agent": "Mainstay-Webhooks/1",
    "webhook-id": input.id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": signWebhook({ secret: input.secret, id: input.id, timestamp, body: input.body }),
  };
}

/**
 * What a receiver does (tests/support/webhook-receiver.ts checks with the reference library): checks the
 * timestamp is within `toleranceSeconds` and one of the space-separated v1 signatures matches.
 */
export function verifyWebhook(input: {
  secret: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  toleranceSeconds?: number;
  now?: Date;
}): { ok: true; id: string } | { ok: false; reason: "missing_headers" | "timestamp" | "signature" } {
  const header = (name: string) => {
    const v = input.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const id = header("webhook-id");
  const timestamp = Number(header("webhook-timestamp"));
  const signatures = header("webhook-signature");
  if (!id || !Number.isFinite(timestamp) || !signatures) return { ok: false, reason: "missing_headers" };
  const now = Math.floor((input.now ?? new Date()).getTime() / 1000);
  if (Math.abs(now - timestamp) > (input.toleranceSeconds ?? 300)) return { ok: false, reason: "timestamp" };
  const expected = Buffer.from(signWebhook({ secret: input.secret, id, timestamp, body: input.body }));
  const match = signatures.split(" ").some((candidate) => {
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return match ? { ok: true, id } : { ok: false, reason: "signature" };
}
