import { createHash } from "node:crypto";

/**
 * The fingerprint of a report item as published: SHA-256 (lowercase hex) of its canonical JSON —
 * the item exactly as stored in the published report's JSON column, object keys sorted at every
 * level, no whitespace (numbers and strings as JSON.stringify writes them). Anyone holding the
 * report's data can recompute it; a decision keeps the hash of what the client saw, so a later
 * correction of the item (withdrawn, edited, published again) shows as "changed since".
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return "null";
    return JSON.stringify(value ?? null);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

export function itemHash(item: unknown): string {
  return createHash("sha256").update(canonicalJson(item), "utf8").digest("hex");
}

/** The first 12 hex characters, as the PDF and the page show it (the full hash is in the data export). */
export const shortHash = (hash: string) => hash.slice(0, 12);
