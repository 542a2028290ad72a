import { ECONOMICS_KEYS, HISTORY_SOURCES, INPUT_FIELDS, type Economics, type IncidentHistory } from "@/lib/engine";
import { ENGINE_FIELDS, REQUIRED_FIELDS, type AssessmentDraftFields } from "@/lib/domain/assessments/schemas";

type EngineField = (typeof ENGINE_FIELDS)[number];

/** The assessment columns that hold the engine's input (prisma/schema.prisma, Assessment): one per field, and economics. */
export const assessmentInputSelect = {
  ...(Object.fromEntries(ENGINE_FIELDS.map((f) => [f, true])) as { [F in EngineField]: true }),
  incidentHistory: true,
  economics: true,
} as const;

type Row = { [K in keyof typeof assessmentInputSelect]: unknown };

function economicsOf(value: unknown): Economics | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    ([key, v]) => (ECONOMICS_KEYS as readonly string[]).includes(key) && typeof v === "number" && Number.isFinite(v),
  );
  return entries.length ? (Object.fromEntries(entries) as Economics) : null;
}

/** The stored history, or null (a malformed value is dropped, never guessed). */
function historyOf(value: unknown): IncidentHistory | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as Record<string, unknown>;
  const count = (x: unknown) => (typeof x === "number" && Number.isFinite(x) && x >= 0 ? x : undefined);
  const incidents = count(v.incidents);
  const hours = count(v.hours);
  if (incidents === undefined && hours === undefined) return null;
  const months = count(v.months);
  const source = (HISTORY_SOURCES as readonly unknown[]).includes(v.source)
    ? (v.source as IncidentHistory["source"])
    : "assessment";
  return {
    ...(incidents !== undefined ? { incidents } : {}),
    ...(hours !== undefined ? { hours } : {}),
    ...(months !== undefined ? { months } : {}),
    source,
  };
}

/** A column's value as the form's field: what the database holds, null when unanswered (a set: a list). */
function answerOf(field: EngineField, value: unknown): unknown {
  if (INPUT_FIELDS[field].kind === "set") return Array.isArray(value) ? value : [];
  return value ?? null;
}

/** A stored row as the form's fields (nulls where a draft has no answer yet). */
export function draftFieldsOf(row: Row): AssessmentDraftFields {
  return {
    ...(Object.fromEntries(ENGINE_FIELDS.map((f) => [f, answerOf(f, row[f])])) as Omit<
      AssessmentDraftFields,
      "economics" | "incidentHistory"
    >),
    incidentHistory: historyOf(row.incidentHistory),
    economics: economicsOf(row.economics),
  };
}

/** A draft with no answer yet. */
export function emptyDraftFields(): AssessmentDraftFields {
  return draftFieldsOf({
    ...(Object.fromEntries(ENGINE_FIELDS.map((f) => [f, null])) as Row),
    incidentHistory: null,
    economics: null,
  });
}

/** The required fields still unanswered (a set may be an empty list: "none"; optional fields may stay blank). */
export function missingFields(fields: AssessmentDraftFields): EngineField[] {
  return REQUIRED_FIELDS.filter((f) => fields[f] === null || fields[f] === undefined);
}

/** The engine input of complete fields (the caller validates it with the engine's schema). */
export function engineInputOf(fields: AssessmentDraftFields): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // A blank optional answer is left out: the engine says what it assumes instead.
  for (const f of ENGINE_FIELDS) if (fields[f] !== null) out[f] = fields[f];
  if (fields.incidentHistory) out.incidentHistory = fields.incidentHistory;
  if (fields.economics) out.economics = fields.economics;
  return out;
}
