import { describe, expect, it } from "vitest";
import { z } from "zod";
import csf from "@/lib/posture/reference/nist-csf-2.0.json";
import { currentCatalog } from "@/lib/posture/catalog";
import { toOscalAssessmentResults, type OscalTexts } from "@/lib/posture/oscal";
import { scorePosture } from "@/lib/posture/score";
import { ANSWER_LEVELS, type AnswerLevel } from "@/lib/posture/vocabulary";

/**
 * The export against the OSCAL 1.1 assessment-results model, written out here by hand from
 * NIST's metaschema (usnistgov/OSCAL src/metaschema/oscal_assessment-results_metaschema.xml and
 * oscal_assessment-common_metaschema.xml): required fields, allowed values, and no property the
 * model does not define (the JSON schema sets additionalProperties: false everywhere).
 */
const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[45][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const dateTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const token = z.string().regex(/^[A-Za-z_][\w.-]*$/);
const prop = z
  .object({ name: token, ns: z.url().optional(), value: z.string().min(1), class: token.optional() })
  .strict();
const observation = z
  .object({
    uuid,
    title: z.string().optional(),
    description: z.string().min(1),
    props: z.array(prop).min(1).optional(),
    methods: z.array(z.enum(["EXAMINE", "INTERVIEW", "TEST", "UNKNOWN"])).min(1),
    types: z
      .array(z.enum(["ssp-statement-issue", "control-objective", "mitigation", "discovery", "historic"]))
      .min(1)
      .optional(),
    "relevant-evidence": z
      .array(z.object({ description: z.string().min(1) }).strict())
      .min(1)
      .optional(),
    collected: dateTime,
  })
  .strict();
const finding = z
  .object({
    uuid,
    title: z.string().min(1),
    description: z.string().min(1),
    target: z
      .object({
        type: z.enum(["statement-id", "objective-id"]),
        "target-id": token,
        status: z
          .object({ state: z.enum(["satisfied", "not-satisfied"]), reason: z.enum(["pass", "fail", "other"]) })
          .strict(),
      })
      .strict(),
    "related-observations": z.array(z.object({ "observation-uuid": uuid }).strict()).min(1),
  })
  .strict();
const assessmentResults = z
  .object({
    "assessment-results": z
      .object({
        uuid,
        metadata: z
          .object({
            title: z.string().min(1),
            "last-modified": dateTime,
            version: z.string().min(1),
            "oscal-version": z.string().regex(/^1\.\d+\.\d+$/),
            props: z.array(prop).min(1),
            roles: z.array(z.object({ id: token, title: z.string().min(1) }).strict()).min(1),
            parties: z
              .array(z.object({ uuid, type: z.enum(["person", "organization"]), name: z.string().min(1) }).strict())
              .min(1),
            "responsible-parties": z.array(
              z.object({ "role-id": token, "party-uuids": z.array(uuid).min(1) }).strict(),
            ),
          })
          .strict(),
        "import-ap": z.object({ href: z.string().min(1) }).strict(),
        results: z
          .array(
            z
              .object({
                uuid,
                title: z.string().min(1),
                description: z.string().min(1),
                start: dateTime,
                end: dateTime,
                props: z.array(prop).min(1).optional(),
                "reviewed-controls": z
                  .object({
                    description: z.string(),
                    "control-selections": z
                      .array(
                        z.union([
                          z
                            .object({ "include-controls": z.array(z.object({ "control-id": token }).strict()).min(1) })
                            .strict(),
                          z.object({ "include-all": z.object({}).strict() }).strict(),
                        ]),
                      )
                      .min(1),
                  })
                  .strict(),
                observations: z.array(observation).min(1).optional(),
                findings: z.array(finding).min(1).optional(),
              })
              .strict(),
          )
          .min(1),
        "back-matter": z.object({
          resources: z
            .array(
              z
                .object({
                  uuid,
                  title: z.string().optional(),
                  description: z.string().optional(),
                  rlinks: z
                    .array(z.object({ href: z.string().min(1), "media-type": z.string().optional() }).strict())
                    .optional(),
                })
                .strict(),
            )
            .min(1),
        }),
      })
      .strict(),
  })
  .strict();

const catalog = currentCatalog();
const texts: OscalTexts = {
  documentTitle: "Doc",
  resultTitle: "Result",
  resultDescription: "Description",
  catalogTitle: "Catalog",
  catalogDescription: "Catalog description",
  reviewedControls: "Reviewed",
  assessorRole: "Assessor",
  levelLabel: (l) => l,
  observationDescription: (level, evidence) => `${level} ${evidence ?? ""}`,
  findingTitle: (s) => s,
  findingDescription: ({ satisfied, applicable }) => `${satisfied}/${applicable}`,
};
function build(levelOf: (i: number) => AnswerLevel) {
  const answers = catalog.questions.map((q, i) => ({
    questionId: q.id,
    level: levelOf(i),
    evidence: i % 3 ? null : "Seen",
    asOf: new Date(Date.UTC(2026, 8, 1 + (i % 20))),
  }));
  return toOscalAssessmentResults({
    assessment: {
      id: "a1",
      version: 2,
      finalizedAt: new Date("2026-09-25T10:00:00Z"),
      result: scorePosture(catalog, answers),
    },
    organization: { id: "o1", name: "Org" },
    msp: { id: "t1", name: "MSP" },
    catalog,
    answers,
    locale: "en",
    texts,
  });
}
const STATEMENTS = new Set(
  csf.functions.flatMap((f) =>
    f.categories.flatMap((c) => c.subcategories.filter((s) => !s.withdrawn).map((s) => `${s.id}_statement`)),
  ),
);

describe("toOscalAssessmentResults", () => {
  it("produces a document of the OSCAL assessment-results shape", () => {
    const doc = build((i) => ANSWER_LEVELS[i % ANSWER_LEVELS.length]!);
    expect(() => assessmentResults.parse(doc)).not.toThrow();
    const result = doc["assessment-results"].results[0]!;
    // One observation per answer; findings target real CSF 2.0 statements and existing observations.
    expect(result.observations).toHaveLength(catalog.questions.length);
    const observations = new Set(result.observations!.map((o) => o.uuid));
    for (const f of result.findings!) {
      expect(STATEMENTS.has(f.target["target-id"])).toBe(true);
      for (const r of f["related-observations"]) expect(observations.has(r["observation-uuid"])).toBe(true);
    }
    expect(result.start).toBe("2026-09-01T00:00:00Z");
    expect(doc["assessment-results"]["import-ap"].href).toBe(
      `#${doc["assessment-results"]["back-matter"].resources[0]!.uuid}`,
    );
  });

  it("marks a subcategory satisfied only when every applicable related answer is in place or verified", () => {
    const allIn = build(() => "in_place")["assessment-results"].results[0]!.findings!;
    expect(allIn.every((f) => f.target.status.state === "satisfied")).toBe(true);
    const oneGap = build((i) => (i === 0 ? "partial" : "verified"))["assessment-results"].results[0]!.findings!;
    const gapSubs = new Set(catalog.questions[0]!.csf.map((s) => `${s}_statement`));
    for (const f of oneGap)
      expect(f.target.status.state).toBe(gapSubs.has(f.target["target-id"]) ? "not-satisfied" : "satisfied");
  });

  it("reviews every control when nothing applies, and keeps UUIDs stable from one export to the next", () => {
    const none = build(() => "not_applicable");
    expect(() => assessmentResults.parse(none)).not.toThrow();
    expect(none["assessment-results"].results[0]!["reviewed-controls"]["control-selections"]).toEqual([
      { "include-all": {} },
    ]);
    expect(none["assessment-results"].results[0]!.findings).toBeUndefined();
    expect(build(() => "partial")).toEqual(build(() => "partial"));
  });
});
