import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { RedeliverWebhookInput } from "@/lib/domain/webhooks/schemas";
import { notFound } from "@/lib/errors";
import { enqueue } from "@/lib/jobs/enqueue";

/**
 * The owner asks for a delivery to be sent again (after fixing their receiver): a manual job,
 * keyed by the delivery's redelivery count, with the same webhook-id and payload. It is sent
 * even if an earlier attempt succeeded; a failed redelivery never undoes an earlier success.
 */
export async function redeliverWebhook(
  tx: Tx,
  actor: Actor,
  input: RedeliverWebhookInput,
  ctx: DomainContext,
): Promise<{ deliveryId: string; redeliveries: number }> {
  const tenantId = ownerTenant(actor);
  const rows = await tx.$queryRaw<{ redeliveries: number; endpointId: string; eventId: string }[]>`
    UPDATE "WebhookDelivery" SET redeliveries = redeliveries + 1, "updatedAt" = now()
    WHERE "tenantId" = ${tenantId} AND id = ${input.deliveryId}
    RETURNING redeliveries, "endpointId", "eventId"`;
  const row = rows[0];
  if (!row) throw notFound();
  await enqueue(tx, {
    name: "webhooks.deliver",
    data: { tenantId, deliveryId: input.deliveryId, trigger: "manual" },
    key: `${input.deliveryId}:manual:${row.redeliveries}`,
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "webhook.redeliver",
    targetType: "WebhookDelivery",
    targetId: input.deliveryId,
    metadata: { endpointId: row.endpointId, eventId: row.eventId },
  });
  return { deliveryId: input.deliveryId, redeliveries: row.redeliveries };
}
