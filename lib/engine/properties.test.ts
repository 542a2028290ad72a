import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import {
  CLOUD_SERVICES,
  CONFIDENCE_MARGINS,
  SERVICE_MODELS,
  applyChanges,
  decide,
  validateAssessmentInput,
  type AssessmentInput,
  type EngineKey,
  type EngineResult,
  type Text,
  type ServiceModel,
} from "./index";
import { arbAnyAssessmentInput } from "./test-arbitraries";
import { english } from "./test-render";
import { classify, recommend } from "./classify";
import { CONDITION_FIELDS, CONDITION_KEYS } from "./conditions";
import { singleChanges } from "./candidates";
import {
  BUSINESS_APP_DEPENDENCIES,
  CONTINUITY_REQUIREMENTS,
  DIGITAL_DEPENDENCES,
  INTERRUPTION_TOLERANCES,
} from "./vocabulary";

/** 2000-5000 runs per property; the heavier ones (several decisions per run) take the lower end. */
const RUNS = { numRuns: 3000 };
const HEAVY = { numRuns: 2000 };
const rank = (model: ServiceModel): number => SERVICE_MODELS.indexOf(model);
const m = { t: (key: string) => english({ key: `engine.${key}` as EngineKey }) };

/** Argmax written independently of score.ts: highest score, ties to the more managed model. */
function argmax(scores: EngineResult["scores"]): ServiceModel {
  const best = Math.max(...SERVICE_MODELS.map((model) => scores[model]));
  return [...SERVICE_MODELS].reverse().find((model) => scores[model] === best) ?? "MANAGED";
}

const raise = <T>(values: readonly T[], current: T, step: number): T => {
  const at = values.indexOf(current);
  return values[Math.min(values.length - 1, at + 1 + (step % (values.length - at)))] ?? current;
};

/** Changes the seed says can only push toward managed services (plus a few more the model also treats so). */
const MONOTONE_CHANGES: Record<string, (input: AssessmentInput, n: number) => AssessmentInput> = {
  addSite: (i, n) => ({ ...i, sites: i.sites + 1 + (n % 3) }),
  addRemoteUsers: (i, n) => ({ ...i, remoteUsers: Math.min(i.headcount, i.remoteUsers + 1 + (n % 12)) }),
  addCloudService: (i, n) => {
    const missing = CLOUD_SERVICES.filter((s) => !i.cloudServices.includes(s));
    const service = missing[n % Math.max(1, missing.length)];
    return service ? { ...i, cloudServices: [...i.cloudServices, service] } : i;
  },
  monitorBackups: (i) => ({ ...i, backups: "monitored" }),
  raiseContinuity: (i, n) => ({
    ...i,
    continuityRequirement: raise(CONTINUITY_REQUIREMENTS, i.continuityRequirement, n),
  }),
  raiseBusinessApps: (i, n) => ({
    ...i,
    businessAppDependency: raise(BUSINESS_APP_DEPENDENCIES, i.businessAppDependency, n),
  }),
  raiseDigital: (i, n) => ({ ...i, digitalDependence: raise(DIGITAL_DEPENDENCES, i.digitalDependence, n) }),
  lowerTolerance: (i, n) => ({
    ...i,
    interruptionTolerance: raise(INTERRUPTION_TOLERANCES, i.interruptionTolerance, n),
  }),
  addPeople: (i, n) => ({ ...i, headcount: i.headcount + 1 + (n % 30) }),
  addEndpoints: (i, n) => ({ ...i, endpoints: i.endpoints + 1 + (n % 30) }),
  needBudget: (i) => ({ ...i, needsPredictableBudget: true }),
  needSteering: (i) => ({ ...i, needsMonthlySteering: true }),
  shareFiles: (i) => ({ ...i, centralFileSharing: true }),
};

function texts(result: EngineResult): string[] {
  return (
    [
      ...result.reasons,
      ...result.whatWouldChange.map((e) => e.text),
      ...result.costs.notes,
      ...result.grid.map((r) => r.situation),
      ...result.breakFixConditions.map((c) => c.condition),
      ...result.mspTriggers.map((t) => t.trigger),
    ] as Text[]
  ).map(english);
}

// Generous timeout: each property runs thousands of decisions, and CI machines can be busy.
describe("decide over generated valid assessments", { timeout: 60_000 }, () => {
  test.prop([arbAnyAssessmentInput], HEAVY)("is deterministic: byte-identical JSON, input untouched", (input) => {
    expect(validateAssessmentInput(input).ok).toBe(true);
    const snapshot = JSON.stringify(input);
    const first = JSON.stringify(decide(input));
    expect(JSON.stringify(decide(structuredClone(input)))).toBe(first);
    expect(JSON.stringify(input)).toBe(snapshot);
  });

  test.prop([arbAnyAssessmentInput], { numRuns: 5000 })(
    "the search's fast recommend() agrees with classify()",
    (input) => {
      expect(recommend(input)).toBe(classify(input).recommendation);
    },
  );

  test.prop([arbAnyAssessmentInput], RUNS)(
    "a single-field change moves only the condition that reads that field",
    (input) => {
      const before = classify(input).conditions;
      for (const { change } of singleChanges(input)) {
        const after = classify(applyChanges(input, [change])).conditions;
        const moved = CONDITION_KEYS.filter((key) => after[key] !== before[key]);
        const readers = CONDITION_KEYS.filter((key) => CONDITION_FIELDS[key].includes(change.field));
        if (!moved.every((key) => readers.includes(key)) || readers.length > 1) {
          throw new Error(`${change.field} moved ${moved.join(", ")} (declared readers: ${readers.join(", ")})`);
        }
      }
    },
  );

  test.prop([arbAnyAssessmentInput], HEAVY)(
    "scores are integers in 0-100; the recommendation is their argmax; confidence is the margin rule",
    (input) => {
      const { scores, recommendation, confidence } = decide(input);
      const values = SERVICE_MODELS.map((model) => scores[model]);
      expect(
        values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100),
        JSON.stringify(scores),
      ).toBe(true);
      expect(recommendation).toBe(argmax(scores));
      const [top = 0, second = 0] = SERVICE_MODELS.map((model) => scores[model]).sort((a, b) => b - a);
      const margin = top - second;
      expect(confidence).toBe(
        margin >= CONFIDENCE_MARGINS.high ? "high" : margin >= CONFIDENCE_MARGINS.medium ? "medium" : "low",
      );
    },
  );

  test.prop([arbAnyAssessmentInput], HEAVY)(
    "the recommendation agrees with conditions, triggers, scope and reasons",
    (input) => {
      const result = decide(input);
      const allHold = result.breakFixConditions.every((c) => c.holds);
      const present = result.mspTriggers.filter((t) => t.present).length;
      expect(result.grid).toHaveLength(5);
      expect(result.grid[0]?.applies).toBe(allHold);
      expect(english(result.reasons[0]!).toLowerCase()).toContain(m.t(`model.${result.recommendation}`));
      if (result.recommendation === "BREAK_FIX") {
        expect(allHold).toBe(true);
        expect(present).toBeLessThanOrEqual(1);
        expect(result.managedScope).toEqual([]);
      } else {
        expect(result.managedScope.length).toBeGreaterThan(0);
        if (!allHold) expect(english(result.reasons[1]!)).toMatch(/^Break-fix is no longer coherent because /);
      }
      if (result.recommendation === "MANAGED") {
        expect(present).toBeGreaterThanOrEqual(2);
        expect(result.managedScope).toEqual(expect.arrayContaining(["backups", "endpoints"]));
      }
      if (result.breakFixConditions.every((c) => !c.holds)) expect(result.recommendation).not.toBe("BREAK_FIX");
      expect(texts(result).filter((text) => /[{}]|undefined|NaN/.test(text))).toEqual([]);
    },
  );

  test.prop([arbAnyAssessmentInput, fc.constantFrom(...Object.keys(MONOTONE_CHANGES)), fc.nat()], HEAVY)(
    "is monotone: more sites, remote users, cloud, monitoring, continuity, dependence or less tolerance never moves toward break-fix",
    (input, kind, n) => {
      const change = MONOTONE_CHANGES[kind];
      if (!change) throw new Error(kind);
      const changed = change(input, n);
      expect(validateAssessmentInput(changed).ok).toBe(true);
      expect(rank(decide(changed).recommendation)).toBeGreaterThanOrEqual(rank(decide(input).recommendation));
    },
  );

  test.prop([arbAnyAssessmentInput], HEAVY)(
    "every whatWouldChange entry, applied, really gives the stated recommendation",
    (input) => {
      const result = decide(input);
      expect(result.whatWouldChange.length).toBeLessThanOrEqual(3);
      for (const entry of result.whatWouldChange) {
        const [first] = entry.changes;
        expect({ field: entry.field, from: entry.from, to: entry.to }).toEqual(first);
        for (const change of entry.changes) expect(change.from).toEqual(input[change.field]);
        const changed = applyChanges(input, entry.changes);
        expect(validateAssessmentInput(changed).ok).toBe(true);
        expect(entry.recommendation).not.toBe(result.recommendation);
        expect(decide(changed).recommendation).toBe(entry.recommendation);
      }
    },
  );

  test.prop([arbAnyAssessmentInput], HEAVY)(
    "costs: horizon-long arrays, cents, running sums, drift, break-even",
    (input) => {
      const { costs } = decide(input);
      const horizon = costs.horizonMonths;
      expect(horizon).toBe(input.economics?.horizonMonths ?? 36);
      for (const model of SERVICE_MODELS) {
        const { monthly, cumulative, total } = costs[model];
        let running = 0;
        const problems = monthly.flatMap((value, i) => {
          running += Math.round(value * 100);
          const issues: string[] = [];
          if (!(value >= 0)) issues.push(`negative month ${i + 1}`);
          if (Math.round(value * 100) / 100 !== value) issues.push(`not in cents at ${i + 1}`);
          if (cumulative[i] !== running / 100) issues.push(`cumulative ${i + 1} is not the running sum`);
          if (i > 0 && (cumulative[i] ?? 0) < (cumulative[i - 1] ?? 0)) issues.push(`cumulative decreases at ${i + 1}`);
          return issues;
        });
        expect(problems, model).toEqual([]);
        expect([monthly.length, cumulative.length]).toEqual([horizon, horizon]);
        expect(total).toBe(cumulative.at(-1));
      }
      const bf = costs.BREAK_FIX.monthly;
      expect(bf.every((value, i) => i === 0 || value >= (bf[i - 1] ?? 0))).toBe(true);
      if (horizon >= 12 && (bf[0] ?? 0) >= 1) expect(bf.at(-1)).toBeGreaterThan(bf[0] ?? 0);
      expect(new Set(costs.MANAGED.monthly).size).toBeLessThanOrEqual(1);
      const against = costs[costs.breakEvenAgainst].cumulative;
      const expected = against.findIndex((value, i) => value <= (costs.BREAK_FIX.cumulative[i] ?? -1));
      expect(costs.breakEvenMonth).toBe(expected === -1 ? null : expected + 1);
    },
  );
});
