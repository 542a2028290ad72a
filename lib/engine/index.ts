/**
 * Mainstay's decision engine: break-fix, hybrid or managed services (docs/engine.md).
 * Pure TypeScript, no framework, no database, no node: imports (it also runs in the browser).
 */
export { decide, type DecideOptions } from "./decide";
export {
  assessmentInputShape,
  assessmentInputSchema,
  economicsSchema,
  type AssessmentInput,
  type Economics,
} from "./schema";
export {
  validateAssessmentInput,
  validateEconomics,
  issuePath,
  formatPath,
  toValidationIssues,
  type ValidationIssue,
  type ValidationResult,
  type EconomicsValidationResult,
} from "./validate";
export { DEFAULT_ECONOMICS, resolveEconomics, type PriceSource } from "./economics";
export { ESTIMATES, BAND, COVERAGE, STOP_SHARE, DOCUMENTATION_FACTOR, usersOf } from "./estimates";
export {
  ECONOMICS,
  ECONOMICS_KEYS,
  type EconomicsKey,
  type EconomicsDef,
  type EconomicsUnit,
  type EconomicsPer,
} from "./economics-keys";
export {
  INPUT_FIELDS,
  INPUT_FIELD_NAMES,
  COUNT_FIELDS,
  FLAG_FIELDS,
  CHOICE_FIELDS,
  SET_FIELDS,
  OPTIONAL_FIELDS,
  choiceValues,
  displayValues,
  flagValues,
  setValues,
  fieldsOfKind,
  type FieldDef,
  type InputField,
  type InputValues,
  type CountField,
  type FlagField,
  type ChoiceField,
  type SetField,
} from "./fields";
export {
  OUTSIDE_CONTRACT,
  BASELINE_KEYS,
  ASSUMPTION_UNITS,
  type AssumptionKey,
  type AssumptionSource,
  type BaselineKey,
  type CostComparison,
  type ModelCosts,
  type CostParameters,
} from "./costs";
export { ENGINE_VERSION } from "./version";
export {
  SERVICE_MODELS,
  CLOUD_SERVICES,
  BACKUP_STATES,
  BUSINESS_APP_DEPENDENCIES,
  CONTINUITY_REQUIREMENTS,
  INTERRUPTION_TOLERANCES,
  DIGITAL_DEPENDENCES,
  DOCUMENTATION_STATES,
  HISTORY_SOURCES,
  HISTORY_MONTHS,
  COUNT_LIMITS,
  ECONOMICS_MAX,
  HORIZON_LIMITS,
  type ServiceModel,
  type CloudService,
  type HistorySource,
} from "./vocabulary";
export type { IncidentHistory } from "./schema";
export type { EngineResult, BreakFixCondition, MspTrigger } from "./types";
export { GRID_KEYS, GRID_FITS, type GridRow, type GridKey, type BreakFixFit, type MspFit } from "./grid";
export { CONDITION_KEYS, SIZE_ZONES, HOLDS_FROM, type ConditionKey } from "./conditions";
export { TRIGGER_KEYS, type TriggerKey } from "./triggers";
export { SCOPE_ITEMS, CRITICAL_ITEMS, type ScopeItem } from "./scope";
export { THRESHOLDS, CONFIDENCE_MARGINS, type Scores, type Confidence } from "./score";
export {
  TRIGGER_WEIGHTS,
  TRIGGER_EXTRAS,
  MODIFIER_CAP,
  MODIFIER_POINTS,
  NEED_FLOORS,
  LIFT,
  PER_MISSING,
  SMALL_MANAGED_SHIFT,
} from "./pressure";
export { CHANGE_FIELDS, applyChanges, type ChangeField, type InputChange } from "./changes";
export { WHAT_WOULD_CHANGE_LIMIT, type WhatWouldChangeEntry } from "./what-would-change";
export { text, textList, type Text, type TextList, type TextParam, type EngineKey } from "./text";
