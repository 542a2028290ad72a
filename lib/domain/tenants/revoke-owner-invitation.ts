import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { revokePendingInvitation } from "@/lib/domain/invitations/revoke-pending-invitation";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { TenantInvitationInput } from "@/lib/domain/tenants/schemas";
import { adminWho, tenantForAdmin } from "@/lib/domain/tenants/tenant-for-admin";

/** A platform admin revokes a pending owner invitation of a tenant. */
export async function revokeOwnerInvitation(tx: Tx, actor: Actor, input: TenantInvitationInput, ctx: DomainContext) {
  requirePlatformAdmin(actor);
  const tenant = await tenantForAdmin(tx, input.tenantId);
  return revokePendingInvitation(
    tx,
    { tenantId: tenant.id, id: input.id, onlyRole: "OWNER" },
    adminWho(actor, tenant.id, ctx.requestId),
  );
}
