import type { AssessmentInput } from "./schema";
import { INPUT_FIELD_NAMES } from "./fields";

/** The assessment fields the what-would-change search may touch: every input field (not economics), in contract order. */
export const CHANGE_FIELDS = INPUT_FIELD_NAMES;
export type ChangeField = (typeof CHANGE_FIELDS)[number];

type ChangeMap = { [F in ChangeField]: { field: F; from: AssessmentInput[F]; to: AssessmentInput[F] } };

/** One field set from one value to another. */
export type InputChange<F extends ChangeField = ChangeField> = ChangeMap[F];

function setField<F extends ChangeField>(target: AssessmentInput, change: ChangeMap[F]): void {
  target[change.field] = change.to;
}

/** The input with the changes applied (a new object; the input is not modified). */
export function applyChanges(input: AssessmentInput, changes: readonly InputChange[]): AssessmentInput {
  const next: AssessmentInput = { ...input };
  for (const change of changes) setField(next, change);
  return next;
}

/**
 * The fields the classification reads, copied into one fixed object shape (no economics) with
 * up to two changes applied. The what-would-change search runs this hundreds of times per decision:
 * a fixed literal keeps it monomorphic and several times faster than a spread.
 */
export function classificationCopy(input: AssessmentInput, first?: InputChange, second?: InputChange): AssessmentInput {
  // Built key by key in one fixed order, so every copy has the same shape (monomorphic, fast).
  const next = {} as Record<ChangeField, unknown>;
  for (const field of CHANGE_FIELDS) next[field] = input[field];
  const copy = next as AssessmentInput;
  if (first) setField(copy, first);
  if (second) setField(copy, second);
  return copy;
}
