import type { AssessmentInput } from "./schema";
import type { ConditionState } from "./conditions";
import { CONDITION_KEYS, HOLDS_FROM } from "./conditions";
import { text, type Text } from "./text";

/** The two right-hand columns of the seed's grid, verbatim (contract values, never translated). */
export type BreakFixFit = "Suitable" | "Limited" | "Low visibility" | "Poor fit";
export type MspFit = "Often excessive" | "More suitable" | "Good visibility" | "Good fit";

/** Each fit's catalog key (engine.fit.*): the contract's values stay English in the output, the edge translates. */
export const GRID_FITS = {
  Suitable: "suitable",
  Limited: "limited",
  "Low visibility": "lowVisibility",
  "Poor fit": "poorFit",
  "Often excessive": "oftenExcessive",
  "More suitable": "moreSuitable",
  "Good visibility": "goodVisibility",
  "Good fit": "goodFit",
} as const satisfies Record<BreakFixFit | MspFit, string>;

export interface GridRow {
  key: GridKey;
  situation: Text;
  applies: boolean;
  breakFix: BreakFixFit;
  msp: MspFit;
}

interface GridRule {
  key: GridKey;
  breakFix: BreakFixFit;
  msp: MspFit;
  applies(input: AssessmentInput, conditions: ConditionState): boolean;
}

export const GRID_KEYS = [
  "verySmallLowCriticality",
  "multipleSitesOrRemoteUsers",
  "backupsToMonitor",
  "predictableBudget",
  "monthlySteering",
] as const;
export type GridKey = (typeof GRID_KEYS)[number];

/** Seed, "A simple decision grid", in seed order. */
const GRID: readonly GridRule[] = [
  {
    // "Very small and low-criticality environment": exactly the five break-fix conditions holding.
    key: "verySmallLowCriticality",
    breakFix: "Suitable",
    msp: "Often excessive",
    applies: (_input, conditions) => CONDITION_KEYS.every((key) => conditions[key] >= HOLDS_FROM),
  },
  {
    key: "multipleSitesOrRemoteUsers",
    breakFix: "Limited",
    msp: "More suitable",
    applies: (input) => input.sites >= 2 || input.remoteUsers >= 1,
  },
  {
    key: "backupsToMonitor",
    breakFix: "Limited",
    msp: "More suitable",
    // Backups checked regularly, and backups nobody checks: both need continuous monitoring.
    applies: (input) => input.backups !== "none",
  },
  {
    key: "predictableBudget",
    breakFix: "Low visibility",
    msp: "Good visibility",
    applies: (input) => input.needsPredictableBudget,
  },
  {
    key: "monthlySteering",
    breakFix: "Poor fit",
    msp: "Good fit",
    applies: (input) => input.needsMonthlySteering,
  },
];

export function buildGrid(input: AssessmentInput, conditions: ConditionState): GridRow[] {
  return GRID.map((rule) => ({
    key: rule.key,
    situation: text(`engine.grid.${rule.key}`),
    applies: rule.applies(input, conditions),
    breakFix: rule.breakFix,
    msp: rule.msp,
  }));
}
