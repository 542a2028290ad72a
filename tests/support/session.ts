import { randomBytes } from "node:crypto";
import type { SessionClaims } from "@/lib/access/actor";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import { ownerDb } from "@/tests/support/db";

/** The session the entry points under test will see (see tests/setup/integration-env.ts). */
let claims: SessionClaims | null = null;

/**
 * Acts as `user` from now on, as if they had just signed in: a server-side session is
 * started for them (lazily, on the first request) unless `sessionId` names one.
 */
export function actAs(
  user: { id: string; sessionVersion?: number },
  tenantId: string | null = null,
  sessionId: string | null = null,
): void {
  claims = { userId: user.id, sessionVersion: user.sessionVersion ?? 0, sessionId, tenantId };
}

export function anonymous(): void {
  claims = null;
}

export async function currentClaims(): Promise<SessionClaims | null> {
  // The claims as they are now: another caller may actAs() someone else while the session starts.
  const mine = claims;
  if (mine && !mine.sessionId) mine.sessionId = await startTestSession(mine.userId);
  return mine;
}

/** A live server-side session for `userId`, as sign-in makes one (lib/auth/sessions.ts). */
export async function startTestSession(userId: string): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  const now = new Date();
  await ownerDb().session.create({
    data: {
      id,
      userId,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
      createdAt: now,
    },
  });
  return id;
}

/** Claims with a live session, for tests that call resolveActor directly. */
export async function claimsFor(
  user: { id: string; sessionVersion?: number },
  tenantId: string | null = null,
): Promise<SessionClaims> {
  return {
    userId: user.id,
    sessionVersion: user.sessionVersion ?? 0,
    sessionId: await startTestSession(user.id),
    tenantId,
  };
}
