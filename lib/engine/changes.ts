import type { AssessmentInput } from "./schema";

/** The assessment fields the what-would-change search may touch (all but economics), in contract order. */
export const CHANGE_FIELDS = [
  "headcount",
  "endpoints",
  "sites",
  "remoteUsers",
  "cloudServices",
  "centralFileSharing",
  "backups",
  "businessAppDependency",
  "continuityRequirement",
  "interruptionTolerance",
  "digitalDependence",
  "needsPredictableBudget",
  "needsMonthlySteering",
] as const satisfies readonly (keyof AssessmentInput)[];
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
  const next: AssessmentInput = {
    headcount: input.headcount,
    endpoints: input.endpoints,
    sites: input.sites,
    remoteUsers: input.remoteUsers,
    cloudServices: input.cloudServices,
    centralFileSharing: input.centralFileSharing,
    backups: input.backups,
    businessAppDependency: input.businessAppDependency,
    continuityRequirement: input.continuityRequirement,
    interruptionTolerance: input.interruptionTolerance,
    digitalDependence: input.digitalDependence,
    needsPredictableBudget: input.needsPredictableBudget,
    needsMonthlySteering: input.needsMonthlySteering,
  };
  if (first) setField(next, first);
  if (second) setField(next, second);
  return next;
}
