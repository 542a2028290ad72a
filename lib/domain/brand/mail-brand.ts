import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { getDocumentBrand } from "@/lib/domain/brand/get-document-brand";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MailBrand } from "@/lib/mail/brand";

/**
 * The brand an e-mail to `role` in `tenantId` carries: the MSP's, to its clients (their portal
 * is branded the same way); none to staff, who keep Mainstay's look everywhere. Null when the
 * tenant set no brand, so the e-mail looks as it always did.
 */
export async function mailBrand(
  tx: Tx,
  actor: Actor,
  input: { tenantId: string; tenantName: string; role: Role },
): Promise<MailBrand | null> {
  if (input.role !== "CLIENT") return null;
  const brand = await getDocumentBrand(tx, actor, { tenantId: input.tenantId });
  if (!brand) return null;
  return {
    name: brand.displayName ?? input.tenantName,
    color: brand.color,
    supportEmail: brand.supportEmail,
    supportPhone: brand.supportPhone,
    logo: brand.logo,
  };
}
