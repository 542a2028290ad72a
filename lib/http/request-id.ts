import { randomUUID } from "node:crypto";

/** Short, log-friendly id tying a user-visible error to its server log line. */
export function newRequestId(): string {
  return randomUUID().replace(/-/g, "").slice(0, 16);
}
