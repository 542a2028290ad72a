import type { AssessmentInput } from "./schema";
import { BREAK_FIX_LIMITS } from "./conditions";
import { ENDPOINT_TIERS, HEADCOUNT_TIERS, TRIGGER_EXTRAS } from "./pressure";
import { CHANGE_FIELDS, type ChangeField, type InputChange } from "./changes";
import { INPUT_FIELDS, choiceValues, setValues, type CountField, type SetField } from "./fields";

export interface Candidate {
  change: InputChange;
  /** How far the change is from the input: 1 per boolean, enum step or cloud service; 1 + |log2| of the ratio for counts. */
  cost: number;
  fieldIndex: number;
  /** +1 toward more MSP pressure, -1 toward less (every field is ordered, see vocabulary.ts). */
  direction: 1 | -1;
}

/**
 * Where a count changes the outcome: the engine reads counts only through these boundaries
 * (value <= b versus value > b), so the nearest value on the other side of each one is enough.
 */
export const COUNT_BOUNDARIES: Readonly<Record<CountField, readonly number[]>> = {
  headcount: unique([BREAK_FIX_LIMITS.maxUsers, ...HEADCOUNT_TIERS.map((t) => t.above)]),
  endpoints: unique([BREAK_FIX_LIMITS.maxEndpoints, ...ENDPOINT_TIERS.map((t) => t.above)]),
  sites: unique([BREAK_FIX_LIMITS.maxSites, TRIGGER_EXTRAS.sitesFrom - 1]),
  remoteUsers: unique([0, TRIGGER_EXTRAS.remoteUsersFrom - 1]),
};

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
const countCost = (from: number, to: number): number => round6(1 + Math.abs(Math.log2((to + 1) / (from + 1))));
const fieldIndex = (field: ChangeField): number => CHANGE_FIELDS.indexOf(field);

function addCounts(out: Candidate[], input: AssessmentInput, field: CountField): void {
  const from = input[field];
  const { min, max } = INPUT_FIELDS[field];
  let previous = Number.NaN;
  // Boundaries are sorted, so the targets come out sorted; equal neighbours are skipped.
  for (const boundary of COUNT_BOUNDARIES[field]) {
    const to = from <= boundary ? boundary + 1 : boundary;
    if (to === previous || to === from || to < min || to > max) continue;
    previous = to;
    out.push({
      change: { field, from, to },
      cost: countCost(from, to),
      fieldIndex: fieldIndex(field),
      direction: to > from ? 1 : -1,
    });
  }
}

/** Every other value of an ordered field (enums, booleans as [false, true]); cost = steps apart. */
function addOrdered<F extends ChangeField>(
  out: Candidate[],
  input: AssessmentInput,
  field: F,
  values: readonly AssessmentInput[F][],
): void {
  const from = input[field];
  const at = values.indexOf(from);
  values.forEach((to, index) => {
    if (index === at) return;
    out.push({
      change: { field, from, to } as InputChange<F>,
      cost: Math.abs(index - at),
      fieldIndex: fieldIndex(field),
      direction: index > at ? 1 : -1,
    });
  });
}

function addSet(out: Candidate[], input: AssessmentInput, field: SetField): void {
  const values = setValues(field);
  const from = [...input[field]]; // a copy: results never alias the caller's input
  for (const value of values) {
    const removing = from.includes(value);
    const to = removing
      ? values.filter((v) => v !== value && from.includes(v))
      : values.filter((v) => v === value || from.includes(v));
    out.push({
      change: { field, from, to } as InputChange,
      cost: 1,
      fieldIndex: fieldIndex(field),
      direction: removing ? -1 : 1,
    });
  }
}

const BOOLEAN_VALUES = [false, true] as const;

/** Every single-field change the search considers, in field order (about 26), by the kind of each field. */
export function singleChanges(input: AssessmentInput): Candidate[] {
  const out: Candidate[] = [];
  for (const field of CHANGE_FIELDS) {
    const def = INPUT_FIELDS[field];
    if (def.kind === "count") addCounts(out, input, field as CountField);
    else if (def.kind === "set") addSet(out, input, field as SetField);
    else if (def.kind === "flag")
      addOrdered(out, input, field, BOOLEAN_VALUES as readonly AssessmentInput[typeof field][]);
    else
      addOrdered(
        out,
        input,
        field,
        choiceValues(field as Parameters<typeof choiceValues>[0]) as readonly AssessmentInput[typeof field][],
      );
  }
  return out;
}
