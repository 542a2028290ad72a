import type { EventSubscriber } from "@/lib/events/subscribers";
import { enqueue } from "@/lib/jobs/enqueue";

/**
 * Webhooks as an event subscriber: one delivery row per enabled endpoint of the tenant that
 * subscribed to the event's type ((tenantId, endpointId, eventId) is unique: skipDuplicates is
 * ON CONFLICT DO NOTHING), and one delivery job per row keyed by the delivery id — inside the
 * dispatch transaction, so a retried dispatch adds neither rows nor jobs.
 */
export const webhookSubscriber: EventSubscriber = {
  name: "webhooks",
  handle: async (tx, event) => {
    const endpoints = await tx.webhookEndpoint.findMany({
      where: { tenantId: event.tenantId, enabled: true, eventTypes: { has: event.type } },
      select: { id: true },
    });
    if (endpoints.length === 0) return;
    await tx.webhookDelivery.createMany({
      data: endpoints.map((e) => ({ tenantId: event.tenantId, endpointId: e.id, eventId: event.id })),
      skipDuplicates: true,
    });
    const deliveries = await tx.webhookDelivery.findMany({
      where: { tenantId: event.tenantId, eventId: event.id, status: "PENDING", attempts: 0 },
      select: { id: true },
    });
    for (const delivery of deliveries) {
      await enqueue(tx, {
        name: "webhooks.deliver",
        data: { tenantId: event.tenantId, deliveryId: delivery.id, trigger: "automatic" },
        key: `${delivery.id}:automatic`,
      });
    }
  },
};
