import type { Actor } from "@/lib/access/actor";
import type { ApiTokenUse } from "@/lib/api/authenticate";
import { ApiProblem } from "@/lib/api/problem";
import { applyContext, type Tx } from "@/lib/db/context";
import { AppError } from "@/lib/errors";

/**
 * The role an API token acts with inside its tenant: the account manager's. The API checks
 * the same permission matrix (lib/access/permissions.ts) with that role, and PostgreSQL's
 * row-level security sees app.role = ACCOUNT_MANAGER, so a token reads and writes exactly what
 * an account manager of its tenant may, never owner-only data (team, settings, audit, export,
 * webhooks, tokens). A READ token is further limited to GET routes (lib/api/route.ts, 403).
 * Writes are attributed to the owner who created the token (audit trail, createdById); a token
 * stops working (401) when that person is no longer an owner of the tenant or is disabled.
 */
export const TOKEN_ROLE = "ACCOUNT_MANAGER" as const;

export async function resolveTokenActor(tx: Tx, token: ApiTokenUse): Promise<Actor> {
  await applyContext(tx, { tenantId: token.tenantId, userId: token.createdById, role: TOKEN_ROLE });
  const membership = await tx.membership.findFirst({
    where: { tenantId: token.tenantId, userId: token.createdById, removedAt: null, role: "OWNER" },
    select: {
      user: { select: { email: true, name: true, disabled: true } },
      tenant: { select: { name: true, slug: true, status: true, suspendedReason: true, currency: true } },
    },
  });
  if (!membership || membership.user.disabled) throw new ApiProblem("unauthorized");
  if (membership.tenant.status === "SUSPENDED") {
    throw new AppError("SUSPENDED", { params: { reason: membership.tenant.suspendedReason ?? "" } });
  }
  return {
    userId: token.createdById,
    email: membership.user.email,
    name: membership.user.name,
    role: TOKEN_ROLE,
    tenantId: token.tenantId,
    tenantName: membership.tenant.name,
    tenantSlug: membership.tenant.slug,
    currency: membership.tenant.currency,
    organizationId: null,
  };
}
