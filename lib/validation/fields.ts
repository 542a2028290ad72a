import { z } from "zod";
import { parseIsoDateTime, parseIsoDay } from "@/lib/validation/dates";

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

const required = (ctx: z.RefinementCtx, input: string) =>
  ctx.addIssue({ code: "too_small", origin: "string", minimum: 1, inclusive: true, input });

/**
 * A calendar date "YYYY-MM-DD" between 2000 and 2100, as a UTC Date at midnight. An impossible
 * day (31 February) or what a form sends for an unfinished date input is `invalidDate`
 * (lib/validation/dates.ts, the one parser).
 */
export const isoDate = () => isoDayString().transform((s) => new Date(`${s}T00:00:00Z`));
export const optionalIsoDate = () => z.preprocess((v) => emptyToUndefined(v) ?? null, isoDate().nullable());

/** The same calendar date, kept as its "YYYY-MM-DD" text (dates stored inside JSON, e.g. report figures). */
export const isoDayString = () =>
  z.string().superRefine((s, ctx) => {
    if (s.trim() === "") return required(ctx, s);
    const parsed = parseIsoDay(s);
    if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem, input: s });
  });
export const optionalIsoDayString = () => z.preprocess((v) => emptyToUndefined(v) ?? null, isoDayString().nullable());

/** A date and time from <input type="datetime-local"> ("YYYY-MM-DDTHH:mm"), read as UTC; a real day and time. */
export const isoDateTime = () =>
  z
    .string()
    .superRefine((s, ctx) => {
      if (s.trim() === "") return required(ctx, s);
      const parsed = parseIsoDateTime(s);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.problem, input: s });
    })
    .transform((s) => (parseIsoDateTime(s) as { ok: true; date: Date }).date);

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
