import { createHash } from "node:crypto";

/** Mainstay's namespace for name-based UUIDs (a random v4 UUID, fixed once). */
const NAMESPACE = "5f0d6c2e-8a4b-4f3c-9d27-31b6a0e4c8f1";

/**
 * A name-based UUID (RFC 9562 version 5: SHA-1 of namespace + name). The same record always
 * exports with the same UUID, so a tool that imports our OSCAL twice recognises it.
 */
export function nameUuid(name: string): string {
  const ns = Buffer.from(NAMESPACE.replace(/-/g, ""), "hex");
  const hash = createHash("sha1").update(ns).update(name, "utf8").digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
