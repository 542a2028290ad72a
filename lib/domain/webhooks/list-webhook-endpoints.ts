import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { ownerTenant } from "@/lib/domain/scope";

export type WebhookEndpointSummary = {
  id: string;
  url: string;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  secretHint: string;
  version: number;
  createdAt: Date;
  /** Deliveries of the last 7 days by outcome. */
  recent: { succeeded: number; failed: number; pending: number };
};

/** The owner's endpoints, oldest first, with last week's delivery counts (one grouped query). */
export async function listWebhookEndpoints(tx: Tx, actor: Actor, now = new Date()): Promise<WebhookEndpointSummary[]> {
  const tenantId = ownerTenant(actor);
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      url: true,
      description: true,
      eventTypes: true,
      enabled: true,
      secretHint: true,
      version: true,
      createdAt: true,
    },
  });
  if (endpoints.length === 0) return [];
  const counts = await tx.webhookDelivery.groupBy({
    by: ["endpointId", "status"],
    where: { tenantId, createdAt: { gte: new Date(now.getTime() - 7 * 86_400_000) } },
    _count: { _all: true },
  });
  return endpoints.map((e) => {
    const of = (status: string) => counts.find((c) => c.endpointId === e.id && c.status === status)?._count._all ?? 0;
    return { ...e, recent: { succeeded: of("SUCCEEDED"), failed: of("FAILED"), pending: of("PENDING") } };
  });
}
