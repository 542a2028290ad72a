import { z } from "zod";
import type { ImportFields } from "@/lib/import/columns";
import { importFieldNames } from "@/lib/import/columns";
import { DATE_ORDERS } from "@/lib/import/dates";

/**
 * The largest CSV an import takes at once, in bytes (the browser checks the file's size first;
 * the server refuses a longer text). About 55,000 typical time entries.
 */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;

/** The text of an uploaded file (decoded in the browser, lib/import/decode.ts). */
export const csvText = () => z.string().min(1).max(IMPORT_MAX_BYTES, { message: "fileTooLarge" });

const column = z.number().int().min(0).max(1_000).nullable();

/** How a file is read: a column index (or null) per field of the import, the date order and the decimal mark. */
export function importSettingsSchema<F extends string>(fields: ImportFields<F>) {
  return z
    .object({
      mapping: z
        .object(Object.fromEntries(importFieldNames(fields).map((f) => [f, column])) as Record<F, typeof column>)
        .strict(),
      dateOrder: z.enum(DATE_ORDERS),
      decimalComma: z.boolean(),
    })
    .strict();
}
