import { randomBytes } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/db/context";
import { EVENT_TYPES, type EventData, type EventType } from "@/lib/events/types";
import { enqueue } from "@/lib/jobs/enqueue";

/** Time-ordered, unguessable: "evt_" + 9 base-36 chars of milliseconds + 20 hex chars. */
export function newEventId(now = Date.now()): string {
  return `evt_${now.toString(36).padStart(9, "0")}${randomBytes(10).toString("hex")}`;
}

export type EmitEvent<T extends EventType> = {
  tenantId: string;
  type: T;
  data: EventData<T>;
  actorUserId?: string | null;
  occurredAt?: Date;
};

/**
 * The outbox: records an event in the caller's transaction, with the job that will
 * dispatch it. Both commit with the change that caused the event or neither does, so
 * no event is lost (a crash after commit leaves the job queued) and none is invented
 * (a rolled-back change leaves nothing). Call it from the domain function that makes
 * the change, after the change:
 *
 *   await emitEvent(tx, { tenantId, type: "report.published", data: { reportId, … }, actorUserId });
 *
 * Written with createMany (no RETURNING): a client user may record an event of their
 * tenant without being allowed to read the event log.
 */
export async function emitEvent<T extends EventType>(tx: Tx, event: EmitEvent<T>): Promise<string> {
  const data = EVENT_TYPES[event.type].parse(event.data) as Prisma.InputJsonValue;
  const occurredAt = event.occurredAt ?? new Date();
  const id = newEventId(occurredAt.getTime());
  await tx.domainEvent.createMany({
    data: [
      {
        id,
        tenantId: event.tenantId,
        type: event.type,
        data,
        actorUserId: event.actorUserId ?? null,
        occurredAt,
      },
    ],
  });
  await enqueue(tx, { name: "events.dispatch", data: { tenantId: event.tenantId, eventId: id }, key: id });
  return id;
}
