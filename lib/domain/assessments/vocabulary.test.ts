import { describe, expect, it } from "vitest";
import { Prisma } from "@/lib/generated/prisma/client";
import {
  ECONOMICS_KEYS,
  INPUT_FIELD_NAMES,
  assessmentInputShape,
  economicsSchema,
  validateAssessmentInput,
  type AssessmentInput,
} from "@/lib/engine";
import { EXAMPLE_2 } from "@/lib/engine/test-fixtures";
import { assessmentFieldsSchema, economicsFormSchema } from "@/lib/domain/assessments/schemas";
import {
  assessmentInputSelect,
  draftFieldsOf,
  emptyDraftFields,
  engineInputOf,
} from "@/lib/domain/assessments/stored-input";
import { draftData } from "@/lib/domain/assessments/draft-data";
import { formValuesOf } from "@/lib/domain/assessments/form-values";
import { FIELD_STEP, STEPS } from "@/components/assessments/steps";
import { PRICING_SELECT } from "@/lib/domain/assessments/tenant-pricing";
import { updateSettingsSchema } from "@/lib/domain/settings/schemas";

/**
 * The engine's fields and economics are declared once (lib/engine/fields.ts,
 * lib/engine/economics-keys.ts); these tests check that everything else follows the tables.
 */
describe("one source for the engine's fields and economics", () => {
  it("every engine field is in the engine's schema, the form's, the columns, the wizard, once", () => {
    // Beside the fields: the client's history and the prices (engine 2026.12.1).
    const extra = (k: string) => k !== "economics" && k !== "incidentHistory";
    const engineKeys = Object.keys(assessmentInputShape.shape).filter(extra);
    expect(engineKeys).toEqual(INPUT_FIELD_NAMES);
    expect(Object.keys(assessmentFieldsSchema.shape).filter(extra)).toEqual(INPUT_FIELD_NAMES);
    expect(Object.keys(assessmentInputSelect).filter(extra)).toEqual(INPUT_FIELD_NAMES);
    expect(Object.keys(FIELD_STEP).sort()).toEqual([...INPUT_FIELD_NAMES].sort());
    expect(STEPS.flatMap((s) => s.fields).filter(extra)).toEqual(
      [...INPUT_FIELD_NAMES].sort(
        (a, b) =>
          STEPS.findIndex((s) => s.key === FIELD_STEP[a]) - STEPS.findIndex((s) => s.key === FIELD_STEP[b]) ||
          INPUT_FIELD_NAMES.indexOf(a) - INPUT_FIELD_NAMES.indexOf(b),
      ),
    );
    const columns = Object.values(Prisma.AssessmentScalarFieldEnum) as string[];
    for (const f of INPUT_FIELD_NAMES) expect(columns, f).toContain(f);
  });

  it("every economics key is in the engine's schema, the form's, the settings', the tenant's columns", () => {
    expect(Object.keys(economicsSchema.shape)).toEqual(ECONOMICS_KEYS);
    expect(Object.keys(economicsFormSchema.in.shape)).toEqual(ECONOMICS_KEYS);
    expect(Object.keys(updateSettingsSchema.shape).filter((k) => (ECONOMICS_KEYS as string[]).includes(k))).toEqual(
      ECONOMICS_KEYS,
    );
    expect(Object.keys(PRICING_SELECT)).toEqual(ECONOMICS_KEYS);
    const columns = Object.values(Prisma.TenantScalarFieldEnum) as string[];
    for (const k of ECONOMICS_KEYS) expect(columns, k).toContain(k);
  });

  it("a complete input goes form → draft columns → stored row → engine input unchanged", () => {
    const input: AssessmentInput = { ...EXAMPLE_2, economics: { hourlyRate: 120, horizonMonths: 24 } };
    const parsed = assessmentFieldsSchema.parse(formValuesOf(input));
    const row = draftData(parsed);
    const back = validateAssessmentInput(engineInputOf(draftFieldsOf({ ...row, economics: input.economics })));
    expect(back).toEqual({ ok: true, input });
  });

  it("an empty draft has every field unanswered (a set: an empty list)", () => {
    const empty = emptyDraftFields();
    expect(Object.keys(empty)).toEqual([...INPUT_FIELD_NAMES, "incidentHistory", "economics"]);
    expect(empty.cloudServices).toEqual([]);
    expect(empty.headcount).toBeNull();
  });
});
