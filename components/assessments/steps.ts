import type { AssessmentFieldName } from "@/lib/domain/assessments/schemas";

/** The guided form's steps, in order, and the fields each one asks for. */
export const STEPS = [
  { key: "organization", fields: ["headcount", "endpoints", "sites", "remoteUsers"] },
  { key: "tools", fields: ["cloudServices", "centralFileSharing", "backups", "businessAppDependency"] },
  { key: "criticality", fields: ["continuityRequirement", "interruptionTolerance", "digitalDependence"] },
  { key: "buying", fields: ["needsPredictableBudget", "needsMonthlySteering"] },
  { key: "economics", fields: ["economics"] },
  { key: "review", fields: [] },
] as const satisfies readonly { key: string; fields: readonly AssessmentFieldName[] }[];
export type StepKey = (typeof STEPS)[number]["key"];

/** The step that holds a field error key ("economics.hourlyRate" → economics). */
export function stepOfField(key: string): number {
  const field = key.split(".")[0];
  const index = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(field ?? ""));
  return index === -1 ? STEPS.length - 1 : index;
}
