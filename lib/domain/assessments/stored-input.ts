import type { AssessmentInput, Economics } from "@/lib/engine";
import { ENGINE_FIELDS, type AssessmentDraftFields } from "@/lib/domain/assessments/schemas";

/** The assessment columns that hold the engine's input (prisma/schema.prisma, Assessment). */
export const assessmentInputSelect = {
  headcount: true,
  endpoints: true,
  sites: true,
  remoteUsers: true,
  cloudServices: true,
  centralFileSharing: true,
  backups: true,
  businessAppDependency: true,
  continuityRequirement: true,
  interruptionTolerance: true,
  digitalDependence: true,
  needsPredictableBudget: true,
  needsMonthlySteering: true,
  economics: true,
} as const;

type Row = { [K in keyof typeof assessmentInputSelect]: unknown };

function economicsOf(value: unknown): Economics | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([, v]) => typeof v === "number" && Number.isFinite(v),
  );
  return entries.length ? (Object.fromEntries(entries) as Economics) : null;
}

/** A stored row as the form's fields (nulls where a draft has no answer yet). */
export function draftFieldsOf(row: Row): AssessmentDraftFields {
  return {
    headcount: (row.headcount as number | null) ?? null,
    endpoints: (row.endpoints as number | null) ?? null,
    sites: (row.sites as number | null) ?? null,
    remoteUsers: (row.remoteUsers as number | null) ?? null,
    cloudServices: (row.cloudServices as AssessmentInput["cloudServices"] | null) ?? [],
    centralFileSharing: (row.centralFileSharing as boolean | null) ?? null,
    backups: (row.backups as AssessmentInput["backups"] | null) ?? null,
    businessAppDependency: (row.businessAppDependency as AssessmentInput["businessAppDependency"] | null) ?? null,
    continuityRequirement: (row.continuityRequirement as AssessmentInput["continuityRequirement"] | null) ?? null,
    interruptionTolerance: (row.interruptionTolerance as AssessmentInput["interruptionTolerance"] | null) ?? null,
    digitalDependence: (row.digitalDependence as AssessmentInput["digitalDependence"] | null) ?? null,
    needsPredictableBudget: (row.needsPredictableBudget as boolean | null) ?? null,
    needsMonthlySteering: (row.needsMonthlySteering as boolean | null) ?? null,
    economics: economicsOf(row.economics),
  };
}

/** The fields still unanswered (cloud services may be an empty list: "none"). */
export function missingFields(fields: AssessmentDraftFields): (typeof ENGINE_FIELDS)[number][] {
  return ENGINE_FIELDS.filter((f) => fields[f] === null || fields[f] === undefined);
}

/** The engine input of complete fields (the caller validates it with the engine's schema). */
export function engineInputOf(fields: AssessmentDraftFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of ENGINE_FIELDS) out[f] = fields[f];
  if (fields.economics) out.economics = fields.economics;
  return out;
}
