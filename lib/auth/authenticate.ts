import { audit } from "@/lib/audit";
import { clearFailures, recordFailure, retryAfterSeconds } from "@/lib/auth/throttle";
import { verifyPassword } from "@/lib/auth/password";
import { startSession } from "@/lib/auth/sessions";
import { applyContext, withDbContext } from "@/lib/db/context";
import { DEFAULT_LOCALE, type Locale } from "@/lib/i18n/catalog";

export type AuthResult =
  | {
      ok: true;
      user: {
        id: string;
        email: string;
        name: string;
        sessionVersion: number;
        tenantId: string | null;
        /** The user's language: their stored choice, else the request's (then stored). */
        locale: Locale;
        /** The server-side session this sign-in started (lib/auth/sessions.ts). */
        sessionId: string;
        sessionExpiresAt: Date;
      };
    }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfter: number }
  | { ok: false; reason: "suspended"; suspendedReason: string | null };

/**
 * Checks credentials for the sign-in endpoint. One generic failure for a wrong
 * email, a wrong password or a disabled account, at the same cost (a dummy hash
 * is verified for unknown emails). Throttled per (account, IP) and per IP.
 * `locale` is the request's (locale cookie, then Accept-Language): a user who has no language
 * yet gets it, so the first browser they sign in with sets their language until they change it.
 */
export async function authenticate(input: {
  email: string;
  password: string;
  ip: string;
  requestId?: string;
  locale?: Locale;
}): Promise<AuthResult> {
  const email = input.email.trim().toLowerCase();
  const requestId = input.requestId ?? null;
  const retryAfter = await retryAfterSeconds(email, input.ip);
  if (retryAfter > 0) return { ok: false, reason: "throttled", retryAfter };

  const found = await withDbContext({ loginEmail: email }, async (tx) => {
    const user = await tx.user.findUnique({
      where: { email },
      omit: { passwordHash: false },
    });
    if (!user) return null;
    await applyContext(tx, { userId: user.id, loginEmail: email });
    const memberships = await tx.membership.findMany({
      where: { userId: user.id, removedAt: null },
      orderBy: { createdAt: "asc" },
      select: { tenantId: true, tenant: { select: { status: true, suspendedReason: true } } },
    });
    return { user, memberships };
  });

  const passwordOk = await verifyPassword(found?.user.passwordHash, input.password);
  const user = found?.user;
  if (!user || !passwordOk || user.disabled || (!user.isPlatformAdmin && found.memberships.length === 0)) {
    await recordFailure(email, input.ip);
    await withDbContext({ userId: user?.id ?? null }, (tx) =>
      audit(
        tx,
        { tenantId: null, actorUserId: user?.id ?? null, requestId },
        {
          action: "auth.signIn",
          outcome: "FAILURE",
          metadata: { reason: !user ? "unknown_email" : user.disabled ? "disabled" : "bad_password" },
        },
      ),
    );
    return { ok: false, reason: "invalid" };
  }

  const active = found.memberships.find((m) => m.tenant.status === "ACTIVE");
  const tenantId = user.isPlatformAdmin ? null : (active?.tenantId ?? null);
  if (!user.isPlatformAdmin && !active) {
    const suspended = found.memberships[0];
    await withDbContext({ userId: user.id, tenantId: suspended?.tenantId }, (tx) =>
      audit(
        tx,
        { tenantId: suspended?.tenantId ?? null, actorUserId: user.id, requestId },
        {
          action: "auth.signIn",
          outcome: "DENIED",
          metadata: { reason: "tenant_suspended" },
        },
      ),
    );
    return { ok: false, reason: "suspended", suspendedReason: suspended?.tenant.suspendedReason ?? null };
  }

  await clearFailures(email, input.ip);
  const session = await withDbContext(
    { userId: user.id, tenantId, platformAdmin: user.isPlatformAdmin },
    async (tx) => {
      await tx.user.update({
        where: { id: user.id },
        data: { lastLoginAt: new Date(), ...(user.locale === null && input.locale ? { locale: input.locale } : {}) },
      });
      await audit(tx, { tenantId, actorUserId: user.id, requestId }, { action: "auth.signIn", outcome: "SUCCESS" });
      return startSession(tx, user.id);
    },
  );
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      sessionVersion: user.sessionVersion,
      tenantId,
      locale: user.locale ?? input.locale ?? DEFAULT_LOCALE,
      sessionId: session.id,
      sessionExpiresAt: session.expiresAt,
    },
  };
}
