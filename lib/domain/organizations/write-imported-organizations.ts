import type { Tx } from "@/lib/db/context";
import type { OrganizationOperation } from "@/lib/domain/organizations/read-organization-import";
import { todayUtc } from "@/lib/domain/organizations/today";
import { conflict } from "@/lib/errors";
import { createIdFactory } from "@/lib/seed/large/ids";

/**
 * Writes what an organizations import decided: the new organizations in one INSERT (and, for
 * each active client among them, the first step of its journey dated "client since", or today,
 * as creating one by hand does), then each changed organization by id and version (a colleague's
 * save in between is a CONFLICT and the whole import rolls back). Unchanged rows write nothing.
 */
export async function writeImportedOrganizations(
  tx: Tx,
  target: { tenantId: string; userId: string; now?: Date },
  operations: readonly OrganizationOperation[],
): Promise<{ created: number; updated: number }> {
  const nextId = createIdFactory();
  const creates = operations.flatMap((o) => (o.kind === "create" ? [{ ...o, id: nextId() }] : []));
  if (creates.length > 0) {
    await tx.clientOrganization.createMany({
      data: creates.map((o) => ({ id: o.id, tenantId: target.tenantId, ...o.data })),
    });
    const today = todayUtc(target.now);
    const clients = creates.filter((o) => o.data.lifecycleStatus === "ACTIVE");
    if (clients.length > 0)
      await tx.serviceModelChange.createMany({
        data: clients.map((o) => ({
          tenantId: target.tenantId,
          organizationId: o.id,
          fromModel: null,
          toModel: o.data.currentModel,
          effectiveDate: o.clientSince ? new Date(`${o.clientSince}T00:00:00Z`) : today,
          reasonCode: "EXISTING_CLIENT",
          recordedById: target.userId,
        })),
      });
  }
  let updated = 0;
  for (const o of operations) {
    if (o.kind !== "update") continue;
    const { count } = await tx.clientOrganization.updateMany({
      where: { tenantId: target.tenantId, id: o.id, version: o.version },
      data: { ...o.changes, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    updated++;
  }
  return { created: creates.length, updated };
}
