import { z } from "zod";
import { encodeText, issueMessageMap } from "./issue-text";
import { text } from "./text";
import { ECONOMICS, ECONOMICS_KEYS, type EconomicsKey } from "./economics-keys";
import { INPUT_FIELD_NAMES, INPUT_FIELDS, type FieldDef, type InputField, type InputValues } from "./fields";
import { ECONOMICS_MAX, HISTORY_MONTHS, HISTORY_SOURCES, type HistorySource } from "./vocabulary";

/** The client's own history, the best source for the break-fix baseline (docs/engine.md, "The cost model"). */
export interface IncidentHistory {
  /** Incidents billed over the period. */
  incidents?: number;
  /** Technician hours billed over the period. */
  hours?: number;
  /** How many months the figures cover, up to the last 12 (default 12). */
  months?: number;
  /** Typed in the assessment, or read from the interventions log (shown to the reader with the figures). */
  source: HistorySource;
}

/**
 * The input schemas, derived from the field table (fields.ts) and the price list
 * (economics-keys.ts). Their issues carry texts (codes with parameters, see issue-text.ts), read
 * back by `validateAssessmentInput` / `validateEconomics`: the engine never writes a sentence.
 */
function buildSchemas() {
  const e = { error: issueMessageMap() };
  const whole = { error: issueMessageMap({ integer: true }) };
  const amount = (max = ECONOMICS_MAX) => z.number(e).min(0, e).max(max, e);
  const count = (limits: { min: number; max: number }) => z.int(whole).min(limits.min, whole).max(limits.max, whole);

  /** The price list, or an assessment's own prices: every field optional (blank: the next source). */
  const economicsSchema = z
    .object(
      Object.fromEntries(
        ECONOMICS_KEYS.map((key) => {
          const def = ECONOMICS[key];
          return [key, ("integer" in def ? count(def) : amount(def.max)).optional()];
        }),
      ) as unknown as { [K in EconomicsKey]: z.ZodOptional<z.ZodNumber> },
      e,
    )
    .strict();

  const incidentHistorySchema = z
    .object(
      {
        incidents: count({ min: 0, max: 1_000_000 }).optional(),
        hours: amount().optional(),
        months: count(HISTORY_MONTHS).optional(),
        source: z.enum(HISTORY_SOURCES, e),
      },
      e,
    )
    .strict()
    .refine((h) => h.incidents !== undefined || h.hours !== undefined, {
      path: ["incidents"],
      error: () => encodeText(text("engine.validation.historyEmpty")),
    });

  function fieldSchema(def: FieldDef): z.ZodType {
    const schema = (() => {
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
    })();
    return def.optional ? schema.optional() : schema;
  }

  /** The contract's input, field by field, without cross-field rules (forms `.pick()` it). */
  const assessmentInputShape = z
    .object(
      {
        ...(Object.fromEntries(INPUT_FIELD_NAMES.map((f) => [f, fieldSchema(INPUT_FIELDS[f])])) as unknown as {
          [F in InputField]: (typeof INPUT_FIELDS)[F] extends { optional: true }
            ? z.ZodOptional<z.ZodType<InputValues[F]>>
            : z.ZodType<InputValues[F]>;
        }),
        incidentHistory: (incidentHistorySchema as unknown as z.ZodType<IncidentHistory>).optional(),
        economics: economicsSchema.optional(),
      },
      e,
    )
    .strict();

  /** The shape plus `remoteUsers <= headcount` and `itUsers <= headcount`, checked whenever the counts are valid. */
  const assessmentInputSchema = assessmentInputShape
    .refine((input) => input.remoteUsers <= input.headcount, {
      path: ["remoteUsers"],
      when: (payload) => countsValid(payload.value, "remoteUsers"),
      error: (issue) => encodeText(text("engine.validation.remoteUsers", { headcount: headcountOf(issue.input) })),
    })
    .refine((input) => input.itUsers === undefined || input.itUsers <= input.headcount, {
      path: ["itUsers"],
      when: (payload) => countsValid(payload.value, "itUsers"),
      error: (issue) => encodeText(text("engine.validation.itUsers", { headcount: headcountOf(issue.input) })),
    });

  return { economicsSchema, assessmentInputShape, assessmentInputSchema };
}

function field(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function countsValid(value: unknown, other: string): boolean {
  return [field(value, "headcount"), field(value, other)].every(
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
