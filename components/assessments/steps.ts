import { INPUT_FIELD_NAMES, type InputField } from "@/lib/engine";
import type { AssessmentFieldName } from "@/lib/domain/assessments/schemas";

/** The guided form's steps, in order. */
const STEP_KEYS = ["organization", "tools", "criticality", "buying", "economics", "review"] as const;
export type StepKey = (typeof STEP_KEYS)[number];

/**
 * The step that asks each engine field. Every field of the engine's table (lib/engine/fields.ts)
 * must have one: a new engine field does not compile until the wizard asks it somewhere.
 */
export const FIELD_STEP = {
  headcount: "organization",
  itUsers: "organization",
  endpoints: "organization",
  sites: "organization",
  remoteUsers: "organization",
  cloudServices: "tools",
  centralFileSharing: "tools",
  backups: "tools",
  documentation: "tools",
  businessAppDependency: "tools",
  continuityRequirement: "criticality",
  interruptionTolerance: "criticality",
  digitalDependence: "criticality",
  needsPredictableBudget: "buying",
  needsMonthlySteering: "buying",
  gradualTransition: "buying",
} as const satisfies Record<InputField, Exclude<StepKey, "economics" | "review">>;

/** Each step with its fields, in the engine's field order. */
export const STEPS: readonly { key: StepKey; fields: readonly AssessmentFieldName[] }[] = STEP_KEYS.map((key) => ({
  key,
  fields:
    key === "economics" ? ["incidentHistory", "economics"] : INPUT_FIELD_NAMES.filter((f) => FIELD_STEP[f] === key),
}));

/** The step that holds a field error key ("economics.hourlyRate" → economics). */
export function stepOfField(key: string): number {
  const field = key.split(".")[0];
  const index = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field ?? ""));
  return index === -1 ? STEPS.length - 1 : index;
}
