import { randomBytes } from "node:crypto";
import { resolveActor, type SessionClaims } from "@/lib/access/actor";
import { SESSION_IDLE_SECONDS, SESSION_MAX_AGE_SECONDS } from "@/lib/auth/session-policy";
import { db } from "@/lib/db/client";
import { withDbContext, type Tx } from "@/lib/db/context";

/**
 * Server-side sessions (model Session). The session cookie is a hint that names one; a
 * request is served only while its row lives: not ended, before `expiresAt` (sign-in +
 * SESSION_MAX_AGE_SECONDS) and active within SESSION_IDLE_SECONDS. The check and the
 * activity refresh are part of the one statement that resolves the actor on every request
 * (lib/access/actor.ts). Times are the database's, in UTC like every Prisma DateTime.
 */
export type StartedSession = { id: string; expiresAt: Date };

/**
 * Starts a session for `userId`, inside the sign-in's transaction (its context is that
 * user, which RLS requires), and drops the user's sessions that can no longer be used.
 */
export async function startSession(tx: Tx, userId: string): Promise<StartedSession> {
  await tx.$executeRaw`
    DELETE FROM "Session"
    WHERE "userId" = ${userId}
      AND ("endedAt" IS NOT NULL OR "expiresAt" <= (now() AT TIME ZONE 'UTC')
           OR "lastSeenAt" <= (now() AT TIME ZONE 'UTC') - make_interval(secs => ${SESSION_IDLE_SECONDS}))`;
  const id = randomBytes(32).toString("base64url");
  const [row] = await tx.$queryRaw<{ expiresAt: Date }[]>`
    INSERT INTO "Session" (id, "userId", "lastSeenAt", "expiresAt", "createdAt", "updatedAt")
    SELECT ${id}, ${userId}, t.now, t.now + make_interval(secs => ${SESSION_MAX_AGE_SECONDS}), t.now, t.now
    FROM (SELECT now() AT TIME ZONE 'UTC' AS now) t
    RETURNING "expiresAt"`;
  return { id, expiresAt: row!.expiresAt };
}

/** Ends one session (sign-out). Its cookie, replayed, no longer works. */
export async function endSession(claims: { userId: string; sessionId: string | null | undefined }): Promise<void> {
  if (!claims.sessionId) return;
  await withDbContext(
    { userId: claims.userId },
    (tx) =>
      tx.$executeRaw`
      UPDATE "Session" SET "endedAt" = now() AT TIME ZONE 'UTC', "updatedAt" = now() AT TIME ZONE 'UTC'
      WHERE id = ${claims.sessionId} AND "userId" = ${claims.userId} AND "endedAt" IS NULL`,
  );
}

/** Whether these claims still name a usable session (the same check as every request's). */
export async function sessionIsLive(claims: SessionClaims): Promise<boolean> {
  try {
    await db().$transaction((tx) => resolveActor(tx, claims, { scope: false }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Ends the session this browser's cookie named before a new sign-in replaced it (OWASP ASVS 5.0
 * V7.2.4: every authentication issues a new session and ends the current one). `previous` is read
 * before signing in, since the sign-in overwrites the cookie.
 */
export async function endReplacedSession(previous: SessionClaims | null): Promise<void> {
  if (previous) await endSession(previous);
}
