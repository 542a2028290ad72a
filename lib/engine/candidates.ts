import type { AssessmentInput } from "./schema";
import { BREAK_FIX_LIMITS } from "./conditions";
import { ENDPOINT_TIERS, HEADCOUNT_TIERS, TRIGGER_EXTRAS } from "./pressure";
import { CHANGE_FIELDS, type ChangeField, type InputChange } from "./changes";
import {
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  COUNT_LIMITS,
  DIGITAL_DEPENDENCES,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

export interface Candidate {
  change: InputChange;
  /** How far the change is from the input: 1 per boolean, enum step or cloud service; 1 + |log2| of the ratio for counts. */
  cost: number;
  fieldIndex: number;
  /** +1 toward more MSP pressure, -1 toward less (every field is ordered, see vocabulary.ts). */
  direction: 1 | -1;
}

type CountField = "headcount" | "endpoints" | "sites" | "remoteUsers";

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
  const { min, max } = COUNT_LIMITS[field];
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

function addCloud(out: Candidate[], input: AssessmentInput): void {
  const from = [...input.cloudServices]; // a copy: results never alias the caller's input
  for (const service of CLOUD_SERVICES) {
    const removing = from.includes(service);
    const to = removing
      ? CLOUD_SERVICES.filter((s) => s !== service && from.includes(s))
      : CLOUD_SERVICES.filter((s) => s === service || from.includes(s));
    out.push({
      change: { field: "cloudServices", from, to },
      cost: 1,
      fieldIndex: fieldIndex("cloudServices"),
      direction: removing ? -1 : 1,
    });
  }
}

const BOOLEAN_VALUES = [false, true] as const;

/** Every single-field change the search considers, in field order (about 26). */
export function singleChanges(input: AssessmentInput): Candidate[] {
  const out: Candidate[] = [];
  addCounts(out, input, "headcount");
  addCounts(out, input, "endpoints");
  addCounts(out, input, "sites");
  addCounts(out, input, "remoteUsers");
  addCloud(out, input);
  addOrdered(out, input, "centralFileSharing", BOOLEAN_VALUES);
  addOrdered(out, input, "backups", BACKUP_STATES);
  addOrdered(out, input, "businessAppDependency", BUSINESS_APP_DEPENDENCIES);
  addOrdered(out, input, "continuityRequirement", CONTINUITY_REQUIREMENTS);
  addOrdered(out, input, "interruptionTolerance", INTERRUPTION_TOLERANCES);
  addOrdered(out, input, "digitalDependence", DIGITAL_DEPENDENCES);
  addOrdered(out, input, "needsPredictableBudget", BOOLEAN_VALUES);
  addOrdered(out, input, "needsMonthlySteering", BOOLEAN_VALUES);
  return out;
}
