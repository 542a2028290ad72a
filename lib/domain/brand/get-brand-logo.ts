import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";

/**
 * The logo's PNG for the logo route: only the caller's own tenant's (another tenant's id, or a
 * tenant without a logo, is a 404 that says nothing more). RLS enforces the same: the brand's
 * rows are visible to members of their tenant only.
 */
export async function getBrandLogo(tx: Tx, actor: Actor, input: { tenantId: string }) {
  if (!actor.tenantId || actor.tenantId !== input.tenantId) throw notFound();
  const row = await tx.tenantBrand.findFirst({
    where: { tenantId: actor.tenantId, logoPng: { not: null } },
    select: { logoPng: true, logoSha256: true },
  });
  if (!row?.logoPng || !row.logoSha256) throw notFound();
  return { png: Buffer.from(row.logoPng), sha256: row.logoSha256 };
}
