import {
  BACKUP_PRACTICE,
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CLOUD_SERVICES,
  CONTINUITY_REQUIREMENTS,
  COUNT_LIMITS,
  DIGITAL_DEPENDENCES,
  DOCUMENTATION_PRACTICE,
  DOCUMENTATION_STATES,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

/**
 * The engine's input fields, declared ONCE, in contract order. Everything else derives from
 * this table: the engine's zod schema, the what-would-change candidates and clauses, the
 * assessment form's fields and options, the draft and stored readers, the answers summary, the
 * what-if, the test generators.
 *
 * - `count`: a whole number within bounds;
 * - `flag`: yes or no; `values` orders them by pressure ([false, true] unless said otherwise);
 * - `choice`: one value of a list ordered from the least to the most MSP pressure;
 *   `practice`, when given, orders them from the worst practice to the best (and is the order
 *   the wizard shows);
 * - `set`: any subset of a list, without repeats (more items is more MSP pressure).
 *
 * `optional`: the engine accepts the field absent (inputs written before it existed) and says
 * what it assumes instead. `plausible`: which changes "what would change" may suggest, never a
 * worse practice (issue 15): `growth` only toward more pressure (an organization grows, adopts a
 * service, comes to depend more on its tools), `practice` only toward a better practice,
 * `preference` both ways (a stated need or wish the client may revise).
 */
type Common = { readonly optional?: true; readonly plausible: "growth" | "practice" | "preference" };
export type CountDef = Common & { readonly kind: "count"; readonly min: number; readonly max: number };
export type FlagDef = Common & { readonly kind: "flag"; readonly values: readonly [boolean, boolean] };
export type ChoiceDef<V extends string = string> = Common & {
  readonly kind: "choice";
  readonly values: readonly V[];
  readonly practice?: readonly V[];
};
export type SetDef<V extends string = string> = Common & { readonly kind: "set"; readonly values: readonly V[] };
export type FieldDef = CountDef | FlagDef | ChoiceDef | SetDef;

const growth = { plausible: "growth" } as const;
const count = (limits: { min: number; max: number }): CountDef => ({ kind: "count", ...limits, ...growth });
const flag = (plausible: Common["plausible"] = "preference"): FlagDef => ({
  kind: "flag",
  values: [false, true],
  plausible,
});
const choice = <V extends string>(values: readonly V[]): ChoiceDef<V> => ({ kind: "choice", values, ...growth });
const set = <V extends string>(values: readonly V[]): SetDef<V> => ({ kind: "set", values, ...growth });

export const INPUT_FIELDS = {
  headcount: count(COUNT_LIMITS.headcount),
  /** The people who depend on IT daily (the seed's "few users"); absent: the whole headcount. */
  itUsers: { ...count(COUNT_LIMITS.itUsers), optional: true },
  /** Workstations, laptops, servers and phones to support (servers included). */
  endpoints: count(COUNT_LIMITS.endpoints),
  sites: count(COUNT_LIMITS.sites),
  remoteUsers: count(COUNT_LIMITS.remoteUsers),
  cloudServices: set(CLOUD_SERVICES),
  centralFileSharing: flag("growth"),
  backups: { kind: "choice", values: BACKUP_STATES, practice: BACKUP_PRACTICE, plausible: "practice" },
  /** Absent: not assessed (no effect on the recommendation, a middle estimate in the costs). */
  documentation: {
    kind: "choice",
    values: DOCUMENTATION_STATES,
    practice: DOCUMENTATION_PRACTICE,
    plausible: "practice",
    optional: true,
  },
  businessAppDependency: choice(BUSINESS_APP_DEPENDENCIES),
  continuityRequirement: choice(CONTINUITY_REQUIREMENTS),
  interruptionTolerance: choice(INTERRUPTION_TOLERANCES),
  digitalDependence: choice(DIGITAL_DEPENDENCES),
  needsPredictableBudget: flag(),
  needsMonthlySteering: flag(),
  /**
   * The client wishes to move step by step rather than at once (seed: hybrid "can serve as a
   * transition phase when the organization does not want to move immediately to full managed
   * services"). `true` is the less managed answer. Absent: no such wish.
   */
  gradualTransition: { kind: "flag", values: [true, false], plausible: "preference", optional: true },
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

/** The fields of one kind, typed (`FieldsOfKind<"count">` → "headcount" | "itUsers" | …). */
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

/** The fields the engine accepts absent. */
export type OptionalField = {
  [F in InputField]: Defs[F] extends { optional: true } ? F : never;
}[InputField];
export const OPTIONAL_FIELDS = INPUT_FIELD_NAMES.filter(
  (f) => (INPUT_FIELDS[f] as FieldDef).optional === true,
) as OptionalField[];

/** The ordered values of a choice field (least to most MSP pressure). */
export function choiceValues<F extends ChoiceField>(field: F): readonly InputValues[F][] {
  return (INPUT_FIELDS[field] as ChoiceDef).values as readonly InputValues[F][];
}

/** The values of a choice field in the order a person reads them (worst to best practice, else by pressure). */
export function displayValues<F extends ChoiceField>(field: F): readonly InputValues[F][] {
  const def = INPUT_FIELDS[field] as ChoiceDef;
  return (def.practice ?? def.values) as readonly InputValues[F][];
}

/** The values of a set field. */
export function setValues<F extends SetField>(field: F): readonly InputValues[F][number][] {
  return (INPUT_FIELDS[field] as SetDef).values as readonly InputValues[F][number][];
}

/** A flag's two values ordered by pressure. */
export function flagValues(field: FlagField): readonly [boolean, boolean] {
  return INPUT_FIELDS[field].values;
}
