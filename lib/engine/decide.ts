import type { AssessmentInput, Economics } from "./schema";
import type { EngineResult } from "./types";
import { classify } from "./classify";
import { CONDITION_KEYS, HOLDS_FROM } from "./conditions";
import { TRIGGER_KEYS, presentTriggers } from "./triggers";
import { buildGrid } from "./grid";
import { hybridScope, scopeFor } from "./scope";
import { buildReasons } from "./reasons";
import { whatWouldChange } from "./what-would-change";
import { resolveEconomics } from "./economics";
import { compareCosts } from "./costs";
import { text } from "./text";
import { ENGINE_VERSION } from "./version";

export interface DecideOptions {
  /** The tenant's price list (blank fields: the documented defaults); `input.economics` overrides it field by field. */
  defaults?: Partial<Economics>;
}

/**
 * Recommends BREAK_FIX, HYBRID or MANAGED for one validated assessment (run
 * `validateAssessmentInput` on anything untrusted first). Pure and deterministic. The costs are
 * computed after the recommendation and never change it (seed: "the choice is not purely financial").
 */
export function decide(input: AssessmentInput, options: DecideOptions = {}): EngineResult {
  const c = classify(input);
  const managedScope = scopeFor(c.recommendation, input);
  const economics = resolveEconomics(input, options.defaults);
  return {
    recommendation: c.recommendation,
    scores: c.scores,
    confidence: c.confidence,
    transitionToward: c.transitionToward,
    grid: buildGrid(input, c.conditions),
    breakFixConditions: CONDITION_KEYS.map((key) => ({
      key,
      condition: text(`engine.condition.${key}`),
      holds: c.conditions[key] >= HOLDS_FROM,
      degree: Math.round(c.conditions[key] * 100) / 100,
    })),
    mspTriggers: TRIGGER_KEYS.map((key) => ({ key, trigger: text(`engine.trigger.${key}`), present: c.triggers[key] })),
    managedScope,
    reasons: buildReasons(input, c, managedScope),
    whatWouldChange: whatWouldChange(input, c.recommendation),
    costs: compareCosts({
      input,
      recommendation: c.recommendation,
      triggerCount: presentTriggers(c.triggers).length,
      hybridScope: hybridScope(input),
      economics,
    }),
    engineVersion: ENGINE_VERSION,
  };
}
