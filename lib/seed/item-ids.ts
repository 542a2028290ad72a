import { createHash } from "node:crypto";
import type { DecisionItemKind } from "@/lib/vocabulary";

/**
 * A deterministic item id for seeded data (and the same form the migration that introduced
 * ids gave existing items): "itm_" + the first 20 hex characters of md5(seed). The demo gives
 * each organization's recurring recommendations and roadmap items the same id every month.
 */
export function seededItemId(seed: string): string {
  return `itm_${createHash("md5").update(seed).digest("hex").slice(0, 20)}`;
}

/**
 * The id the item-id migration (prisma/migrations/*_report_item_ids) gives an item of an
 * organization's list by its title: the same title, the same item, in every month. For
 * generated data whose items have no other identity (the large seed's templates). A title
 * repeated within one list would need its rank too, as the migration appends; templates have none.
 */
export function titleItemId(organizationId: string, kind: DecisionItemKind, title: string): string {
  return seededItemId(`${organizationId}:${kind}:${title.trim().toLowerCase()}`);
}
