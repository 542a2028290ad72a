import { EVENT_SUBSCRIBERS, type DispatchedEvent } from "@/lib/events/subscribers";
import { isEventType } from "@/lib/events/types";
import type { JobData } from "@/lib/jobs/queues";
import { asSystem } from "@/lib/jobs/system-context";
import { logger } from "@/lib/log";

/**
 * The "events.dispatch" job: hands one outbox event to every subscriber, in one
 * transaction that also marks the event dispatched. The event row is locked first, so two
 * runs of the same job (a retry after a crash, the queue's at-least-once delivery) cannot
 * both dispatch it: the second finds `dispatchedAt` set and does nothing.
 */
export async function dispatchEvent(job: JobData<"events.dispatch">): Promise<{ dispatched: boolean }> {
  return asSystem(job.tenantId, async (tx) => {
    const [row] = await tx.$queryRaw<
      { id: string; type: string; data: Record<string, unknown>; occurredAt: Date; dispatchedAt: Date | null }[]
    >`SELECT id, type, data, "occurredAt", "dispatchedAt" FROM "DomainEvent"
      WHERE "tenantId" = ${job.tenantId} AND id = ${job.eventId} FOR UPDATE`;
    if (!row) {
      // Its tenant was deleted since (events leave with their tenant): nothing to do.
      logger.warn("events.dispatch.missing", { tenantId: job.tenantId, eventId: job.eventId });
      return { dispatched: false };
    }
    if (row.dispatchedAt) return { dispatched: false };
    if (!isEventType(row.type)) {
      logger.error("events.dispatch.unknown_type", { eventId: row.id, type: row.type });
    } else {
      const event: DispatchedEvent = { ...row, tenantId: job.tenantId, type: row.type };
      for (const subscriber of EVENT_SUBSCRIBERS) await subscriber.handle(tx, event);
    }
    await tx.domainEvent.updateMany({
      where: { tenantId: job.tenantId, id: row.id },
      data: { dispatchedAt: new Date() },
    });
    return { dispatched: true };
  });
}
