import type { SessionClaims } from "@/lib/access/actor";
import { auth } from "@/lib/auth/auth";

/**
 * The claims in the signed session cookie. Only a hint of who the caller says
 * they are: lib/access/actor.ts re-reads the user, membership and flags from the
 * database on every request. (Tests replace this module.)
 */
export async function getSessionClaims(): Promise<SessionClaims | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || typeof session.sv !== "number") return null;
  return { userId, sessionVersion: session.sv, tenantId: session.tid ?? null };
}
