import { z } from "zod";
import { parseIsoDay } from "@/lib/validation/dates";

/**
 * Field schemas of the REST API's JSON (lib/api/v1): typed values (numbers are numbers, absent
 * is null), the same limits and vocabularies as the forms (lib/validation/limits.ts,
 * lib/vocabulary.ts). Plain zod types without preprocessing, so the OpenAPI document shows
 * exactly what is accepted.
 */
const noControl = (s: string) => !/[\u0000-\u001f\u007f]/.test(s);
const noControlButLines = (s: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(s);

export const apiText = (max: number) => z.string().trim().min(1).max(max).refine(noControl, { message: "invalid" });
export const apiLongText = (max: number) =>
  z.string().trim().min(1).max(max).refine(noControlButLines, { message: "invalid" });
export const apiInt = (min: number, max: number) => z.number().int().min(min).max(max);
export const apiId = () =>
  z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, { message: "invalid" });
/** A calendar day "YYYY-MM-DD" between 2000 and 2100. */
export const apiDay = () =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "invalidDate" })
    .refine((s) => parseIsoDay(s).ok, { message: "invalidDate" })
    .meta({ format: "date", example: "2026-03-31" });
export const dayToDate = (s: string) => new Date(`${s}T00:00:00Z`);
export const dateToDay = (d: Date) => d.toISOString().slice(0, 10);

/** Timestamps in answers: ISO 8601 in UTC. */
export const apiTimestamp = () => z.iso.datetime();
export const ts = (d: Date) => d.toISOString();
export const tsOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** A path parameter holding an id: anything else is 404, as an unknown id is. */
export const idParams = z.object({ id: apiId() }).strict();
