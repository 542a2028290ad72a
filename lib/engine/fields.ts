import {
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  COUNT_LIMITS,
  DIGITAL_DEPENDENCES,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

/**
 * The engine's input fields, declared ONCE (docs/decision-engine.md, "Input contract"), in
 * contract order. Everything else derives from this table: the engine's zod schema, the
 * what-would-change candidates and clauses, the assessment form's fields and options, the
 * draft and stored readers, the answers summary, the what-if, the test generators.
 *
 * - `count`: a whole number within bounds;
 * - `flag`: yes or no (ordered [false, true]: true is more MSP pressure);
 * - `choice`: one value of an ordered list, from the least to the most MSP pressure;
 * - `set`: any subset of a list, without repeats (more items is more MSP pressure).
 */
export type CountDef = { readonly kind: "count"; readonly min: number; readonly max: number };
export type FlagDef = { readonly kind: "flag" };
export type ChoiceDef<V extends string = string> = { readonly kind: "choice"; readonly values: readonly V[] };
export type SetDef<V extends string = string> = { readonly kind: "set"; readonly values: readonly V[] };
export type FieldDef = CountDef | FlagDef | ChoiceDef | SetDef;

const count = (limits: { min: number; max: number }): CountDef => ({ kind: "count", ...limits });
const flag = (): FlagDef => ({ kind: "flag" });
const choice = <V extends string>(values: readonly V[]): ChoiceDef<V> => ({ kind: "choice", values });
const set = <V extends string>(values: readonly V[]): SetDef<V> => ({ kind: "set", values });

export const INPUT_FIELDS = {
  headcount: count(COUNT_LIMITS.headcount),
  endpoints: count(COUNT_LIMITS.endpoints),
  sites: count(COUNT_LIMITS.sites),
  remoteUsers: count(COUNT_LIMITS.remoteUsers),
  cloudServices: set(CLOUD_SERVICES),
  centralFileSharing: flag(),
  backups: choice(BACKUP_STATES),
  businessAppDependency: choice(BUSINESS_APP_DEPENDENCIES),
  continuityRequirement: choice(CONTINUITY_REQUIREMENTS),
  interruptionTolerance: choice(INTERRUPTION_TOLERANCES),
  digitalDependence: choice(DIGITAL_DEPENDENCES),
  needsPredictableBudget: flag(),
  needsMonthlySteering: flag(),
} as const satisfies Record<string, FieldDef>;

export type InputField = keyof typeof INPUT_FIELDS;
type Defs = typeof INPUT_FIELDS;

/** The fields in contract order. */
export const INPUT_FIELD_NAMES = Object.keys(INPUT_FIELDS) as InputField[];

/** The value a field holds, from its definition. */
export type FieldValue<D> = D extends CountDef
  ? number
  : D extends FlagDef
    ? boolean
    : D extends ChoiceDef<infer V>
      ? V
      : D extends SetDef<infer V>
        ? V[]
        : never;
export type InputValues = { [F in InputField]: FieldValue<Defs[F]> };

/** The fields of one kind, typed (`fieldsOfKind("count")` → "headcount" | "endpoints" | …). */
export type FieldsOfKind<K extends FieldDef["kind"]> = {
  [F in InputField]: Defs[F]["kind"] extends K ? F : never;
}[InputField];

export function fieldsOfKind<K extends FieldDef["kind"]>(kind: K): FieldsOfKind<K>[] {
  return INPUT_FIELD_NAMES.filter((f) => INPUT_FIELDS[f].kind === kind) as FieldsOfKind<K>[];
}

export const COUNT_FIELDS = fieldsOfKind("count");
export const FLAG_FIELDS = fieldsOfKind("flag");
export const CHOICE_FIELDS = fieldsOfKind("choice");
export const SET_FIELDS = fieldsOfKind("set");

export type CountField = FieldsOfKind<"count">;
export type FlagField = FieldsOfKind<"flag">;
export type ChoiceField = FieldsOfKind<"choice">;
export type SetField = FieldsOfKind<"set">;

/** The ordered values of a choice field (least to most MSP pressure). */
export function choiceValues<F extends ChoiceField>(field: F): readonly InputValues[F][] {
  return (INPUT_FIELDS[field] as ChoiceDef).values as readonly InputValues[F][];
}

/** The values a set field may hold. */
export function setValues<F extends SetField>(field: F): readonly InputValues[F][number][] {
  return (INPUT_FIELDS[field] as SetDef).values as readonly InputValues[F][number][];
}
