import { ApiValidation } from "@/lib/api/problem";
import { decodeCursor } from "@/lib/api/pagination";

/** The id a list's cursor carries (lists in id order); a cursor we did not make is a validation problem. */
export function afterId(cursor: string | undefined): string | null {
  if (!cursor) return null;
  const after = decodeCursor(cursor, ["string"]);
  if (!after) throw new ApiValidation({ cursor: { key: "validation.invalid" } }, "query");
  return after[0];
}
