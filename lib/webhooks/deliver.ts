import type { JobMeta } from "@/lib/jobs/handlers";
import type { JobData } from "@/lib/jobs/queues";
import { asSystem } from "@/lib/jobs/system-context";
import { openSecret } from "@/lib/webhooks/secret-box";
import { sendWebhook, type SendOutcome } from "@/lib/webhooks/send";
import { webhookTimeoutMs } from "@/lib/webhooks/timeout";
import { webhookHeaders } from "@/lib/webhooks/signature";

/** Thrown to have the queue retry the run later (with its backoff). */
export class DeliveryFailed extends Error {}

/**
 * The "webhooks.deliver" job: one attempt to deliver one event to one endpoint.
 *
 * 1. Claim the delivery in a short transaction: a lease (until the job could expire) and an
 *    attempt counted. An automatic run never sends a delivery that already succeeded — so a
 *    job run twice (the queue is at-least-once) delivers once — and waits for a lease held by
 *    another run. A manual redelivery sends again, on purpose.
 * 2. POST the signed payload with no transaction open (on the embedded database an open
 *    transaction would hold every other connection).
 * 3. Record the attempt and the outcome; a failure throws so the queue retries with backoff,
 *    and the last allowed attempt marks the delivery FAILED.
 *
 * A crash between 1 and 3 leaves the lease; the queue expires the run and retries it after the
 * lease, with the same webhook-id (receivers deduplicate on it, as the standard asks).
 */
export async function deliverWebhook(job: JobData<"webhooks.deliver">, meta: JobMeta): Promise<{ result: string }> {
  const leaseSeconds = Math.ceil(webhookTimeoutMs() / 1000) + 15;
  const claimed = await asSystem(job.tenantId, async (tx) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "WebhookDelivery"
      SET "leaseUntil" = now() + make_interval(secs => ${leaseSeconds}), attempts = attempts + 1,
          "lastAttemptAt" = now(), "updatedAt" = now()
      WHERE "tenantId" = ${job.tenantId} AND id = ${job.deliveryId}
        AND (status <> 'SUCCEEDED' OR ${job.trigger === "manual"}::boolean)
        AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
      RETURNING id`;
    const delivery = await tx.webhookDelivery.findFirst({
      where: { tenantId: job.tenantId, id: job.deliveryId },
      select: {
        status: true,
        endpoint: { select: { url: true, enabled: true, secretEncrypted: true } },
        event: { select: { id: true, type: true, data: true, occurredAt: true } },
      },
    });
    return { mine: rows.length === 1, delivery };
  });
  const { delivery } = claimed;
  if (!delivery) return { result: "gone" }; // endpoint or tenant deleted since
  if (!claimed.mine) {
    if (delivery.status === "SUCCEEDED" && job.trigger === "automatic") return { result: "already delivered" };
    throw new DeliveryFailed("delivery held by another run");
  }
  const startedAt = new Date();
  let outcome: SendOutcome;
  if (!delivery.endpoint.enabled) {
    outcome = { ok: false, statusCode: null, error: "endpoint_disabled", responseBody: null, durationMs: 0 };
  } else {
    const body = JSON.stringify({
      type: delivery.event.type,
      timestamp: delivery.event.occurredAt.toISOString(),
      data: delivery.event.data,
    });
    const secret = openSecret(delivery.endpoint.secretEncrypted);
    outcome = await sendWebhook({
      url: delivery.endpoint.url,
      headers: webhookHeaders({ secret, id: delivery.event.id, body }),
      body,
    });
  }
  const last = meta.retryCount >= meta.retryLimit || !delivery.endpoint.enabled;
  await asSystem(job.tenantId, async (tx) => {
    await tx.webhookAttempt.createMany({
      data: [
        {
          tenantId: job.tenantId,
          deliveryId: job.deliveryId,
          trigger: job.trigger,
          startedAt,
          durationMs: outcome.durationMs,
          statusCode: outcome.statusCode,
          error: outcome.error,
          responseBody: outcome.responseBody,
        },
      ],
    });
    await tx.webhookDelivery.updateMany({
      where: { tenantId: job.tenantId, id: job.deliveryId },
      data: outcome.ok
        ? {
            status: "SUCCEEDED",
            deliveredAt: new Date(),
            lastStatusCode: outcome.statusCode,
            lastError: null,
            leaseUntil: null,
          }
        : {
            // A failed manual redelivery leaves an earlier success standing.
            ...(delivery.status === "SUCCEEDED" ? {} : { status: last ? "FAILED" : "PENDING" }),
            lastStatusCode: outcome.statusCode,
            lastError: outcome.error,
            leaseUntil: null,
          },
    });
  });
  if (!outcome.ok && !last) throw new DeliveryFailed(outcome.error ?? "failed");
  return { result: outcome.ok ? "delivered" : `failed: ${outcome.error}` };
}
