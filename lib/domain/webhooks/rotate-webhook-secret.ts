import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { WebhookEndpointRef } from "@/lib/domain/webhooks/schemas";
import { conflict, notFound } from "@/lib/errors";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { newWebhookSecret } from "@/lib/webhooks/signature";

/** A new signing secret, returned once; attempts from now on are signed with it. */
export async function rotateWebhookSecret(
  tx: Tx,
  actor: Actor,
  input: WebhookEndpointRef,
  ctx: DomainContext,
): Promise<{ id: string; version: number; secret: string }> {
  const tenantId = ownerTenant(actor);
  const secret = newWebhookSecret();
  const { count } = await tx.webhookEndpoint.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion },
    data: { secretEncrypted: sealSecret(secret), secretHint: secret.slice(0, 10), version: { increment: 1 } },
  });
  if (count === 0) {
    const exists = await tx.webhookEndpoint.count({ where: { tenantId, id: input.id } });
    throw exists ? conflict() : notFound();
  }
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "webhook.rotateSecret",
    targetType: "WebhookEndpoint",
    targetId: input.id,
  });
  return { id: input.id, version: input.expectedVersion + 1, secret };
}
