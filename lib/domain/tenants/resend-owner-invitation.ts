import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { resendPendingInvitation } from "@/lib/domain/invitations/resend-pending-invitation";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { TenantInvitationInput } from "@/lib/domain/tenants/schemas";
import { adminWho, tenantForAdmin } from "@/lib/domain/tenants/tenant-for-admin";

/** A platform admin sends a pending owner invitation again, with a fresh link. */
export async function resendOwnerInvitation(tx: Tx, actor: Actor, input: TenantInvitationInput, ctx: DomainContext) {
  requirePlatformAdmin(actor);
  const tenant = await tenantForAdmin(tx, input.tenantId);
  return resendPendingInvitation(
    tx,
    { tenantId: tenant.id, id: input.id, tenantName: tenant.name, onlyRole: "OWNER" },
    { actor, who: adminWho(actor, tenant.id, ctx.requestId) },
    ctx,
  );
}
