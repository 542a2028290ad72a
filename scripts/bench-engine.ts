/**
 * `npm run bench:engine`: micro-benchmark of the decision engine. Reports evaluations per second
 * and mean µs per evaluation for single calls on the seed's worked examples and for a batch of
 * 10,000 generated valid assessments (fixed seed), each after a warm-up. `--quick` runs less.
 */
import fc from "fast-check";
import { decide, validateAssessmentInput, type AssessmentInput } from "../lib/engine/index";
import { classify } from "../lib/engine/classify";
import { arbAnyAssessmentInput } from "../lib/engine/test-arbitraries";
import { EXAMPLE_1, EXAMPLE_2, EXAMPLE_3 } from "../lib/engine/test-fixtures";

const quick = process.argv.includes("--quick");
const BATCH = quick ? 2_000 : 10_000;
const SINGLE_CALLS = quick ? 5_000 : 20_000;

interface Row {
  scenario: string;
  evaluations: number;
  totalMs: number;
}

/** Runs `fn` over `inputs` `rounds` times after one warm-up round; returns the timed row. */
function measure(
  scenario: string,
  inputs: readonly AssessmentInput[],
  rounds: number,
  fn: (input: AssessmentInput) => unknown,
): Row {
  let sink = 0;
  for (const input of inputs) sink += fn(input) === undefined ? 0 : 1;
  const start = performance.now();
  for (let round = 0; round < rounds; round += 1) {
    for (const input of inputs) sink += fn(input) === undefined ? 0 : 1;
  }
  const totalMs = performance.now() - start;
  if (sink < 0) console.log(sink); // keeps the calls observable
  return { scenario, evaluations: inputs.length * rounds, totalMs };
}

const batch = fc.sample(arbAnyAssessmentInput, { seed: 20261101, numRuns: BATCH });

const rows: Row[] = [
  measure("decide: example 1 (break-fix)", [EXAMPLE_1], SINGLE_CALLS, (i) => decide(i)),
  measure("decide: example 2 (managed, pair search)", [EXAMPLE_2], SINGLE_CALLS, (i) => decide(i)),
  measure("decide: example 3 (hybrid)", [EXAMPLE_3], SINGLE_CALLS, (i) => decide(i)),
  measure(`decide: batch of ${BATCH} generated`, batch, 3, (i) => decide(i)),
  measure(`validate + decide: batch of ${BATCH}`, batch, 3, (i) => {
    const checked = validateAssessmentInput(i);
    return checked.ok ? decide(checked.input) : checked;
  }),
  measure(`classify only (no text, costs, search): batch of ${BATCH}`, batch, 10, (i) => classify(i)),
];

const table = rows.map((row) => ({
  scenario: row.scenario,
  evaluations: row.evaluations,
  "evals/s": Math.round(row.evaluations / (row.totalMs / 1000)).toLocaleString("en-US"),
  "mean µs": ((row.totalMs * 1000) / row.evaluations).toFixed(1),
}));

console.log(`decision engine micro-benchmark (node ${process.version}${quick ? ", quick" : ""})`);
console.table(table);
