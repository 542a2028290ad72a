import { db, type AppPrismaClient } from "@/lib/db/client";

/** A transaction already scoped to its caller. Domain functions take one of these. */
export type Tx = Omit<AppPrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** What PostgreSQL's row-level security policies read (migration *_row_level_security). */
export type DbContext = {
  tenantId?: string | null;
  userId?: string | null;
  role?: "OWNER" | "ACCOUNT_MANAGER" | "CLIENT" | null;
  organizationId?: string | null;
  platformAdmin?: boolean;
  loginEmail?: string | null;
  inviteTokenHash?: string | null;
  /** A Bearer request before its tenant is known: the SHA-256 of the API token it presented (lib/api/authenticate.ts). */
  apiTokenHash?: string | null;
  /** The job worker acting inside one tenant (lib/jobs/system-context.ts); never set for a request. */
  system?: boolean;
};

/** The restricted runtime role: not superuser, not BYPASSRLS, owns nothing. */
export const APP_ROLE = "mainstay_app";

/**
 * Sets the caller's context for the current transaction only (`set_config(..., true)`,
 * never session-level SET) and switches to the runtime role, so RLS applies even
 * when the connection logged in as the owner (PGlite). Both revert at COMMIT/ROLLBACK.
 */
export async function applyContext(tx: Tx, ctx: DbContext): Promise<void> {
  await tx.$executeRaw`SELECT
    set_config('app.tenant_id', ${ctx.tenantId ?? ""}, true),
    set_config('app.user_id', ${ctx.userId ?? ""}, true),
    set_config('app.role', ${ctx.role ?? ""}, true),
    set_config('app.org_id', ${ctx.organizationId ?? ""}, true),
    set_config('app.platform_admin', ${ctx.platformAdmin ? "on" : ""}, true),
    set_config('app.login_email', ${ctx.loginEmail ?? ""}, true),
    set_config('app.invite_token', ${ctx.inviteTokenHash ?? ""}, true),
    set_config('app.api_token', ${ctx.apiTokenHash ?? ""}, true),
    set_config('app.system', ${ctx.system ? "on" : ""}, true),
    set_config('role', ${APP_ROLE}, true)`;
}

/** Runs `fn` in one transaction whose first statement sets `ctx`. */
export async function withDbContext<T>(ctx: DbContext, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db().$transaction(async (tx) => {
    await applyContext(tx, ctx);
    return fn(tx);
  });
}
