import type { AssessmentInput } from "./schema";
import { SIZE_ZONES } from "./conditions";
import { ENDPOINT_TIERS, TRIGGER_EXTRAS, USER_TIERS } from "./pressure";
import { CHANGE_FIELDS, type ChangeField, type InputChange } from "./changes";
import {
  INPUT_FIELDS,
  choiceValues,
  flagValues,
  setValues,
  type ChoiceDef,
  type ChoiceField,
  type CountField,
  type FlagField,
  type SetField,
} from "./fields";

export interface Candidate {
  change: InputChange;
  /** How far the change is from the input: 1 per flag, choice step or set item; 1 + |log2| of the ratio for counts. */
  cost: number;
  fieldIndex: number;
  /** +1 toward more MSP pressure, -1 toward less (every field is ordered by pressure, see fields.ts). */
  direction: 1 | -1;
}

/**
 * Where a count changes the outcome: the tiers and the edges of the size zones (inside a zone
 * the pressure moves gradually; `nearestCountFlip` finds the exact value there). A count only
 * grows in "what would change": an organization does not shrink to fit a cheaper model.
 */
export const COUNT_BOUNDARIES: Readonly<Record<CountField, readonly number[]>> = {
  headcount: unique([SIZE_ZONES.users.full, SIZE_ZONES.users.none - 1, ...USER_TIERS.map((t) => t.above)]),
  itUsers: unique([SIZE_ZONES.users.full, SIZE_ZONES.users.none - 1, ...USER_TIERS.map((t) => t.above)]),
  endpoints: unique([SIZE_ZONES.endpoints.full, SIZE_ZONES.endpoints.none - 1, ...ENDPOINT_TIERS.map((t) => t.above)]),
  sites: unique([SIZE_ZONES.maxSites, TRIGGER_EXTRAS.sitesFrom - 1]),
  remoteUsers: unique([0, TRIGGER_EXTRAS.remoteUsersFrom - 1]),
};

/** How far a count may plausibly grow in one suggestion: three times today, plus ten. */
export const growthLimit = (from: number, max: number): number => Math.min(max, from * 3 + 10);

function unique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;
export const countCost = (from: number, to: number): number => round6(1 + Math.abs(Math.log2((to + 1) / (from + 1))));
const fieldIndex = (field: ChangeField): number => CHANGE_FIELDS.indexOf(field);

function addCounts(out: Candidate[], input: AssessmentInput, field: CountField): void {
  const from = input[field];
  if (from === undefined) return; // not answered (itUsers): the headcount stands for it
  const limit = growthLimit(from, INPUT_FIELDS[field].max);
  for (const boundary of COUNT_BOUNDARIES[field]) {
    const to = boundary + 1;
    if (to <= from || to > limit) continue;
    out.push({ change: { field, from, to }, cost: countCost(from, to), fieldIndex: fieldIndex(field), direction: 1 });
  }
}

/**
 * The other values of an ordered field (choices by pressure, flags), kept when plausible: `growth`
 * only toward more pressure, `practice` only to the best practice, `preference` both ways.
 */
function addOrdered<F extends ChoiceField | FlagField>(
  out: Candidate[],
  input: AssessmentInput,
  field: F,
  values: readonly AssessmentInput[F][],
): void {
  const def = INPUT_FIELDS[field];
  const absent = input[field] === undefined;
  if (absent && def.kind === "choice") return; // not assessed: nothing to improve from
  const from = (absent ? false : input[field]) as AssessmentInput[F]; // an absent wish is "no"
  const at = values.indexOf(from);
  const practice = def.kind === "choice" ? (def as ChoiceDef).practice : undefined;
  values.forEach((to, index) => {
    if (index === at) return;
    const direction = index > at ? 1 : -1;
    if (def.plausible === "growth" && direction < 0) return;
    // A better practice is the best one: "if backups were checked regularly", never "if backups existed that nobody checks".
    if (def.plausible === "practice" && practice && (to !== practice[practice.length - 1] || from === to)) return;
    out.push({
      change: { field, from: input[field], to } as InputChange,
      cost: Math.abs(index - at),
      fieldIndex: fieldIndex(field),
      direction,
    });
  });
}

/** Adopting one more item of a set (a service); dropping one is not a plausible suggestion. */
function addSet(out: Candidate[], input: AssessmentInput, field: SetField): void {
  const values = setValues(field);
  const from = [...input[field]]; // a copy: results never alias the caller's input
  for (const value of values) {
    if (from.includes(value)) continue;
    const to = values.filter((v) => v === value || from.includes(v));
    out.push({ change: { field, from, to } as InputChange, cost: 1, fieldIndex: fieldIndex(field), direction: 1 });
  }
}

/** Every plausible single-field change the search considers, in field order, by the kind of each field. */
export function singleChanges(input: AssessmentInput): Candidate[] {
  const out: Candidate[] = [];
  for (const field of CHANGE_FIELDS) {
    const def = INPUT_FIELDS[field];
    if (def.kind === "count") addCounts(out, input, field as CountField);
    else if (def.kind === "set") addSet(out, input, field as SetField);
    else if (def.kind === "flag")
      addOrdered(
        out,
        input,
        field as FlagField,
        flagValues(field as FlagField) as readonly AssessmentInput[FlagField][],
      );
    else
      addOrdered(
        out,
        input,
        field as ChoiceField,
        choiceValues(field as ChoiceField) as readonly AssessmentInput[ChoiceField][],
      );
  }
  return out;
}
