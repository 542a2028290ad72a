import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { ownerTenant } from "@/lib/domain/scope";
import type { DeliveryLogQuery } from "@/lib/domain/webhooks/schemas";
import { notFound } from "@/lib/errors";

const PAGE = 25;

export type DeliveryLogEntry = {
  id: string;
  status: "PENDING" | "SUCCEEDED" | "FAILED";
  attempts: number;
  redeliveries: number;
  lastAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  event: { id: string; type: string; occurredAt: Date };
  log: {
    id: string;
    trigger: string;
    startedAt: Date;
    durationMs: number;
    statusCode: number | null;
    error: string | null;
    responseBody: string | null;
  }[];
};

/**
 * One endpoint and its delivery log, newest first, 25 at a time (`before` = the last id of the
 * previous page), optionally by status. Three queries whatever the page holds.
 */
export async function getWebhookEndpoint(tx: Tx, actor: Actor, id: string, query: DeliveryLogQuery = {}) {
  const tenantId = ownerTenant(actor);
  const endpoint = await tx.webhookEndpoint.findFirst({
    where: { tenantId, id },
    select: {
      id: true,
      url: true,
      description: true,
      eventTypes: true,
      enabled: true,
      secretHint: true,
      version: true,
      createdAt: true,
      updatedAt: true,
    },
  });
  if (!endpoint) throw notFound();
  const cursor = query.before
    ? await tx.webhookDelivery.findFirst({
        where: { tenantId, endpointId: id, id: query.before },
        select: { createdAt: true, id: true },
      })
    : null;
  const rows = await tx.webhookDelivery.findMany({
    where: {
      tenantId,
      endpointId: id,
      ...(query.status ? { status: query.status } : {}),
      ...(cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
    select: {
      id: true,
      status: true,
      attempts: true,
      redeliveries: true,
      lastAttemptAt: true,
      lastStatusCode: true,
      lastError: true,
      deliveredAt: true,
      createdAt: true,
      event: { select: { id: true, type: true, occurredAt: true } },
      log: {
        orderBy: { startedAt: "desc" },
        take: 10,
        select: {
          id: true,
          trigger: true,
          startedAt: true,
          durationMs: true,
          statusCode: true,
          error: true,
          responseBody: true,
        },
      },
    },
  });
  const deliveries: DeliveryLogEntry[] = rows.slice(0, PAGE);
  return { endpoint, deliveries, nextBefore: rows.length > PAGE ? deliveries.at(-1)!.id : null };
}
