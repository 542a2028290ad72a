import { z } from "zod";

/**
 * Cursor pagination of the API's lists. A cursor is opaque to clients: base64url of the
 * sort key of the last row returned (for example its id, or its date and id), so the next
 * page starts strictly after it in a stable, indexed order (keyset pagination: no OFFSET, and
 * rows added or removed meanwhile neither repeat nor skip the rows after the cursor).
 */
export const PAGE_LIMIT = { default: 50, max: 200 } as const;

export type CursorValue = string | number;

export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), "utf8").toString("base64url");
}

/** The sort key a cursor carries, or null when it was not made by encodeCursor with this shape. */
export function decodeCursor<const T extends readonly ("string" | "number")[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends "number" ? number : string } | null {
  try {
    const values = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown;
    if (!Array.isArray(values) || values.length !== shape.length) return null;
    for (let i = 0; i < shape.length; i++) {
      const v = values[i];
      if (
        shape[i] === "number" ? typeof v !== "number" || !Number.isFinite(v) : typeof v !== "string" || v.length > 200
      )
        return null;
    }
    return values as never;
  } catch {
    return null;
  }
}

/** The query parameters every list shares. */
export const pageQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(PAGE_LIMIT.max)
    .default(PAGE_LIMIT.default)
    .meta({ description: `Rows per page (at most ${PAGE_LIMIT.max}).` }),
  cursor: z
    .string()
    .min(1)
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/, { message: "invalid" })
    .optional()
    .meta({ description: "The `nextCursor` of the previous page; omit for the first page." }),
};

/** A page of a list: the rows and the cursor of the next page (null on the last page). */
export const pageOf = <T extends z.ZodType>(row: T) =>
  z.object({
    data: z.array(row),
    nextCursor: z.string().nullable().meta({ description: "Pass as `cursor` to get the next page; null at the end." }),
  });

/** Fetch one row more than asked to know whether a next page exists; returns the page and its next cursor. */
export function pageFrom<R>(rows: R[], limit: number, keyOf: (row: R) => readonly CursorValue[]) {
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { data: page, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last)) : null };
}
