import { z } from "zod";

/**
 * Number fields for forms, as in lib/validation/fields.ts, but a typed value that is not a number
 * ("two") says "not valid" instead of "required": zod 4 drops `issue.input` from reported issues,
 * so lib/validation/issues.ts cannot tell "nothing typed" from "not a number" on its own.
 */
const numericString = (v: unknown) => {
  if (typeof v !== "string") return v;
  const s = v.trim();
  if (s === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : v;
};
const notANumber = (issue: { code?: string; input?: unknown }) =>
  issue.code === "invalid_type" && issue.input !== undefined && issue.input !== null ? "invalid" : undefined;
const number = () => z.number({ error: notANumber });

export const wholeNumber = (min: number, max: number) =>
  z.preprocess(numericString, number().int({ error: "invalid" }).min(min).max(max));
export const optionalWholeNumber = (min: number, max: number) =>
  z.preprocess((v) => numericString(v) ?? null, number().int({ error: "invalid" }).min(min).max(max).nullable());
export const optionalAmount = (min: number, max: number) =>
  z.preprocess((v) => numericString(v) ?? null, number().min(min).max(max).nullable());
