import { decode } from "next-auth/jwt";
import type { SessionClaims } from "@/lib/access/actor";

/**
 * Reading the Auth.js session cookie without Auth.js's session endpoint, with its
 * rules (next-auth 5 `auth()` → @auth/core): the cookie is `authjs.session-token`,
 * `__Secure-`-prefixed when the app's URL is https (AUTH_URL, else the request's
 * x-forwarded-proto, else https), possibly split into `<name>.0`, `<name>.1`, …
 * chunks; its value is a JWE encrypted with a key derived from AUTH_SECRET with
 * the cookie name as salt, whose `exp` is checked on decryption. A cookie that
 * does not decrypt, has expired or lacks the claims means "no session".
 */
export const SESSION_COOKIE = "authjs.session-token";

export function sessionCookieName(
  forwardedProto: string | null,
  envUrl = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL,
): string {
  const protocol = envUrl ? new URL(envUrl).protocol : `${(forwardedProto ?? "https").replace(/:$/, "")}:`;
  return protocol === "https:" ? `__Secure-${SESSION_COOKIE}` : SESSION_COOKIE;
}

/** The cookie's value, its chunks joined in order (as Auth.js's SessionStore does). */
export function sessionToken(all: readonly { name: string; value: string }[], name: string): string | null {
  const chunks = all.filter((c) => c.value && (c.name === name || c.name.startsWith(`${name}.`)));
  if (chunks.length === 0) return null;
  const suffix = (c: { name: string }) => parseInt(c.name.split(".").pop() || "0") || 0;
  return [...chunks]
    .sort((a, b) => suffix(a) - suffix(b))
    .map((c) => c.value)
    .join("");
}

/**
 * Decrypted session cookies, by secret, cookie name and token, for the process: decrypting costs
 * an HKDF derivation and several WebCrypto jobs on every page and route (12–25 % of a trivial
 * page's CPU, docs/performance.md), and a browser sends the same cookie with every request until
 * Auth.js re-issues it. The key is the ciphertext itself — only the exact cookie that decrypted to these claims finds
 * them — and the expiry is checked again on every hit, with Auth.js's 15 s of clock tolerance. A
 * cookie that fails to decrypt is never stored. What the claims grant is still decided by the
 * database on every request (lib/access/actor.ts: user, membership, session version, live session).
 */
const DECODED_MAX = 2000;
const CLOCK_TOLERANCE_SECONDS = 15;
const decoded = new Map<string, Record<string, unknown>>();

/** How many decrypted cookies the process holds (tests). */
export const decodedSessionsHeld = () => decoded.size;

const expired = (payload: Record<string, unknown>, nowMs: number) =>
  typeof payload.exp === "number" && payload.exp + CLOCK_TOLERANCE_SECONDS <= nowMs / 1000;

async function decodeSessionToken(token: string, secret: string, name: string) {
  const key = `${secret}\u0000${name}\u0000${token}`;
  const held = decoded.get(key);
  if (held) {
    decoded.delete(key);
    if (expired(held, Date.now())) return null;
    decoded.set(key, held); // most recently used last
    return held;
  }
  const payload = await decode({ token, secret, salt: name });
  if (!payload) return null;
  decoded.set(key, payload);
  if (decoded.size > DECODED_MAX) decoded.delete(decoded.keys().next().value!);
  return payload;
}

export async function claimsFromSessionCookies(
  all: readonly { name: string; value: string }[],
  name: string,
  secret = process.env.AUTH_SECRET,
): Promise<SessionClaims | null> {
  const token = sessionToken(all, name);
  if (!token || !secret) return null;
  let payload: Record<string, unknown> | null;
  try {
    payload = await decodeSessionToken(token, secret, name);
  } catch {
    return null;
  }
  if (!payload || typeof payload.uid !== "string") return null;
  // As lib/auth/config.ts's session callback: a token without a session version matches no user (-1).
  return {
    userId: payload.uid,
    sessionVersion: typeof payload.sv === "number" ? payload.sv : -1,
    // No server-side session named: resolveActor refuses it (a cookie from before sessions were stored).
    sessionId: typeof payload.sid === "string" ? payload.sid : null,
    tenantId: typeof payload.tid === "string" ? payload.tid : null,
  };
}
