import type { Actor } from "@/lib/access/actor";
import { checkBrandColor } from "@/lib/brand/contrast";
import type { Tx } from "@/lib/db/context";

export type DocumentBrand = {
  /** The name clients see, when the owner set one. */
  displayName: string | null;
  /** Only a colour that passes the contrast check. */
  color: string | null;
  supportEmail: string | null;
  supportPhone: string | null;
  logo: { png: Buffer; width: number; height: number } | null;
};

/**
 * A tenant's brand with the logo's bytes, for what leaves Mainstay as a file: the report's PDF and
 * e-mails. Null when the tenant has none. Members of the tenant read their own; platform admins
 * any (the owner invitations they send); anyone else gets null (and RLS would show them nothing).
 */
export async function getDocumentBrand(
  tx: Tx,
  actor: Actor,
  input: { tenantId: string },
): Promise<DocumentBrand | null> {
  if (actor.role !== "PLATFORM_ADMIN" && actor.tenantId !== input.tenantId) return null;
  return readDocumentBrand(tx, input.tenantId);
}

/**
 * The same, for code that runs inside the tenant's context without a person (the mail worker,
 * lib/mail/outbox): RLS shows the row to the tenant's context only.
 */
export async function readDocumentBrand(tx: Tx, tenantId: string): Promise<DocumentBrand | null> {
  const row = await tx.tenantBrand.findFirst({
    where: { tenantId },
    select: {
      displayName: true,
      primaryColor: true,
      supportEmail: true,
      supportPhone: true,
      logoPng: true,
      logoWidth: true,
      logoHeight: true,
    },
  });
  if (!row) return null;
  return {
    displayName: row.displayName,
    color: row.primaryColor && checkBrandColor(row.primaryColor).ok ? row.primaryColor : null,
    supportEmail: row.supportEmail,
    supportPhone: row.supportPhone,
    logo:
      row.logoPng && row.logoWidth && row.logoHeight
        ? { png: Buffer.from(row.logoPng), width: row.logoWidth, height: row.logoHeight }
        : null,
  };
}
