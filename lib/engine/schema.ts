import { z } from "zod";
import { encodeText, issueMessageMap } from "./issue-text";
import { text } from "./text";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
import { INPUT_FIELD_NAMES, INPUT_FIELDS, type FieldDef, type InputField, type InputValues } from "./fields";
import { ECONOMICS_MAX } from "./vocabulary";

/**
 * The input schemas, derived from the field table (fields.ts). Their issues carry texts (codes
 * with parameters, see issue-text.ts), read back by `validateAssessmentInput` /
 * `validateEconomics`: the engine never writes a sentence.
 */
function buildSchemas() {
  const e = { error: issueMessageMap() };
  const whole = { error: issueMessageMap({ integer: true }) };
  const amount = () => z.number(e).min(0, e).max(ECONOMICS_MAX, e).optional();
  const count = (limits: { min: number; max: number }) => z.int(whole).min(limits.min, whole).max(limits.max, whole);

  const economicsSchema = z
    .object(
      Object.fromEntries(
        ECONOMICS_KEYS.map((key) => [key, "integer" in ECONOMICS[key] ? count(ECONOMICS[key]).optional() : amount()]),
      ) as unknown as { [K in EconomicsKey]: z.ZodOptional<z.ZodNumber> },
      e,
    )
    .strict();

  function fieldSchema(def: FieldDef): z.ZodType {
    switch (def.kind) {
      case "count":
        return count(def);
      case "flag":
        return z.boolean(e);
      case "choice":
        return z.enum(def.values as [string, ...string[]], e);
      case "set":
        return z
          .array(z.enum(def.values as [string, ...string[]], e), e)
          .refine((list) => new Set(list).size === list.length, {
            error: () => encodeText(text("engine.validation.duplicateService")),
          });
    }
  }

  /** The contract's input, field by field, without cross-field rules (forms `.pick()` it). */
  const assessmentInputShape = z
    .object(
      {
        ...(Object.fromEntries(INPUT_FIELD_NAMES.map((f) => [f, fieldSchema(INPUT_FIELDS[f])])) as unknown as {
          [F in InputField]: z.ZodType<InputValues[F]>;
        }),
        economics: economicsSchema.optional(),
      },
      e,
    )
    .strict();

  /** The shape plus `remoteUsers <= headcount`, checked whenever both counts are valid. */
  const assessmentInputSchema = assessmentInputShape.refine((input) => input.remoteUsers <= input.headcount, {
    path: ["remoteUsers"],
    when: (payload) => bothCountsValid(payload.value),
    error: (issue) => encodeText(text("engine.validation.remoteUsers", { headcount: headcountOf(issue.input) })),
  });

  return { economicsSchema, assessmentInputShape, assessmentInputSchema };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function bothCountsValid(value: unknown): boolean {
  return [field(value, "headcount"), field(value, "remoteUsers")].every(
    (n) => typeof n === "number" && Number.isSafeInteger(n),
  );
}

function headcountOf(value: unknown): number {
  return Number(field(value, "headcount"));
}

const schemas = buildSchemas();

export const economicsSchema = schemas.economicsSchema;
export const assessmentInputShape = schemas.assessmentInputShape;
export const assessmentInputSchema = schemas.assessmentInputSchema;

export type AssessmentInput = z.infer<typeof assessmentInputSchema>;
export type Economics = z.infer<typeof economicsSchema>;
