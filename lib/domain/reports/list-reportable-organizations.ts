import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { staffTenant } from "@/lib/domain/scope";

/** Organizations a report can be written for (clients, current or former; not prospects), by name. */
export async function listReportableOrganizations(tx: Tx, actor: Actor) {
  const tenantId = staffTenant(actor);
  return tx.clientOrganization.findMany({
    where: { tenantId, lifecycleStatus: { in: ["ACTIVE", "FORMER"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, lifecycleStatus: true },
  });
}
