import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { WebhookEndpointRef } from "@/lib/domain/webhooks/schemas";
import { conflict, notFound } from "@/lib/errors";

/** Deletes an endpoint with its delivery log; queued deliveries find it gone and stop. */
export async function deleteWebhookEndpoint(
  tx: Tx,
  actor: Actor,
  input: WebhookEndpointRef,
  ctx: DomainContext,
): Promise<{ id: string }> {
  const tenantId = ownerTenant(actor);
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { tenantId, id: input.id },
    select: { url: true, version: true },
  });
  if (!endpoint) throw notFound();
  const { count } = await tx.webhookEndpoint.deleteMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "webhook.delete",
    targetType: "WebhookEndpoint",
    targetId: input.id,
    metadata: { url: endpoint.url },
  });
  return { id: input.id };
}
