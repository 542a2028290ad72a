import type { Role, TenantStatus } from "@/lib/generated/prisma/enums";
import type { ActorRole } from "@/lib/access/permissions";
import { applyContext, type DbContext, type Tx } from "@/lib/db/context";
import { SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS } from "@/lib/auth/session-policy";
import { AppError } from "@/lib/errors";

/** Who is calling, re-read from the database on every request (never from the cookie alone). */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: ActorRole;
  /** Null for platform admins. */
  tenantId: string | null;
  tenantName: string | null;
  tenantSlug: string | null;
  currency: string;
  /** For CLIENT: the one organization they may see. */
  organizationId: string | null;
};

/** What the session cookie says: who, which sign-in (its server-side session), which tenant. */
export type SessionClaims = {
  userId: string;
  sessionVersion: number;
  /** The server-side session (model Session); a cookie without one is no session. */
  sessionId: string | null;
  tenantId?: string | null;
};

export function contextFor(actor: Actor): DbContext {
  return {
    tenantId: actor.tenantId,
    userId: actor.userId,
    role: actor.role === "PLATFORM_ADMIN" ? null : actor.role,
    organizationId: actor.organizationId,
    platformAdmin: actor.role === "PLATFORM_ADMIN",
  };
}

type MembershipRow = {
  tenantId: string;
  role: Role;
  organizationId: string | null;
  removedAt: Date | null;
  createdAt: Date;
  tenant: {
    id: string;
    name: string;
    slug: string;
    status: TenantStatus;
    suspendedReason: string | null;
    currency: string;
  };
};

type ActorRow = {
  id: string;
  email: string;
  name: string;
  disabled: boolean;
  isPlatformAdmin: boolean;
  sessionVersion: number;
  tenantId: string | null;
  role: Role | null;
  organizationId: string | null;
  membershipCreatedAt: Date | null;
  tenantName: string | null;
  tenantSlug: string | null;
  tenantStatus: TenantStatus | null;
  suspendedReason: string | null;
  currency: string | null;
  sessionLive: boolean;
};

/**
 * Resolves the actor inside `tx` and leaves `tx` scoped to them. Throws
 * UNAUTHENTICATED when the session no longer matches (signed out, past its absolute
 * lifetime or idle too long, user gone or disabled, sessionVersion bumped by a password,
 * role or enabled/disabled change, membership removed) and SUSPENDED when the tenant is.
 *
 * One statement reads the user with their current memberships and tenants and whether
 * the server-side session lives (every request pays for it: separate queries were
 * separate round trips), under the same row-level security as before: the user's own
 * row, their own memberships and sessions, the tenants of those memberships. The same
 * statement records the session's activity when the last record is a minute old or more
 * (SESSION_TOUCH_SECONDS), skipping a row another request is already updating, so most
 * requests write nothing and none waits for another.
 *
 * `scope: false` leaves `tx` with the user's own context only: for a transaction that ends
 * right after (a page's or a check's re-read), setting the actor's context would be one more
 * statement that nothing reads.
 */
export async function resolveActor(
  tx: Tx,
  claims: SessionClaims,
  { scope = true }: { scope?: boolean } = {},
): Promise<Actor> {
  if (!claims.sessionId) throw new AppError("UNAUTHENTICATED");
  await applyContext(tx, { userId: claims.userId });
  const rows = await tx.$queryRaw<ActorRow[]>`
    WITH clock AS (SELECT now() AT TIME ZONE 'UTC' AS now),
    live AS (
      SELECT s.id FROM "Session" s, clock
      WHERE s.id = ${claims.sessionId} AND s."userId" = ${claims.userId} AND s."endedAt" IS NULL
        AND s."expiresAt" > clock.now AND s."lastSeenAt" > clock.now - make_interval(secs => ${SESSION_IDLE_SECONDS})
    ),
    touched AS (
      UPDATE "Session" SET "lastSeenAt" = clock.now, "updatedAt" = clock.now FROM clock
      WHERE "Session".id IN (
        SELECT s.id FROM "Session" s, clock
        WHERE s.id IN (SELECT id FROM live)
          AND s."lastSeenAt" <= clock.now - make_interval(secs => ${SESSION_TOUCH_SECONDS})
        FOR UPDATE OF s SKIP LOCKED)
      RETURNING "Session".id
    )
    SELECT u.id, u.email, u.name, u.disabled, u."isPlatformAdmin", u."sessionVersion",
           m."tenantId", m.role::text AS role, m."organizationId", m."createdAt" AS "membershipCreatedAt",
           t.name AS "tenantName", t.slug AS "tenantSlug", t.status::text AS "tenantStatus", t."suspendedReason", t.currency,
           EXISTS (SELECT 1 FROM live) AS "sessionLive"
    FROM "User" u
    LEFT JOIN "Membership" m ON m."userId" = u.id AND m."removedAt" IS NULL
    LEFT JOIN "Tenant" t ON t.id = m."tenantId"
    WHERE u.id = ${claims.userId}
    ORDER BY m."createdAt" ASC, m.id ASC`;
  const user = rows[0];
  // A LEFT JOIN row without a membership (or whose tenant is not visible) is no membership.
  const memberships: MembershipRow[] = rows.flatMap((r) =>
    r.tenantId &&
    r.role &&
    r.tenantName !== null &&
    r.tenantSlug !== null &&
    r.tenantStatus &&
    r.currency &&
    r.membershipCreatedAt
      ? [
          {
            tenantId: r.tenantId,
            role: r.role,
            organizationId: r.organizationId,
            removedAt: null,
            createdAt: r.membershipCreatedAt,
            tenant: {
              id: r.tenantId,
              name: r.tenantName,
              slug: r.tenantSlug,
              status: r.tenantStatus,
              suspendedReason: r.suspendedReason,
              currency: r.currency,
            },
          },
        ]
      : [],
  );
  if (!user || !user.sessionLive || user.disabled || user.sessionVersion !== claims.sessionVersion) {
    throw new AppError("UNAUTHENTICATED");
  }
  if (user.isPlatformAdmin) {
    const actor: Actor = {
      userId: user.id,
      email: user.email,
      name: user.name,
      role: "PLATFORM_ADMIN",
      tenantId: null,
      tenantName: null,
      tenantSlug: null,
      currency: "EUR",
      organizationId: null,
    };
    if (scope) await applyContext(tx, contextFor(actor));
    return actor;
  }
  const membership = memberships.find((m) => m.tenantId === claims.tenantId) ?? memberships[0];
  if (!membership) throw new AppError("UNAUTHENTICATED");
  if (membership.tenant.status === "SUSPENDED") {
    throw new AppError("SUSPENDED", { params: { reason: membership.tenant.suspendedReason ?? "" } });
  }
  if (membership.role === "CLIENT" && !membership.organizationId) throw new AppError("UNAUTHENTICATED");
  const actor: Actor = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: membership.role,
    tenantId: membership.tenantId,
    tenantName: membership.tenant.name,
    tenantSlug: membership.tenant.slug,
    currency: membership.tenant.currency,
    organizationId: membership.role === "CLIENT" ? membership.organizationId : null,
  };
  if (scope) await applyContext(tx, contextFor(actor));
  return actor;
}
