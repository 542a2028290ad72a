import { z } from "zod";

/**
 * The identity of a recommendation or roadmap item, kept from month to month: a new month's
 * report copies the structure with the ids (lib/reports/structure.ts), so decisions
 * (lib/domain/decisions) and the "promised vs delivered" trail follow the same item across the
 * year. Made where an item is born — the editor's "add" button, a posture gap turned into a
 * recommendation, the seed — and never changed afterwards.
 *
 * "itm_" + 20 characters of [0-9a-z] (about 103 bits): unguessable is not needed, unique is.
 */
export const ITEM_ID_PATTERN = /^itm_[0-9a-z]{8,40}$/;

export const itemIdSchema = z.string().regex(ITEM_ID_PATTERN, { message: "invalid" });

const ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz";

/** A new item id; works in the browser (also on plain http) and on the server. */
export function newItemId(): string {
  const bytes = new Uint8Array(20);
  globalThis.crypto.getRandomValues(bytes);
  let out = "itm_";
  for (const b of bytes) out += ALPHABET[b % 36];
  return out;
}

/**
 * Gives every item an id: keeps the ids it has, makes one for an item without, and replaces
 * an id already used earlier in the same list (a copied row) so that ids stay unique.
 */
export function withItemIds<T extends { id?: string | null }>(items: readonly T[]): (T & { id: string })[] {
  const seen = new Set<string>();
  return items.map((item) => {
    let id = item.id && ITEM_ID_PATTERN.test(item.id) ? item.id : newItemId();
    if (seen.has(id)) id = newItemId();
    seen.add(id);
    return { ...item, id };
  });
}
