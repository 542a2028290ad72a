import { ITEM_ID_PATTERN } from "@/lib/reports/item-id";
import type { DecisionItemKind } from "@/lib/vocabulary";

/** The report column that holds each kind of decidable item. */
export const ITEM_COLUMN = { recommendation: "recommendations", roadmap: "roadmap" } as const satisfies Record<
  DecisionItemKind,
  string
>;

/**
 * The item with this id in a report's stored list, exactly as stored (the raw JSON element, not a
 * parsed copy: its hash must be of what was published), or null.
 */
export function findStoredItem(list: unknown, itemId: string): Record<string, unknown> | null {
  if (!Array.isArray(list) || !ITEM_ID_PATTERN.test(itemId)) return null;
  for (const element of list) {
    if (
      element &&
      typeof element === "object" &&
      !Array.isArray(element) &&
      (element as { id?: unknown }).id === itemId
    )
      return element as Record<string, unknown>;
  }
  return null;
}
