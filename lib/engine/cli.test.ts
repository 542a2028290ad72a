import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "./test-fixtures";
import { decide } from "./index";
import { english } from "./test-render";
import { isText } from "@/lib/i18n/engine-text";

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
};
let results: Record<keyof typeof runs, Run>;

beforeAll(async () => {
  const keys = Object.keys(runs) as (keyof typeof runs)[];
  const outcomes = await Promise.all(keys.map((key) => runs[key]()));
  results = Object.fromEntries(keys.map((key, i) => [key, outcomes[i]])) as Record<keyof typeof runs, Run>;
}, 120_000);

describe("scripts/decide.ts", () => {
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
    expect(results.badLocale).toEqual({ status: 2, stdout: "", stderr: "unknown locale xx (known: en)\n" });
  });
});
