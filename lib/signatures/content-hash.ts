import { createHash } from "node:crypto";

/**
 * What a client signs: the SHA-256 of a record exactly as it was shown, over its canonical JSON
 * (object keys sorted at every level, no whitespace, arrays in order), so the same content always
 * hashes the same whatever order the database or a driver returns its keys in. Computed on the
 * server only; the browser never supplies the hash it signs.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) throw new TypeError("canonicalJson: not a finite number");
    if (value === undefined) return "null";
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
}

/** Lowercase hex SHA-256 of a value's canonical JSON. */
export function contentSha256(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}
