import type { Actor } from "@/lib/access/actor";
import { audit } from "@/lib/audit";
import type { Tx } from "@/lib/db/context";
import type { UpdateTenantInput } from "@/lib/domain/tenants/schemas";
import { conflict, fieldErrors, notFound } from "@/lib/errors";
import { lockKey } from "@/lib/domain/lock-key";
import { requirePlatformAdmin } from "@/lib/domain/scope";
import type { DomainContext } from "@/lib/domain/context";

/** Renames a tenant or changes its slug (unique), with optimistic locking on Tenant.version. */
export async function updateTenant(tx: Tx, actor: Actor, input: UpdateTenantInput, ctx: DomainContext) {
  requirePlatformAdmin(actor);
  const current = await tx.tenant.findFirst({
    where: { id: input.id },
    select: { name: true, slug: true, version: true },
  });
  if (!current) throw notFound();
  if (current.version !== input.expectedVersion) throw conflict();
  if (input.slug !== current.slug) {
    await lockKey(tx, `tenant-slug:${input.slug}`);
    const taken = await tx.tenant.count({ where: { slug: input.slug, id: { not: input.id } } });
    if (taken) throw fieldErrors({ slug: "admin.tenants.errors.slugTaken" });
  }
  const { count } = await tx.tenant.updateMany({
    where: { id: input.id, version: input.expectedVersion },
    data: { name: input.name, slug: input.slug, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  await audit(
    tx,
    { tenantId: input.id, actorUserId: actor.userId, requestId: ctx.requestId },
    {
      action: "tenant.update",
      targetType: "Tenant",
      targetId: input.id,
      metadata: { from: { name: current.name, slug: current.slug }, to: { name: input.name, slug: input.slug } },
    },
  );
  return { id: input.id, version: input.expectedVersion + 1 };
}
