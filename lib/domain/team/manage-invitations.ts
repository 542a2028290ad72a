import type { Actor } from "@/lib/access/actor";
import { auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import { resendInvitationIn, revokeInvitationIn } from "@/lib/domain/invitations/manage-invitation";
import type { InvitationIdInput } from "@/lib/domain/invitations/schemas";
import { ownerTenant } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** The owner revokes a pending invitation of their tenant. */
export function revokeTeamInvitation(tx: Tx, actor: Actor, input: InvitationIdInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  return revokeInvitationIn(tx, tenantId, input.id, auditWho(actor, ctx.requestId), ctx);
}

/** The owner sends a pending (or expired) invitation again, with a fresh link. */
export function resendTeamInvitation(tx: Tx, actor: Actor, input: InvitationIdInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  return resendInvitationIn(
    tx,
    { id: tenantId, name: actor.tenantName ?? "" },
    input.id,
    actor,
    auditWho(actor, ctx.requestId),
    ctx,
  );
}
