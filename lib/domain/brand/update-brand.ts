import { createHash } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import { audit, auditWho } from "@/lib/audit";
import { checkBrandColor, floorRatio } from "@/lib/brand/contrast";
import { LOGO_MAX_BYTES, normalizeLogo } from "@/lib/brand/logo";
import type { Tx } from "@/lib/db/context";
import { BRAND_SELECT } from "@/lib/domain/brand/brand-select";
import type { UpdateBrandInput } from "@/lib/domain/brand/schemas";
import type { DomainContext } from "@/lib/domain/context";
import { ownerTenant } from "@/lib/domain/scope";
import { conflict, fieldErrors, type FieldErrorSpec } from "@/lib/errors";

const TEXT_FIELDS = ["displayName", "primaryColor", "supportEmail", "supportPhone"] as const;

/**
 * Saves the tenant's brand (owner only). The colour must keep WCAG AA (lib/brand/contrast.ts) and
 * a new logo must be a readable PNG or SVG within the limits; it is stored as the PNG resvg drew
 * (lib/brand/logo.ts). Every problem comes back at once, next to its field, and nothing is
 * written then. Optimistic locking on the brand's version (0: none saved yet). The audit event
 * lists each changed value before and after (the logo by its SHA-256, never its bytes).
 */
export async function updateBrand(tx: Tx, actor: Actor, input: UpdateBrandInput, ctx: DomainContext) {
  const tenantId = ownerTenant(actor);
  const problems: Record<string, FieldErrorSpec> = {};
  const primaryColor = input.primaryColor?.toLowerCase() ?? null;
  if (primaryColor) {
    const check = checkBrandColor(primaryColor);
    if (!check.ok)
      problems.primaryColor =
        check.reason === "format"
          ? "validation.invalidColor"
          : ["settings.brand.errors.contrast", { ratio: floorRatio(check.worst.ratio), against: check.worst.pair }];
  }
  let logo: { png: Buffer; sha256: string; width: number; height: number } | null = null;
  if (input.logo) {
    const result = normalizeLogo(input.logo.type, Buffer.from(input.logo.data, "base64"));
    if (!result.ok)
      problems.logo = [`settings.brand.errors.${result.problem}`, { max: Math.round(LOGO_MAX_BYTES / 1024) }];
    else
      logo = {
        png: result.png,
        sha256: createHash("sha256").update(result.png).digest("hex"),
        width: result.width,
        height: result.height,
      };
  }
  if (Object.keys(problems).length > 0) throw fieldErrors(problems);

  const current = await tx.tenantBrand.findFirst({ where: { tenantId }, select: BRAND_SELECT });
  if ((current?.version ?? 0) !== input.expectedVersion) throw conflict();
  const values = {
    displayName: input.displayName,
    primaryColor,
    supportEmail: input.supportEmail,
    supportPhone: input.supportPhone,
  };
  const logoData = logo
    ? { logoPng: new Uint8Array(logo.png), logoSha256: logo.sha256, logoWidth: logo.width, logoHeight: logo.height }
    : input.removeLogo
      ? { logoPng: null, logoSha256: null, logoWidth: null, logoHeight: null }
      : {};
  if (!current) {
    await tx.tenantBrand.create({ data: { tenantId, ...values, ...logoData, version: 1 } });
  } else {
    const { count } = await tx.tenantBrand.updateMany({
      where: { tenantId, version: input.expectedVersion },
      data: { ...values, ...logoData, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
  }

  const changes: Record<string, { from: string | null; to: string | null }> = {};
  for (const field of TEXT_FIELDS) {
    const before = current?.[field] ?? null;
    if (before !== values[field]) changes[field] = { from: before, to: values[field] };
  }
  const logoBefore = current?.logoSha256 ?? null;
  const logoAfter = logo ? logo.sha256 : input.removeLogo ? null : logoBefore;
  if (logoBefore !== logoAfter) changes.logoSha256 = { from: logoBefore, to: logoAfter };
  await audit(tx, auditWho(actor, ctx.requestId), {
    action: "brand.update",
    targetType: "Tenant",
    targetId: tenantId,
    metadata: { changes },
  });
  return { version: input.expectedVersion + 1 };
}
