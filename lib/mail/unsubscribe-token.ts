import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import type { MailKind } from "@/lib/generated/prisma/enums";
import { MAIL_KINDS } from "@/lib/mail/kinds";

/**
 * The unsubscribe link's token: which mail kind to turn off for which member of which tenant,
 * signed with HMAC-SHA256 under a key derived from AUTH_SECRET (HKDF, its own label), so that
 * nobody can forge one for someone else. It grants nothing but that one switch, and carries no
 * secret (ids and a kind). It does not expire (an unsubscribe link must keep working); changing
 * AUTH_SECRET invalidates every one issued before.
 *
 *   token = base64url(JSON {t, u, k}) "." base64url(HMAC(payload))
 */
export type UnsubscribeClaim = { tenantId: string; userId: string; kind: MailKind };

const payloadSchema = z
  .object({ t: z.string().min(1).max(64), u: z.string().min(1).max(64), k: z.enum(MAIL_KINDS) })
  .strict();

function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "", "mainstay mail unsubscribe v1", 32));
}

function sign(payload: string): Buffer {
  return createHmac("sha256", key()).update(payload).digest();
}

export function unsubscribeToken(claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify({ t: claim.tenantId, u: claim.userId, k: claim.kind })).toString(
    "base64url",
  );
  return `${payload}.${sign(payload).toString("base64url")}`;
}

/** The claim of a well-formed token whose signature is right; null for anything else. */
export function readUnsubscribeToken(token: string): UnsubscribeClaim | null {
  if (token.length > 400) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = sign(payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    return parsed.success ? { tenantId: parsed.data.t, userId: parsed.data.u, kind: parsed.data.k } : null;
  } catch {
    return null;
  }
}
