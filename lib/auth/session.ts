import { cookies, headers } from "next/headers";
import type { SessionClaims } from "@/lib/access/actor";
import { claimsFromSessionCookies, sessionCookieName } from "@/lib/auth/session-cookie";

/**
 * The claims in the signed session cookie. Only a hint of who the caller says
 * they are: lib/access/actor.ts re-reads the user, membership and flags from the
 * database on every request. (Tests replace this module.)
 *
 * The cookie is decrypted directly (lib/auth/session-cookie.ts) rather than
 * through Auth.js's `auth()`, which runs its whole session endpoint for every
 * call — a Request, the jwt and session callbacks, a re-encrypted cookie that a
 * page or route handler throws away — for the same three claims.
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const name = sessionCookieName(h.get("x-forwarded-proto"));
  return claimsFromSessionCookies(jar.getAll(), name);
}
