import type { Tx } from "@/lib/db/context";
import type { EventType } from "@/lib/events/types";
import { mailSubscriber } from "@/lib/mail/outbox/subscriber";
import { webhookSubscriber } from "@/lib/webhooks/subscriber";

/** An event as its subscribers see it (read under the tenant's RLS context). */
export type DispatchedEvent = {
  id: string;
  tenantId: string;
  type: EventType;
  data: Record<string, unknown>;
  occurredAt: Date;
};

/**
 * Who reacts to events. Each subscriber runs inside the dispatch job's one transaction
 * (tenant context, `app.system` on) and typically queues jobs of its own with
 * enqueue(tx, …) — all of them commit together with the event's `dispatchedAt`, or none do,
 * so a retried dispatch never queues twice. Keep them fast: no network here, queue a job.
 */
export type EventSubscriber = { name: string; handle: (tx: Tx, event: DispatchedEvent) => Promise<void> };

export const EVENT_SUBSCRIBERS: EventSubscriber[] = [webhookSubscriber, mailSubscriber];
