import { contentSha256 } from "@/lib/signatures/content-hash";

/**
 * The fingerprint of a report item as published: SHA-256 (lowercase hex) of its canonical JSON
 * (lib/signatures/content-hash.ts, the same as a proposal's snapshot) — the item exactly as stored
 * in the published report's JSON column, object keys sorted at every level, no whitespace. Anyone
 * holding the report's data can recompute it; a decision keeps the hash of what the client saw, so
 * a later correction of the item (withdrawn, edited, published again) shows as "changed since".
 */
export function itemHash(item: unknown): string {
  return contentSha256(item);
}

/** The first 12 hex characters, as the PDF and the page show it (the full hash is in the data export). */
export const shortHash = (hash: string) => hash.slice(0, 12);
