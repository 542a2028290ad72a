import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { RevokeApiTokenInput } from "@/lib/domain/api-tokens/schemas";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import { conflict, notFound } from "@/lib/errors";

/** An owner revokes a token: from the next request on it answers 401. Revoking twice is a no-op. */
export async function revokeApiToken(tx: Tx, actor: Actor, input: RevokeApiTokenInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  const current = await tx.apiToken.findFirst({
    where: { tenantId, id: input.id },
    select: { version: true, revokedAt: true },
  });
  if (!current) throw notFound();
  if (current.revokedAt) return { id: input.id };
  if (current.version !== input.expectedVersion) throw conflict();
  const { count } = await tx.apiToken.updateMany({
    where: { tenantId, id: input.id, version: input.expectedVersion, revokedAt: null },
    data: { revokedAt: ctx.now ?? new Date(), version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "apiToken.revoke",
    targetType: "ApiToken",
    targetId: input.id,
  });
  return { id: input.id };
}
