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
  // Backups to watch (none → monitored or unchecked) and unchecked ≥ checked: the seed's "backups to monitor continuously".
  backupsToWatch: (i, n) => ({
    ...i,
    backups: i.backups === "none" ? (n % 2 ? "monitored" : "unmonitored") : "unmonitored",
  }),
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
  dropGradualWish: (i) => ({ ...i, gradualTransition: false }),
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
    "scores are integers in 0-100; the recommendation is their argmax (or a first step at the client's wish); confidence at least the margin rule",
    (input) => {
      const { scores, recommendation, confidence, transitionToward } = decide(input);
      const values = SERVICE_MODELS.map((model) => scores[model]);
      expect(
        values.every((v) => Number.isInteger(v) && v >= 0 && v <= 100),
        JSON.stringify(scores),
      ).toBe(true);
      if (transitionToward === null) expect(recommendation).toBe(argmax(scores));
      else {
        expect(input.gradualTransition).toBe(true);
        expect([recommendation, transitionToward]).toEqual(["HYBRID", argmax(scores)]);
      }
      const [top = 0, second = 0] = SERVICE_MODELS.map((model) => scores[model]).sort((a, b) => b - a);
      const margin = top - second;
      const byMargin = margin >= CONFIDENCE_MARGINS.high ? 2 : margin >= CONFIDENCE_MARGINS.medium ? 1 : 0;
      expect(["low", "medium", "high"].indexOf(confidence)).toBeGreaterThanOrEqual(byMargin);
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

  test.prop([arbAnyAssessmentInput], RUNS)(
    "a stated need for monthly steering or a predictable budget rules out pure break-fix",
    (input) => {
      const steering = decide({ ...input, needsMonthlySteering: true });
      const budget = decide({ ...input, needsPredictableBudget: true });
      expect(steering.recommendation).not.toBe("BREAK_FIX");
      expect(budget.recommendation).not.toBe("BREAK_FIX");
      if (steering.recommendation === "HYBRID") expect(steering.managedScope).toContain("monthlySteering");
    },
  );

  test.prop([arbAnyAssessmentInput], RUNS)(
    "backups nobody checks weigh at least as much toward a managed service as backups already checked",
    (input) => {
      const unchecked = decide({ ...input, backups: "unmonitored" });
      const checked = decide({ ...input, backups: "monitored" });
      expect(rank(unchecked.recommendation)).toBeGreaterThanOrEqual(rank(checked.recommendation));
      expect(unchecked.scores.MANAGED).toBeGreaterThanOrEqual(checked.scores.MANAGED);
    },
  );

  test.prop([arbAnyAssessmentInput], RUNS)(
    "a hybrid always names what it covers from the seed's list, never only the endpoints",
    (input) => {
      const result = decide(input);
      if (result.recommendation !== "HYBRID") return;
      expect(result.managedScope.length).toBeGreaterThan(0);
      expect(result.managedScope).not.toContain("endpoints");
    },
  );

  test.prop([arbAnyAssessmentInput], HEAVY)(
    "what would change never advises a worse practice nor a smaller organization",
    (input) => {
      const better = { backups: ["none", "unmonitored", "monitored"], documentation: ["none", "scattered", "current"] };
      for (const { changes } of decide(input).whatWouldChange) {
        for (const change of changes) {
          if (change.field === "backups" || change.field === "documentation") {
            const order: readonly unknown[] = better[change.field];
            expect(order.indexOf(change.to)).toBeGreaterThan(order.indexOf(change.from));
          }
          if (typeof change.from === "number") expect(change.to as number).toBeGreaterThan(change.from);
          if (change.field === "cloudServices")
            expect((change.to as string[]).length).toBeGreaterThan(change.from.length);
        }
      }
    },
  );

  test.prop([arbAnyAssessmentInput], RUNS)("confidence is high when strong managed triggers agree", (input) => {
    const strong: AssessmentInput = {
      ...input,
      sites: Math.max(2, input.sites),
      businessAppDependency: "high",
      continuityRequirement: "strong",
      interruptionTolerance: "low",
      gradualTransition: false,
    };
    const result = decide(strong);
    expect(result.recommendation).toBe("MANAGED");
    expect(result.confidence).toBe("high");
  });

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
