import { createHash } from "node:crypto";

/**
 * A deterministic item id for seeded data (and the same form the migration that introduced
 * ids gave existing items): "itm_" + the first 20 hex characters of md5(seed). The demo gives
 * each organization's recurring recommendations and roadmap items the same id every month.
 */
export function seededItemId(seed: string): string {
  return `itm_${createHash("md5").update(seed).digest("hex").slice(0, 20)}`;
}
