import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { currentCatalog, type PostureCatalog } from "@/lib/posture/catalog";
import { comparePosture } from "@/lib/posture/compare";
import { rankItems, scorePosture, topGaps, type ScoredAnswer } from "@/lib/posture/score";
import { buildPostureTrend, POSTURE_TREND_POINTS } from "@/lib/posture/trend";
import {
  ANSWER_LEVELS,
  CSF_FUNCTIONS,
  LEVEL_POINTS,
  MATURITY_LEVELS,
  type AnswerLevel,
} from "@/lib/posture/vocabulary";

const catalog = currentCatalog();
const all = (level: AnswerLevel | null): ScoredAnswer[] => catalog.questions.map((q) => ({ questionId: q.id, level }));

/** A small hand-made catalog, so expected scores can be worked out on paper. */
const tiny: PostureCatalog = {
  ...catalog,
  questions: [
    { ...catalog.questions[0]!, id: "gv-a", function: "GV", weight: 3 },
    { ...catalog.questions[0]!, id: "gv-b", function: "GV", weight: 1 },
    { ...catalog.questions[0]!, id: "pr-a", function: "PR", weight: 2 },
  ],
};

const arbAnswers = fc.array(fc.constantFrom<AnswerLevel | null>(...ANSWER_LEVELS, null), {
  minLength: catalog.questions.length,
  maxLength: catalog.questions.length,
});
const toAnswers = (levels: (AnswerLevel | null)[]): ScoredAnswer[] =>
  catalog.questions.map((q, i) => ({ questionId: q.id, level: levels[i] ?? null }));

describe("scorePosture: worked examples", () => {
  it("weights each answer's points by the question's weight", () => {
    // GV: gv-a partially (3 × 1) + gv-b verified (1 × 3) = 6 of (3 + 1) × 3 = 12 → 50.
    const result = scorePosture(tiny, [
      { questionId: "gv-a", level: "partial" },
      { questionId: "gv-b", level: "verified" },
      { questionId: "pr-a", level: "in_place" },
    ]);
    expect(result.functions.GV).toEqual({ score: 50, questions: 2, applicable: 2, notApplicable: 0 });
    // PR: 2 × 2 of 2 × 3 → 66.67 → 67.
    expect(result.functions.PR.score).toBe(67);
    // Functions without questions have no score; the overall is the mean of those that exist.
    expect(result.functions.DE).toEqual({ score: null, questions: 0, applicable: 0, notApplicable: 0 });
    expect(result.overall).toBe(Math.round((50 + 67) / 2));
    expect(result.catalogVersion).toBe(catalog.version);
  });

  it("leaves 'does not apply' and unanswered questions out of the score", () => {
    const result = scorePosture(tiny, [
      { questionId: "gv-a", level: "not_applicable" },
      { questionId: "gv-b", level: "in_place" },
    ]);
    expect(result.functions.GV).toEqual({ score: 67, questions: 2, applicable: 1, notApplicable: 1 });
    expect(result.functions.PR.score).toBeNull();
    expect(result.overall).toBe(67);
  });

  it("scores 100 when everything is verified and 0 when nothing is in place", () => {
    const top = scorePosture(catalog, all("verified"));
    const bottom = scorePosture(catalog, all("not_in_place"));
    for (const fn of CSF_FUNCTIONS) {
      expect(top.functions[fn].score).toBe(100);
      expect(bottom.functions[fn].score).toBe(0);
    }
    expect([top.overall, bottom.overall]).toEqual([100, 0]);
    expect(scorePosture(catalog, all("not_applicable")).overall).toBeNull();
    expect(scorePosture(catalog, []).overall).toBeNull();
  });
});

describe("scorePosture: properties", () => {
  test.prop([arbAnswers], { numRuns: 500 })(
    "scores are whole numbers in 0–100, null exactly when nothing applies",
    (levels) => {
      const result = scorePosture(catalog, toAnswers(levels));
      for (const fn of CSF_FUNCTIONS) {
        const f = result.functions[fn];
        const applicable = catalog.questions.filter(
          (q, i) => q.function === fn && levels[i] !== null && levels[i] !== "not_applicable",
        ).length;
        expect(f.applicable).toBe(applicable);
        if (applicable === 0) expect(f.score).toBeNull();
        else {
          expect(Number.isInteger(f.score)).toBe(true);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(100);
        }
      }
      const present = CSF_FUNCTIONS.map((fn) => result.functions[fn].score).filter((s) => s !== null);
      expect(result.overall === null).toBe(present.length === 0);
    },
  );

  test.prop([arbAnswers, fc.nat(), fc.constantFrom(...MATURITY_LEVELS)], { numRuns: 500 })(
    "raising one answer never lowers its function's score nor the overall score",
    (levels, index, raised) => {
      const i = index % catalog.questions.length;
      const before = levels[i];
      if (before === null || before === undefined || before === "not_applicable") return;
      if (LEVEL_POINTS[raised] < LEVEL_POINTS[before]) return;
      const next = [...levels];
      next[i] = raised;
      const a = scorePosture(catalog, toAnswers(levels));
      const b = scorePosture(catalog, toAnswers(next));
      const fn = catalog.questions[i]!.function;
      expect(b.functions[fn].score!).toBeGreaterThanOrEqual(a.functions[fn].score!);
      expect(b.overall!).toBeGreaterThanOrEqual(a.overall!);
      for (const other of CSF_FUNCTIONS.filter((f) => f !== fn))
        expect(b.functions[other].score).toBe(a.functions[other].score);
    },
  );

  test.prop([arbAnswers], { numRuns: 300 })(
    "ranks every question once, most severe first, gaps only below 'in place'",
    (levels) => {
      const answers = toAnswers(levels);
      const ranked = rankItems(catalog, answers);
      expect(ranked.map((r) => r.question.id).sort()).toEqual(catalog.questions.map((q) => q.id).sort());
      const applicable = ranked.filter((r) => r.points !== null);
      expect(ranked.slice(0, applicable.length)).toEqual(applicable);
      for (let k = 1; k < applicable.length; k++)
        expect(applicable[k]!.severity).toBeLessThanOrEqual(applicable[k - 1]!.severity);
      const gaps = topGaps(catalog, answers);
      expect(gaps.every((g) => g.level === "not_in_place" || g.level === "partial")).toBe(true);
      expect(gaps.length).toBe(levels.filter((l) => l === "not_in_place" || l === "partial").length);
    },
  );
});

describe("rankItems: ties", () => {
  it("puts the lower level first at equal severity, then keeps catalog order", () => {
    // gv-a weight 3 partially: severity 3 × 2 = 6; pr-a weight 2 not in place: 2 × 3 = 6.
    const ranked = rankItems(tiny, [
      { questionId: "gv-a", level: "partial" },
      { questionId: "pr-a", level: "not_in_place" },
      { questionId: "gv-b", level: "not_in_place" },
    ]);
    expect(ranked.map((r) => [r.question.id, r.severity])).toEqual([
      ["pr-a", 6],
      ["gv-a", 6],
      ["gv-b", 3],
    ]);
  });
});

describe("comparePosture", () => {
  test.prop([arbAnswers], { numRuns: 200 })("an assessment compared with itself changes nothing", (levels) => {
    const side = { result: scorePosture(catalog, toAnswers(levels)), answers: toAnswers(levels), catalog };
    const c = comparePosture(side, side);
    for (const fn of CSF_FUNCTIONS) expect(c.functions[fn].delta ?? 0).toBe(0);
    for (const item of c.items) expect(item.change === "same" || item.change === "new").toBe(true);
  });

  it("says which items got better or worse, and by how much each function moved", () => {
    const before: ScoredAnswer[] = [
      { questionId: "gv-a", level: "not_in_place" },
      { questionId: "gv-b", level: "verified" },
      { questionId: "pr-a", level: "in_place" },
    ];
    const after: ScoredAnswer[] = [
      { questionId: "gv-a", level: "in_place" },
      { questionId: "gv-b", level: "partial" },
      { questionId: "pr-a", level: "not_applicable" },
    ];
    const c = comparePosture(
      { result: scorePosture(tiny, after), answers: after, catalog: tiny },
      { result: scorePosture(tiny, before), answers: before, catalog: tiny },
    );
    expect(c.items.map((i) => [i.questionId, i.change])).toEqual([
      ["gv-a", "better"],
      ["gv-b", "worse"],
      ["pr-a", "changed"],
    ]);
    // GV: 3/12 = 25 → (3×2 + 1×1)/12 = 58.
    expect(c.functions.GV).toEqual({ before: 25, after: 58, delta: 33 });
    expect(c.functions.PR).toEqual({ before: 67, after: null, delta: null });
  });

  it("marks questions of a newer catalog as new and dropped ones as removed", () => {
    const newer: PostureCatalog = {
      ...tiny,
      version: "2",
      questions: [tiny.questions[0]!, { ...tiny.questions[2]!, id: "pr-new" }],
    };
    const earlier = [
      { questionId: "gv-a", level: "partial" as const },
      { questionId: "pr-a", level: "partial" as const },
    ];
    const later = [
      { questionId: "gv-a", level: "partial" as const },
      { questionId: "pr-new", level: "in_place" as const },
    ];
    const c = comparePosture(
      { result: scorePosture(newer, later), answers: later, catalog: newer },
      { result: scorePosture(tiny, earlier), answers: earlier, catalog: tiny },
    );
    expect(c.items.map((i) => [i.questionId, i.change])).toEqual([
      ["gv-a", "same"],
      ["pr-new", "new"],
      ["gv-b", "removed"],
      ["pr-a", "removed"],
    ]);
  });
});

describe("buildPostureTrend", () => {
  it("keeps the newest assessments, oldest first, and skips unreadable results", () => {
    const result = scorePosture(catalog, all("partial"));
    const rows = Array.from({ length: POSTURE_TREND_POINTS + 2 }, (_, i) => ({
      id: `a${i}`,
      finalizedAt: new Date(Date.UTC(2026, i, 15)),
      latestAsOf: new Date(Date.UTC(2026, i, 10)),
      result: i === 3 ? null : result,
    })).reverse();
    const trend = buildPostureTrend(rows);
    // a3 has no readable result; of the seven left, the six newest, oldest first.
    expect(trend.points.map((p) => p.assessmentId)).toEqual(["a1", "a2", "a4", "a5", "a6", "a7"]);
    expect(trend.points[0]).toMatchObject({ date: "2026-02-15", asOf: "2026-02-10", overall: 33 });
    expect(trend.points[0]!.functions.GV).toBe(33);
  });
});
