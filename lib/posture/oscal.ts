import type { PostureCatalog, CatalogLocale } from "@/lib/posture/catalog";
import type { PostureResult } from "@/lib/posture/score";
import { nameUuid } from "@/lib/posture/uuid";
import { CSF_FUNCTIONS, type AnswerLevel, type CsfFunction } from "@/lib/posture/vocabulary";

/**
 * A finalized posture assessment in the shape of OSCAL's assessment-results model (NIST OSCAL
 * 1.1, JSON): metadata with the MSP (assessor) and the client organization as parties; the
 * questionnaire as a back-matter resource that `import-ap` points to (there is no separate
 * assessment plan); one result whose reviewed controls are the NIST CSF 2.0 subcategories the
 * questions map to; one observation per answer (its level, evidence, as-of date, references);
 * one finding per CSF subcategory, targeting the subcategory's statement ("GV.RR-02_statement"
 * in NIST's CSF 2.0 OSCAL catalog), satisfied when every applicable related answer is in place
 * or verified, with the related observations. Pure: texts come from the caller (the edge), UUIDs
 * are name-based, so the same assessment always exports the same document.
 */
export const OSCAL_VERSION = "1.1.3";
/** Namespace of our own OSCAL properties. */
export const POSTURE_NS = "https://mainstay.app/ns/oscal/posture";
export const CSF_CATALOG_HREF =
  "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/CSF/v2.0/json/NIST_CSF_v2.0_catalog.json";

export type OscalAnswer = { questionId: string; level: AnswerLevel | null; evidence: string | null; asOf: Date | null };

export type OscalTexts = {
  documentTitle: string;
  resultTitle: string;
  resultDescription: string;
  catalogTitle: string;
  catalogDescription: string;
  reviewedControls: string;
  assessorRole: string;
  levelLabel: (level: AnswerLevel) => string;
  observationDescription: (level: string, evidence: string | null) => string;
  findingTitle: (subcategory: string) => string;
  findingDescription: (counts: { satisfied: number; applicable: number }) => string;
};

type Prop = { name: string; ns?: string; value: string; class?: string };
const prop = (name: string, value: string | number, extra: Partial<Prop> = {}): Prop => ({
  name,
  ns: POSTURE_NS,
  value: String(value),
  ...extra,
});
const iso = (d: Date) => d.toISOString();
const dayStart = (d: Date) => `${d.toISOString().slice(0, 10)}T00:00:00Z`;

export function toOscalAssessmentResults(input: {
  assessment: { id: string; version: number; finalizedAt: Date; result: PostureResult };
  organization: { id: string; name: string };
  msp: { id: string; name: string };
  catalog: PostureCatalog;
  answers: readonly OscalAnswer[];
  locale: CatalogLocale;
  texts: OscalTexts;
}) {
  const { assessment, catalog, texts } = input;
  const key = (kind: string, id = "") => nameUuid(`posture:${assessment.id}:${kind}:${id}`);
  const mspParty = nameUuid(`party:tenant:${input.msp.id}`);
  const orgParty = nameUuid(`party:organization:${input.organization.id}`);
  const catalogResource = nameUuid(`posture-catalog:${catalog.version}`);
  const csfResource = nameUuid("nist-csf-2.0-catalog");
  const byQuestion = new Map(input.answers.map((a) => [a.questionId, a]));

  const observations = catalog.questions.flatMap((q) => {
    const a = byQuestion.get(q.id);
    if (!a?.level) return [];
    const level = texts.levelLabel(a.level);
    return [
      {
        uuid: key("observation", q.id),
        title: q[input.locale].question,
        description: texts.observationDescription(level, a.evidence),
        props: [
          prop("question-id", q.id),
          prop("maturity-level", a.level),
          prop("weight", q.weight),
          prop("csf-function", q.function),
          ...q.anssi.map((n) => prop("anssi-hygiene-measure", n)),
        ],
        methods: a.level === "verified" ? ["EXAMINE", "INTERVIEW"] : ["INTERVIEW"],
        types: ["control-objective"],
        ...(a.evidence ? { "relevant-evidence": [{ description: a.evidence }] } : {}),
        collected: a.asOf ? dayStart(a.asOf) : iso(assessment.finalizedAt),
      },
    ];
  });

  // Subcategories in the order the catalog first maps them, grouped per CSF function order.
  const subcategories = [...new Set(catalog.questions.flatMap((q) => q.csf))].sort(
    (a, b) =>
      CSF_FUNCTIONS.indexOf(a.slice(0, 2) as CsfFunction) - CSF_FUNCTIONS.indexOf(b.slice(0, 2) as CsfFunction) ||
      a.localeCompare(b),
  );
  const findings = subcategories.flatMap((sub) => {
    const related = catalog.questions.filter((q) => q.csf.includes(sub));
    const applicable = related.filter((q) => {
      const level = byQuestion.get(q.id)?.level;
      return level && level !== "not_applicable";
    });
    if (!applicable.length) return [];
    const satisfied = applicable.filter((q) => {
      const level = byQuestion.get(q.id)?.level;
      return level === "in_place" || level === "verified";
    }).length;
    const ok = satisfied === applicable.length;
    return [
      {
        uuid: key("finding", sub),
        title: texts.findingTitle(sub),
        description: texts.findingDescription({ satisfied, applicable: applicable.length }),
        target: {
          type: "statement-id",
          "target-id": `${sub}_statement`,
          status: { state: ok ? "satisfied" : "not-satisfied", reason: ok ? "pass" : "fail" },
        },
        "related-observations": applicable.map((q) => ({ "observation-uuid": key("observation", q.id) })),
      },
    ];
  });
  const reviewed = findings.map((f) => f.target["target-id"].replace(/_statement$/, ""));

  const scores = assessment.result;
  // OSCAL lists have at least one item: no score (nothing applicable) means no props at all.
  const resultProps: Prop[] = [
    ...(scores.overall !== null ? [prop("overall-score", scores.overall)] : []),
    ...CSF_FUNCTIONS.flatMap((fn) =>
      scores.functions[fn]?.score !== null && scores.functions[fn]?.score !== undefined
        ? [prop("function-score", scores.functions[fn].score!, { class: fn })]
        : [],
    ),
  ];
  return {
    "assessment-results": {
      uuid: key("document"),
      metadata: {
        title: texts.documentTitle,
        "last-modified": iso(assessment.finalizedAt),
        version: String(assessment.version),
        "oscal-version": OSCAL_VERSION,
        props: [
          prop("catalog-version", catalog.version),
          prop("scoring-version", scores.scoringVersion),
          prop("language", input.locale),
        ],
        roles: [{ id: "assessor", title: texts.assessorRole }],
        parties: [
          { uuid: mspParty, type: "organization", name: input.msp.name },
          { uuid: orgParty, type: "organization", name: input.organization.name },
        ],
        "responsible-parties": [{ "role-id": "assessor", "party-uuids": [mspParty] }],
      },
      "import-ap": { href: `#${catalogResource}` },
      results: [
        {
          uuid: key("result"),
          title: texts.resultTitle,
          description: texts.resultDescription,
          start: observations.length ? observations.map((o) => o.collected).sort()[0]! : iso(assessment.finalizedAt),
          end: iso(assessment.finalizedAt),
          ...(resultProps.length ? { props: resultProps } : {}),
          "reviewed-controls": {
            description: texts.reviewedControls,
            // OSCAL wants at least one control: with nothing applicable, the whole catalog was reviewed.
            "control-selections": [
              reviewed.length
                ? { "include-controls": reviewed.map((id) => ({ "control-id": id })) }
                : { "include-all": {} },
            ],
          },
          ...(observations.length ? { observations } : {}),
          ...(findings.length ? { findings } : {}),
        },
      ],
      "back-matter": {
        resources: [
          { uuid: catalogResource, title: texts.catalogTitle, description: texts.catalogDescription },
          {
            uuid: csfResource,
            title: "NIST Cybersecurity Framework 2.0 (OSCAL catalog)",
            rlinks: [{ href: CSF_CATALOG_HREF, "media-type": "application/json" }],
          },
        ],
      },
    },
  };
}

export type OscalAssessmentResults = ReturnType<typeof toOscalAssessmentResults>;
