import { createHash } from "node:crypto";

/**
 * A stable job id (a UUID, as pg-boss wants) for a job name and a key of ours, so that
 * enqueueing the same work twice (a retried dispatch, a double click) finds the first job
 * and inserts nothing.
 */
export function jobIdFor(name: string, key: string): string {
  const h = createHash("sha256").update(`${name}\u0000${key}`).digest("hex");
  // Shaped as a version-8 (custom) UUID.
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
