import type { Actor } from "@/lib/access/actor";
import { auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { revokePendingInvitation } from "@/lib/domain/invitations/revoke-pending-invitation";
import type { InvitationIdInput } from "@/lib/domain/invitations/schemas";
import { ownerTenant } from "@/lib/domain/scope";

/** The owner revokes a pending invitation of their tenant. */
export function revokeTeamInvitation(tx: Tx, actor: Actor, input: InvitationIdInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  return revokePendingInvitation(tx, { tenantId, id: input.id }, auditWho(actor, ctx.requestId));
}
