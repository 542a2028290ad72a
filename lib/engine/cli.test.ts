import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { SERVICE_MODELS, decide, type AssessmentInput, type EngineResult } from "./index";
import { arbAnyAssessmentInput } from "./test-arbitraries";
import { english } from "./test-render";
import { isText } from "@/lib/i18n/engine-text";
import { DEMO_PRICE_LISTS } from "@/lib/seed/price-lists";
import { COUNT_LIMITS } from "./vocabulary";

const TSX = join(process.cwd(), "node_modules/.bin/tsx");
const SCRIPT = join(process.cwd(), "scripts/decide.ts");

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `tsx scripts/decide.ts [args]` with `stdin`; resolves when it exits. */
function run(stdin: string, args: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [SCRIPT, ...args], { stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const dir = mkdtempSync(join(tmpdir(), "decide-cli-"));
const pricing = join(dir, "pricing.json");
const badPricing = join(dir, "bad.json");
writeFileSync(pricing, JSON.stringify({ hourlyRate: 120, horizonMonths: 12 }));
writeFileSync(badPricing, JSON.stringify({ hourlyRate: -5 }));
/** The demo tenants' price lists, as an MSP would pass its own with --defaults. */
const demoPricing = Object.fromEntries(
  Object.entries(DEMO_PRICE_LISTS).map(([tenant, list]) => {
    const file = join(dir, `${tenant}.json`);
    writeFileSync(file, JSON.stringify(list));
    return [tenant, file];
  }),
) as Record<keyof typeof DEMO_PRICE_LISTS, string>;

/**
 * The rules of engine v2 through the CLI: generated clients (a fixed seed), each with the variants
 * a rule compares, decided in one CLI run; the checks below read the CLI's output only.
 */
const RULE_SAMPLE = fc
  .sample(arbAnyAssessmentInput, { numRuns: 150, seed: 20261215 })
  .map(({ incidentHistory: _h, economics: _e, ...input }) => input as AssessmentInput);
const bigger = (i: AssessmentInput): AssessmentInput => ({
  ...i,
  headcount: i.headcount * 4,
  endpoints: i.endpoints * 4,
  remoteUsers: i.remoteUsers * 4,
  ...(i.itUsers === undefined ? {} : { itUsers: i.itUsers * 4 }),
});
const VARIANTS = {
  base: (i: AssessmentInput) => i,
  steering: (i: AssessmentInput) => ({ ...i, needsMonthlySteering: true }),
  budget: (i: AssessmentInput) => ({ ...i, needsPredictableBudget: true }),
  checked: (i: AssessmentInput) => ({ ...i, backups: "monitored" as const }),
  unchecked: (i: AssessmentInput) => ({ ...i, backups: "unmonitored" as const }),
  bigger,
  /** Several strong managed triggers agreeing (several sites, ERP, continuity, low tolerance). */
  strong: (i: AssessmentInput) => ({
    ...i,
    sites: Math.max(2, i.sites),
    businessAppDependency: "high" as const,
    continuityRequirement: "strong" as const,
    interruptionTolerance: "low" as const,
    gradualTransition: false,
  }),
};
type Variant = keyof typeof VARIANTS;
const VARIANT_KEYS = Object.keys(VARIANTS) as Variant[];
const RULE_INPUTS = RULE_SAMPLE.flatMap((input) => VARIANT_KEYS.map((v) => VARIANTS[v](input)));

const LARGEST: AssessmentInput = {
  ...EXAMPLE_2,
  headcount: COUNT_LIMITS.headcount.max,
  itUsers: COUNT_LIMITS.headcount.max,
  endpoints: COUNT_LIMITS.endpoints.max,
  sites: COUNT_LIMITS.sites.max,
  remoteUsers: COUNT_LIMITS.remoteUsers.max,
  incidentHistory: { incidents: 1_000_000, hours: 1_000_000, months: 1, source: "assessment" },
};
const SEED_INPUTS = [EXAMPLE_1, EXAMPLE_2, EXAMPLE_3, LARGEST];

/** Every CLI run the tests need, started together (each one is a fresh Node process). */
const runs = {
  object: () => run(JSON.stringify(EXAMPLE_3)),
  objectAgain: () => run(JSON.stringify(EXAMPLE_3)),
  array: () => run(JSON.stringify([EXAMPLE_1, EXAMPLE_2, EXAMPLE_3])),
  invalidItem: () => run(JSON.stringify([EXAMPLE_1, { ...EXAMPLE_2, headcount: 12, remoteUsers: 13 }])),
  invalidJson: () => run("{ not json"),
  withDefaults: () => run(JSON.stringify({ ...EXAMPLE_1, economics: { horizonMonths: 6 } }), ["--defaults", pricing]),
  badDefaults: () => run("", [`--defaults=${badPricing}`]),
  codes: () => run(JSON.stringify(EXAMPLE_3), ["--codes", "--locale=en"]),
  badLocale: () => run(JSON.stringify(EXAMPLE_3), ["--locale", "xx"]),
  rules: () => run(JSON.stringify(RULE_INPUTS), ["--codes"]),
  /** The same clients on a demo tenant's price list: the recommendation must not move. */
  rulesPriced: () => run(JSON.stringify(RULE_SAMPLE), ["--codes", "--defaults", demoPricing.northwind]),
  /** The seed's examples and the largest accepted input, with the defaults and each demo price list. */
  seedDefaults: () => run(JSON.stringify(SEED_INPUTS), ["--codes"]),
  seedNorthwind: () => run(JSON.stringify(SEED_INPUTS), ["--codes", "--defaults", demoPricing.northwind]),
  seedBluepeak: () => run(JSON.stringify(SEED_INPUTS), ["--codes", "--defaults", demoPricing.bluepeak]),
};
let results: Record<keyof typeof runs, Run>;

beforeAll(async () => {
  const keys = Object.keys(runs) as (keyof typeof runs)[];
  const outcomes = await Promise.all(keys.map((key) => runs[key]()));
  results = Object.fromEntries(keys.map((key, i) => [key, outcomes[i]])) as Record<keyof typeof runs, Run>;
}, 300_000);

// The checks below read hundreds of results: generous on a loaded 2-core machine.
describe("scripts/decide.ts", { timeout: 60_000 }, () => {
  it("decides one object: JSON with 2-space indent on stdout, exit 0", () => {
    expect(results.object).toEqual({
      status: 0,
      stdout: `${JSON.stringify(decide(EXAMPLE_3), (_k, v: unknown) => (isText(v) ? english(v) : v), 2)}\n`,
      stderr: "",
    });
  });

  it("gives byte-identical output across two runs", () => {
    expect(results.objectAgain.stdout).toBe(results.object.stdout);
  });

  it("decides an array into an array, in order", () => {
    expect(results.array.status).toBe(0);
    const decided = JSON.parse(results.array.stdout) as { recommendation: string }[];
    expect(decided.map((r) => r.recommendation)).toEqual(["BREAK_FIX", "MANAGED", "HYBRID"]);
  });

  it("rejects an invalid item with exit 2, naming the index and the field, nothing on stdout", () => {
    expect(results.invalidItem).toEqual({
      status: 2,
      stdout: "",
      stderr: "[1].remoteUsers: must be less than or equal to headcount (12)\n",
    });
  });

  it("rejects invalid JSON with exit 2", () => {
    expect(results.invalidJson.status).toBe(2);
    expect(results.invalidJson.stdout).toBe("");
    expect(results.invalidJson.stderr).toMatch(/^input: is not valid JSON/);
  });

  it("applies --defaults under each assessment's own economics, and validates the file", () => {
    expect(results.withDefaults.status).toBe(0);
    const decided = JSON.parse(results.withDefaults.stdout) as { costs: { assumptions: Record<string, number> } };
    expect(decided.costs.assumptions).toMatchObject({ hourlyRate: 120, horizonMonths: 6 });
    expect(results.badDefaults).toEqual({
      status: 2,
      stdout: "",
      stderr: "defaults.hourlyRate: must be greater than or equal to 0\n",
    });
  });

  it("prints the codes as stored with --codes, and sentences in --locale (English by default)", () => {
    expect(results.codes).toEqual({ status: 0, stdout: `${JSON.stringify(decide(EXAMPLE_3), null, 2)}\n`, stderr: "" });
    const sentences = JSON.parse(results.object.stdout) as { reasons: unknown[] };
    expect(sentences.reasons.every((r) => typeof r === "string")).toBe(true);
    expect(results.badLocale).toEqual({ status: 2, stdout: "", stderr: "unknown locale xx (known: en, fr)\n" });
  });

  it("holds engine v2's rules and cost sanity on generated clients, read from the CLI's output", () => {
    expect(results.rules.status).toBe(0);
    const out = JSON.parse(results.rules.stdout) as EngineResult[];
    expect(out).toHaveLength(RULE_INPUTS.length);
    const rank = (m: string) => SERVICE_MODELS.indexOf(m as (typeof SERVICE_MODELS)[number]);
    RULE_SAMPLE.forEach((input, n) => {
      const at = (v: Variant) => out[n * VARIANT_KEYS.length + VARIANT_KEYS.indexOf(v)]!;
      // The CLI answers what the library answers.
      expect(JSON.stringify(at("base"))).toBe(JSON.stringify(decide(input)));
      // A stated need for steering or a predictable budget rules out pure break-fix.
      expect(at("steering").recommendation).not.toBe("BREAK_FIX");
      expect(at("budget").recommendation).not.toBe("BREAK_FIX");
      // Backups nobody checks weigh at least as much as backups checked.
      expect(rank(at("unchecked").recommendation)).toBeGreaterThanOrEqual(rank(at("checked").recommendation));
      // A hybrid names what it covers, never only the endpoints.
      for (const v of VARIANT_KEYS) {
        const r = at(v);
        if (r.recommendation === "HYBRID")
          expect(r.managedScope.length > 0 && !r.managedScope.includes("endpoints")).toBe(true);
        // What would change never advises fewer backups checked nor a smaller organization.
        for (const e of r.whatWouldChange)
          for (const c of e.changes) {
            if (c.field === "backups") expect(c.to).toBe("monitored");
            if (typeof c.from === "number") expect(c.to as number).toBeGreaterThan(c.from);
          }
        // Every total is finite and non-negative, inside its band.
        for (const m of SERVICE_MODELS) {
          const c = r.costs[m];
          expect(Number.isFinite(c.total) && c.total >= 0 && c.totalLow <= c.total + 0.01).toBe(true);
        }
      }
      // Each model's cost grows with the client's size (same prices).
      for (const m of SERVICE_MODELS)
        expect(at("bigger").costs[m].total).toBeGreaterThanOrEqual(at("base").costs[m].total);
    });
  });

  it("keeps the recommendation and confidence whatever the prices, and the cost per person sane (CLI)", () => {
    expect(results.rulesPriced.status).toBe(0);
    const priced = JSON.parse(results.rulesPriced.stdout) as EngineResult[];
    const base = JSON.parse(results.rules.stdout) as EngineResult[];
    RULE_SAMPLE.forEach((input, n) => {
      const unpriced = base[n * VARIANT_KEYS.length]!;
      expect(priced[n]!.recommendation).toBe(unpriced.recommendation);
      expect(priced[n]!.confidence).toBe(unpriced.confidence);
      // The cost per person and endpoint stays under 600 a month, at any size and on either price list.
      const seats = Math.max(1, input.itUsers ?? input.headcount) + input.endpoints;
      for (const r of [priced[n]!, unpriced])
        for (const m of SERVICE_MODELS) expect(r.costs[m].total / r.costs.horizonMonths / seats).toBeLessThan(600);
      // Several strong managed triggers agreeing: managed services with high confidence.
      const strong = base[n * VARIANT_KEYS.length + VARIANT_KEYS.indexOf("strong")]!;
      expect([strong.recommendation, strong.confidence]).toEqual(["MANAGED", "high"]);
    });
  });

  it.each([
    ["the built-in defaults", "seedDefaults"],
    ["Northwind's price list", "seedNorthwind"],
    ["Bluepeak's price list", "seedBluepeak"],
  ] as const)("holds the seed's examples with %s, and stays finite at the largest input (CLI)", (_name, key) => {
    expect(results[key].status).toBe(0);
    const [one, two, three, largest] = JSON.parse(results[key].stdout) as EngineResult[];
    // Ten people: break-fix, and cheaper on break-fix over its first year.
    expect(one!.recommendation).toBe("BREAK_FIX");
    expect(one!.costs.BREAK_FIX.cumulative[11]).toBeLessThan(one!.costs.HYBRID.cumulative[11]!);
    expect(one!.costs.BREAK_FIX.cumulative[11]).toBeLessThan(one!.costs.MANAGED.cumulative[11]!);
    // Forty people: managed, cheaper on a recurring service within the horizon.
    expect(two!.recommendation).toBe("MANAGED");
    expect(two!.costs.breakEvenMonth).not.toBeNull();
    expect(two!.costs.breakEvenMonth!).toBeLessThanOrEqual(two!.costs.horizonMonths);
    // Twelve people with Microsoft 365 and backups: a hybrid on exactly those.
    expect([three!.recommendation, three!.managedScope]).toEqual(["HYBRID", ["backups", "microsoft365"]]);
    for (const m of SERVICE_MODELS) {
      const c = largest!.costs[m];
      for (const v of [c.total, c.totalLow, c.totalHigh]) expect(Number.isFinite(v) && v >= 0).toBe(true);
    }
  });
});
