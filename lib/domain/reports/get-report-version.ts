import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";

/**
 * The current version and status of a report: after a CONFLICT the editor can
 * take it to save the user's own text over the newer version, by their choice.
 */
export async function getReportVersion(tx: Tx, actor: Actor, id: string) {
  const tenantId = staffTenant(actor);
  const row = await tx.steeringReport.findFirst({
    where: { tenantId, id },
    select: { version: true, status: true, updatedAt: true },
  });
  if (!row) throw notFound();
  return { version: row.version, status: row.status, updatedAt: row.updatedAt.toISOString() };
}
