import type { MessageRef } from "@/lib/errors";
import type { ModelChangeReasonCode } from "@/lib/generated/prisma/enums";

/** How a model change's reason is stored: a person's words, or a code when the system made the change. */
export type StoredReason = { reason: string | null; reasonCode: ModelChangeReasonCode | null };

/**
 * What to show as the reason: the words a person typed, as typed; or, for a system-made change,
 * the catalog key of its code, to be translated in the reader's locale (never stored translated).
 */
export function reasonMessage(change: StoredReason): { text: string } | MessageRef {
  if (change.reasonCode) return { key: `orgs.reasonCode.${change.reasonCode}` };
  return { text: change.reason ?? "" };
}
