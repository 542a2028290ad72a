import type { Actor } from "@/lib/access/actor";
import { checkBrandColor } from "@/lib/brand/contrast";
import type { Tx } from "@/lib/db/context";
import { BRAND_SELECT } from "@/lib/domain/brand/brand-select";
import { AppError } from "@/lib/errors";

export type Brand = {
  tenantId: string;
  /** What the owner typed, or null (then `name` is the tenant's name). */
  displayName: string | null;
  /** The name clients see. */
  name: string;
  /** Null when not set, or when a stored colour no longer passes (it is never drawn then). */
  primaryColor: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  logo: { sha256: string; width: number; height: number } | null;
  /** 0: nothing saved yet. */
  version: number;
  updatedAt: Date | null;
};

/** Whether the tenant set anything clients would see instead of Mainstay's own look. */
export const isBranded = (brand: Brand) =>
  brand.displayName !== null || brand.primaryColor !== null || brand.logo !== null;

/**
 * The caller's tenant's brand (any member: staff see it on the settings page, clients in their
 * shell), without the logo's bytes. A tenant that never saved one gets the empty brand (its name,
 * nothing else).
 */
export async function getBrand(tx: Tx, actor: Actor): Promise<Brand> {
  if (!actor.tenantId) throw new AppError("NOT_FOUND");
  const row = await tx.tenantBrand.findFirst({ where: { tenantId: actor.tenantId }, select: BRAND_SELECT });
  const tenantName = actor.tenantName ?? "";
  if (!row) {
    return {
      tenantId: actor.tenantId,
      displayName: null,
      name: tenantName,
      primaryColor: null,
      supportEmail: null,
      supportPhone: null,
      logo: null,
      version: 0,
      updatedAt: null,
    };
  }
  return {
    tenantId: actor.tenantId,
    displayName: row.displayName,
    name: row.displayName ?? tenantName,
    primaryColor: row.primaryColor && checkBrandColor(row.primaryColor).ok ? row.primaryColor : null,
    supportEmail: row.supportEmail,
    supportPhone: row.supportPhone,
    logo:
      row.logoSha256 && row.logoWidth && row.logoHeight
        ? { sha256: row.logoSha256, width: row.logoWidth, height: row.logoHeight }
        : null,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
