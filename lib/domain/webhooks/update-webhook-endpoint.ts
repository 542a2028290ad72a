import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import { checkWebhookUrl } from "@/lib/domain/webhooks/check-url";
import type { UpdateWebhookEndpointInput } from "@/lib/domain/webhooks/schemas";
import { conflict, notFound } from "@/lib/errors";

/** Changes an endpoint's URL, note, events or on/off switch (optimistic locking). Deliveries already queued keep going to the endpoint as it is when they run. */
export async function updateWebhookEndpoint(
  tx: Tx,
  actor: Actor,
  input: UpdateWebhookEndpointInput,
  ctx: DomainContext,
): Promise<{ id: string; version: number }> {
  const tenantId = ownerTenant(actor);
  const url = checkWebhookUrl(input.url);
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
    data: {
      url,
      description: input.description,
      eventTypes: input.eventTypes,
      enabled: input.enabled,
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const exists = await tx.webhookEndpoint.count({ where: { tenantId, id: input.id } });
    throw exists ? conflict() : notFound();
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "webhook.update",
    targetType: "WebhookEndpoint",
    targetId: input.id,
    metadata: { url, eventTypes: input.eventTypes, enabled: input.enabled },
  });
  return { id: input.id, version: input.expectedVersion + 1 };
}
