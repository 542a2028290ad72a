import type { ConditionKey } from "./conditions";
import type { TriggerKey } from "./triggers";
import type { GridRow } from "./grid";
import type { ScopeItem } from "./scope";
import type { Confidence, Scores } from "./score";
import type { CostComparison } from "./costs";
import type { WhatWouldChangeEntry } from "./what-would-change";
import type { ServiceModel } from "./vocabulary";
import type { Text } from "./text";

export interface BreakFixCondition {
  key: ConditionKey;
  condition: Text;
  /** Holds from degree 0.5 (conditions.ts, HOLDS_FROM). */
  holds: boolean;
  /** How much it holds, 0 to 1 (size is graded: a zone, not one threshold). */
  degree: number;
}

export interface MspTrigger {
  key: TriggerKey;
  trigger: Text;
  present: boolean;
}

/** The engine's output (docs/engine.md, "Output"), keys in this order. */
export interface EngineResult {
  recommendation: ServiceModel;
  scores: Scores;
  confidence: Confidence;
  /** Set when the recommendation is a first step toward a more managed model, at the client's wish (`gradualTransition`). */
  transitionToward: ServiceModel | null;
  grid: GridRow[];
  breakFixConditions: BreakFixCondition[];
  mspTriggers: MspTrigger[];
  managedScope: ScopeItem[];
  reasons: Text[];
  whatWouldChange: WhatWouldChangeEntry[];
  /** Never null: every valid input has a cost comparison (the contract allows null; we never need it). */
  costs: CostComparison;
  engineVersion: string;
}
