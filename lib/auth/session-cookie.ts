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

export async function claimsFromSessionCookies(
  all: readonly { name: string; value: string }[],
  name: string,
  secret = process.env.AUTH_SECRET,
): Promise<SessionClaims | null> {
  const token = sessionToken(all, name);
  if (!token || !secret) return null;
  let payload: Record<string, unknown> | null;
  try {
    payload = await decode({ token, secret, salt: name });
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
