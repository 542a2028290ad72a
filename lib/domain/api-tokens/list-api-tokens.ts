import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { ownerTenant } from "@/lib/domain/scope";

/** The tenant's API tokens for the owner's list, newest first (index (tenantId, createdAt)); never the hash. */
export async function listApiTokens(tx: Tx, actor: Actor) {
  const tenantId = ownerTenant(actor);
  return tx.apiToken.findMany({
    where: { tenantId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      access: true,
      hint: true,
      expiresAt: true,
      lastUsedAt: true,
      revokedAt: true,
      version: true,
      createdAt: true,
    },
  });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
