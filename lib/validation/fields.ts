import { z } from "zod";

/**
 * Field schemas shared by server actions and the forms that derive from them.
 * Forms send plain objects built from their inputs; these accept the form's
 * strings where that is natural ("" means "not given") and reject anything else.
 */
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const numericString = (v: unknown) => {
  if (typeof v !== "string") return v;
  const s = v.trim();
  if (s === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
};

/** A trimmed, non-empty single-line text up to `max` characters. */
export const text = (max = 200) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u001f\u007f]/.test(s), { message: "invalid" });

/** Optional text: "" becomes null. */
export const optionalText = (max = 200) => z.preprocess((v) => emptyToUndefined(v) ?? null, text(max).nullable());

/** Multi-line text (summaries, narrative). */
export const longText = (max = 10_000) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s), {
      message: "invalid",
    });
export const optionalLongText = (max = 10_000) =>
  z.preprocess((v) => emptyToUndefined(v) ?? null, longText(max).nullable());

export const int = (min: number, max: number) => z.preprocess(numericString, z.number().int().min(min).max(max));
export const optionalInt = (min: number, max: number) =>
  z.preprocess((v) => numericString(v) ?? null, z.number().int().min(min).max(max).nullable());
export const decimal = (min: number, max: number) => z.preprocess(numericString, z.number().min(min).max(max));
export const optionalDecimal = (min: number, max: number) =>
  z.preprocess((v) => numericString(v) ?? null, z.number().min(min).max(max).nullable());

export const bool = () =>
  z.preprocess((v) => (v === "on" || v === "true" ? true : v === "false" || v === "" ? false : v), z.boolean());

/** A calendar date "YYYY-MM-DD" between 2000 and 2100, as a UTC Date at midnight. */
export const isoDate = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" })
    .refine(
      (s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
      {
        message: "invalidDate",
      },
    )
    .refine((s) => s >= "2000-01-01" && s <= "2100-12-31", { message: "dateOutOfRange" })
    .transform((s) => new Date(`${s}T00:00:00Z`));
export const optionalIsoDate = () => z.preprocess((v) => emptyToUndefined(v) ?? null, isoDate().nullable());

/** A date and time from <input type="datetime-local"> ("YYYY-MM-DDTHH:mm"), read as UTC. */
export const isoDateTime = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z?$/, { message: "invalidDate" })
    .transform((s) => new Date(s.endsWith("Z") ? s : `${s}Z`))
    .refine((d) => !Number.isNaN(d.getTime()), { message: "invalidDate" })
    .refine((d) => d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, { message: "dateOutOfRange" });

/** "YYYY-MM" */
export const period = () => z.string().regex(/^(20\d{2})-(0[1-9]|1[0-2])$/, { message: "periodFormat" });

export const id = () =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { message: "invalid" });
export const email = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "invalidEmail" }).max(254));
export const idempotencyKey = () => z.uuid();
/** The version the user loaded; the save fails with CONFLICT if the record moved on. */
export const expectedVersion = () => z.preprocess(numericString, z.number().int().min(1).max(2_147_483_647));
