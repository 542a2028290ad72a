import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import { checkWebhookUrl } from "@/lib/domain/webhooks/check-url";
import type { CreateWebhookEndpointInput } from "@/lib/domain/webhooks/schemas";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { newWebhookSecret } from "@/lib/webhooks/signature";

/**
 * An owner registers an endpoint. The signing secret is returned once, here, and stored only
 * encrypted. Idempotent by the form's key (stored on the endpoint, not as a replayable
 * response, which would keep the secret in clear): a double submit finds the first endpoint
 * and answers without a secret (`secret: null`); the owner can rotate it to see a new one.
 */
export async function createWebhookEndpoint(
  tx: Tx,
  actor: Actor,
  input: CreateWebhookEndpointInput,
  ctx: DomainContext,
): Promise<{ id: string; secret: string | null }> {
  const tenantId = ownerTenant(actor);
  const url = checkWebhookUrl(input.url);
  const existing = await tx.webhookEndpoint.findFirst({
    where: { tenantId, creationKey: input.idempotencyKey },
    select: { id: true },
  });
  if (existing) return { id: existing.id, secret: null };
  const secret = newWebhookSecret();
  const endpoint = await tx.webhookEndpoint.create({
    data: {
      tenantId,
      url,
      description: input.description,
      eventTypes: input.eventTypes,
      secretEncrypted: sealSecret(secret),
      secretHint: secret.slice(0, 10),
      creationKey: input.idempotencyKey,
      createdById: actor.userId,
    },
    select: { id: true },
  });
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "webhook.create",
    targetType: "WebhookEndpoint",
    targetId: endpoint.id,
    metadata: { url, eventTypes: input.eventTypes },
  });
  return { id: endpoint.id, secret };
}
