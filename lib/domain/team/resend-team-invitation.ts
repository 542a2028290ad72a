import type { Actor } from "@/lib/access/actor";
import { auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { resendPendingInvitation } from "@/lib/domain/invitations/resend-pending-invitation";
import type { InvitationIdInput } from "@/lib/domain/invitations/schemas";
import { ownerTenant } from "@/lib/domain/scope";

/** The owner sends a pending (or expired) invitation again, with a fresh link. */
export function resendTeamInvitation(tx: Tx, actor: Actor, input: InvitationIdInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  return resendPendingInvitation(
    tx,
    { tenantId, id: input.id, tenantName: actor.tenantName ?? "" },
    { actor, who: auditWho(actor, ctx.requestId) },
    ctx,
  );
}
