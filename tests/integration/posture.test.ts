import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportPosture } from "@/app/api/posture/[id]/export/route";
import { publishReportAction } from "@/lib/actions/reports";
import {
  createPostureAction,
  finalizePostureAction,
  postureToReportAction,
  savePostureAction,
} from "@/lib/actions/posture";
import { getPostureView } from "@/lib/domain/posture/get-posture-view";
import { listPostureAssessments } from "@/lib/domain/posture/list-posture-assessments";
import { postureDefaults } from "@/lib/domain/posture/posture-defaults";
import { getReport } from "@/lib/domain/reports/get-report";
import { currentCatalog } from "@/lib/posture/catalog";
import { scorePosture } from "@/lib/posture/score";
import { addMonths, currentPeriod } from "@/lib/reports/period";
import { createOrganization, createReport, createWorld, type World } from "@/lib/seed/factories";
import { createPostureAssessment, uniformAnswers } from "@/lib/seed/posture";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";
import { actorOf, readAs } from "./reports-support";

const catalog = currentCatalog();
const Q = catalog.questions.map((q) => q.id);
const today = new Date().toISOString().slice(0, 10);
const key = () => randomUUID();

/** The questionnaire as the form sends it: every question, strings. */
function form(level: string | ((id: string, i: number) => string), extra: Record<string, object> = {}) {
  return Object.fromEntries(
    Q.map((id, i) => [
      id,
      {
        level: typeof level === "string" ? level : level(id, i),
        evidence: "Seen on the console",
        asOf: "2026-01-05",
        ...(extra[id] ?? {}),
      },
    ]),
  );
}

let w: World;
let other: World;
beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

async function draftFor(organizationId: string, answers: object = {}) {
  actAs(w.manager.user);
  const created = await createPostureAction({ organizationId, idempotencyKey: key(), answers });
  if (!created.ok) throw new Error(JSON.stringify(created));
  return created.data;
}

describe("draft, save, finalize", () => {
  it("saves a partial draft, then finalizes with the scores stored as computed and audited", async () => {
    const d = await draftFor(w.orgX.id, { [Q[0]!]: { level: "partial", evidence: "", asOf: today } });
    const stored = await ownerDb().postureAnswer.findMany({ where: { assessmentId: d.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ questionId: Q[0], level: "partial", evidence: null, tenantId: w.tenant.id });

    const saved = await savePostureAction({ id: d.id, expectedVersion: 1, answers: form("in_place") });
    expect(saved).toMatchObject({ ok: true, data: { version: 2 } });
    const levels = (id: string, i: number) =>
      ["not_in_place", "partial", "in_place", "verified", "not_applicable"][i % 5]!;
    const final = await finalizePostureAction({ id: d.id, expectedVersion: 2, answers: form(levels) });
    expect(final.ok).toBe(true);
    const row = await ownerDb().postureAssessment.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: d.id } },
    });
    const expected = scorePosture(
      catalog,
      Q.map((id, i) => ({ questionId: id, level: levels(id, i) as never })),
    );
    expect(row).toMatchObject({
      status: "FINAL",
      version: 3,
      score: expected.overall,
      catalogVersion: catalog.version,
    });
    expect(row.result).toEqual(expected);
    expect(row.finalizedAt).not.toBeNull();
    const events = await ownerDb().auditEvent.findMany({ where: { targetId: d.id }, orderBy: { createdAt: "asc" } });
    expect(events.map((e) => e.action)).toEqual(["posture.create", "posture.update", "posture.finalize"]);
    expect(await ownerDb().postureAnswer.count({ where: { assessmentId: d.id } })).toBe(Q.length);
  });

  it("refuses an incomplete finalization field by field and keeps the stored draft", async () => {
    const d = await draftFor(w.orgX.id, { [Q[0]!]: { level: "partial", evidence: "kept", asOf: today } });
    const answers = form("in_place", {
      [Q[1]!]: { level: "" },
      [Q[2]!]: { asOf: "" },
      [Q[3]!]: { level: "verified", evidence: "" },
    });
    const result = await finalizePostureAction({ id: d.id, expectedVersion: 1, answers });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe("VALIDATION");
    expect(result.message).toBe("3 questions are not complete yet: see the marked fields.");
    expect(result.fieldErrors).toEqual({
      [`answers.${Q[1]}.level`]: "This field is required.",
      [`answers.${Q[2]}.asOf`]: "This field is required.",
      [`answers.${Q[3]}.evidence`]: "Say what was checked: “verified” needs its evidence.",
    });
    const row = await ownerDb().postureAssessment.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: d.id } },
    });
    expect(row).toMatchObject({ status: "DRAFT", version: 1, result: null });
    const kept = await ownerDb().postureAnswer.findMany({ where: { assessmentId: d.id } });
    expect(kept.map((a) => [a.questionId, a.evidence])).toEqual([[Q[0], "kept"]]);
  });

  it("refuses as-of dates in the future and impossible dates on their own field", async () => {
    const d = await draftFor(w.orgX.id);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const result = await savePostureAction({
      id: d.id,
      expectedVersion: 1,
      answers: {
        [Q[0]!]: { level: "partial", evidence: "", asOf: tomorrow },
        [Q[1]!]: { level: "partial", evidence: "", asOf: "2026-02-30" },
        [Q[2]!]: { level: "sometimes", evidence: "", asOf: today },
      },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        [`answers.${Q[0]}.asOf`]: "The date cannot be in the future.",
        [`answers.${Q[1]}.asOf`]: "Enter a valid date.",
        [`answers.${Q[2]}.level`]: "Choose one of the options.",
      },
    });
    expect(await ownerDb().postureAnswer.count({ where: { assessmentId: d.id } })).toBe(0);
  });

  it("refuses unknown questions, stale versions and any change to a final assessment", async () => {
    const d = await draftFor(w.orgX.id);
    actAs(w.manager.user);
    expect(await savePostureAction({ id: d.id, expectedVersion: 1, answers: { "xx-nope": {} } })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "answers.xx-nope": expect.stringContaining("Unexpected field") },
    });
    expect(await savePostureAction({ id: d.id, expectedVersion: 7, answers: {} })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    await finalizePostureAction({ id: d.id, expectedVersion: 1, answers: form("in_place") });
    const again = await savePostureAction({ id: d.id, expectedVersion: 2, answers: {} });
    expect(again).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "This posture assessment is finalized and can no longer change. Start a new one instead.",
    });
  });

  it("creates once per idempotency key", async () => {
    actAs(w.manager.user);
    const k = key();
    const a = await createPostureAction({ organizationId: w.orgY.id, idempotencyKey: k, answers: {} });
    const b = await createPostureAction({ organizationId: w.orgY.id, idempotencyKey: k, answers: {} });
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
  });
});

describe("isolation", () => {
  it("keeps another tenant's staff and client users out (404, nothing written)", async () => {
    const d = await draftFor(w.orgX.id);
    const before = await ownerDb().postureAssessment.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: d.id } },
    });
    for (const user of [other.manager.user, other.owner.user, w.clientX.user]) {
      actAs(user);
      expect(await savePostureAction({ id: d.id, expectedVersion: 1, answers: form("verified") })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await finalizePostureAction({ id: d.id, expectedVersion: 1, answers: form("in_place") })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(
        await createPostureAction({ organizationId: w.orgX.id, idempotencyKey: key(), answers: {} }),
      ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(
      await ownerDb().postureAssessment.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: w.tenant.id, id: d.id } },
      }),
    ).toEqual(before);
    const foreign = await actorOf(other.manager.user);
    await expect(
      readAs(foreign, (tx) => getPostureView(tx, foreign, { organizationId: w.orgX.id, id: d.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // The same id under another organization of the same tenant is not found either.
    const staff = await actorOf(w.manager.user);
    await expect(
      readAs(staff, (tx) => getPostureView(tx, staff, { organizationId: w.orgY.id, id: d.id })),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // RLS: a client's context sees no posture row at all, even of its own organization.
    const client = await actorOf(w.clientX.user);
    expect(await readAs(client, (tx) => tx.postureAssessment.count())).toBe(0);
    expect(await readAs(client, (tx) => tx.postureAnswer.count())).toBe(0);
  });
});

describe("comparison", () => {
  it("compares with the previous finalized assessment, or with a chosen earlier one of the same organization", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, accountManagerId: w.manager.user.id });
    const base = { tenantId: w.tenant.id, organizationId: org.id, authorId: w.manager.user.id };
    const first = await createPostureAssessment(ownerDb(), {
      ...base,
      answers: uniformAnswers("not_in_place"),
      finalizedAt: new Date("2026-02-10T10:00:00Z"),
    });
    const second = await createPostureAssessment(ownerDb(), {
      ...base,
      answers: uniformAnswers("partial"),
      finalizedAt: new Date("2026-06-10T10:00:00Z"),
    });
    const third = await createPostureAssessment(ownerDb(), {
      ...base,
      answers: uniformAnswers("in_place").map((a, i) => (i === 0 ? { ...a, level: "not_in_place" as const } : a)),
      finalizedAt: new Date("2026-10-10T10:00:00Z"),
    });
    const otherOrgFinal = await createPostureAssessment(ownerDb(), {
      ...base,
      organizationId: w.orgY.id,
      answers: uniformAnswers("verified"),
      finalizedAt: new Date("2026-01-10T10:00:00Z"),
    });
    const staff = await actorOf(w.manager.user);
    const view = await readAs(staff, (tx) => getPostureView(tx, staff, { organizationId: org.id, id: third.id }));
    expect(view.comparison?.id).toBe(second.id);
    expect(view.earlier.map((e) => e.id)).toEqual([second.id, first.id]);
    expect(view.comparison?.answers).toHaveLength(Q.length);
    const chosen = await readAs(staff, (tx) =>
      getPostureView(tx, staff, { organizationId: org.id, id: third.id, compareWith: first.id }),
    );
    expect(chosen.comparison?.id).toBe(first.id);
    const ignored = await readAs(staff, (tx) =>
      getPostureView(tx, staff, { organizationId: org.id, id: third.id, compareWith: otherOrgFinal.id }),
    );
    expect(ignored.comparison?.id).toBe(second.id);
    const firstView = await readAs(staff, (tx) => getPostureView(tx, staff, { organizationId: org.id, id: first.id }));
    expect(firstView.comparison).toBeNull();

    const list = await readAs(staff, (tx) => listPostureAssessments(tx, staff, org.id));
    expect(list.finals.map((f) => f.id)).toEqual([third.id, second.id, first.id]);
    const defaults = await readAs(staff, (tx) => postureDefaults(tx, staff, org.id));
    expect(defaults.from?.id).toBe(third.id);
    expect(defaults.answers.find((a) => a.questionId === Q[0])?.level).toBe("not_in_place");
  });
});

describe("gaps into the next steering report", () => {
  async function finalWithGaps(organizationId: string) {
    return createPostureAssessment(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId,
      authorId: w.manager.user.id,
      answers: catalog.questions.map((q, i) => ({
        questionId: q.id,
        level: i < 3 ? (i === 1 ? "partial" : "not_in_place") : "in_place",
        asOf: new Date("2026-09-01T00:00:00Z"),
      })),
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
    });
  }

  it("creates next month's draft from the previous report and adds the chosen gaps once, most severe first", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, accountManagerId: w.manager.user.id });
    const next = addMonths(currentPeriod(), 1);
    await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      period: currentPeriod(),
      status: "PUBLISHED",
      content: { recommendations: [{ title: "Keep this one", detail: null, priority: "low" }] },
    });
    const final = await finalWithGaps(org.id);
    actAs(w.manager.user);
    const result = await postureToReportAction({
      id: final.id,
      questionIds: [Q[1]!, Q[0]!],
      target: "recommendations",
    });
    expect(result).toMatchObject({ ok: true, data: { period: next, created: true, added: 2, skipped: 0 } });
    const report = await ownerDb().steeringReport.findFirstOrThrow({ where: { organizationId: org.id, period: next } });
    expect(report.status).toBe("DRAFT");
    const recs = report.recommendations as { title: string; detail: string; priority: string }[];
    expect(recs.map((r) => r.title)).toEqual([
      "Keep this one",
      catalog.questions[0]!.en.action,
      catalog.questions[1]!.en.action,
    ]);
    expect(recs[1]!.detail).toBe(
      `Security posture of 2026-09-02: not in place (as of 2026-09-01). NIST CSF 2.0: ${catalog.questions[0]!.csf.join(", ")}. ANSSI hygiene measures: ${catalog.questions[0]!.anssi.join(", ")}.`,
    );
    expect(recs[1]!.priority).toBe(catalog.questions[0]!.weight >= 2 ? "high" : "medium");

    const again = await postureToReportAction({ id: final.id, questionIds: [Q[0]!], target: "recommendations" });
    expect(again).toMatchObject({ ok: true, data: { created: false, added: 0, skipped: 1 } });
    const roadmap = await postureToReportAction({ id: final.id, questionIds: [Q[2]!], target: "roadmap" });
    expect(roadmap).toMatchObject({ ok: true, data: { added: 1 } });
    const after = await ownerDb().steeringReport.findFirstOrThrow({ where: { id: report.id } });
    expect(after.roadmap).toEqual([
      expect.objectContaining({ title: catalog.questions[2]!.en.action, status: "planned" }),
    ]);
    expect(after.version).toBe(report.version + 1);
    const audits = await ownerDb().auditEvent.findMany({ where: { action: "posture.toReport", targetId: report.id } });
    expect(audits).toHaveLength(3);
  });

  it("refuses answers that are not gaps, a published next report, a prospect and a draft assessment", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, accountManagerId: w.manager.user.id });
    const final = await finalWithGaps(org.id);
    actAs(w.manager.user);
    expect(
      await postureToReportAction({ id: final.id, questionIds: [Q[5]!], target: "recommendations" }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { questionIds: "Choose gaps only: answers not in place or partly in place." },
    });
    await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      period: addMonths(currentPeriod(), 1),
      status: "PUBLISHED",
    });
    expect(await postureToReportAction({ id: final.id, questionIds: [Q[0]!], target: "roadmap" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: `The report of ${addMonths(currentPeriod(), 1)} is already published: withdraw it to add items.`,
    });
    const prospect = await createOrganization(ownerDb(), { tenantId: w.tenant.id, lifecycleStatus: "PROSPECT" });
    const prospectFinal = await finalWithGaps(prospect.id);
    expect(
      await postureToReportAction({ id: prospectFinal.id, questionIds: [Q[0]!], target: "roadmap" }),
    ).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await ownerDb().steeringReport.count({ where: { organizationId: prospect.id } })).toBe(0);
    const d = await draftFor(org.id);
    expect(await postureToReportAction({ id: d.id, questionIds: [Q[0]!], target: "roadmap" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    actAs(other.manager.user);
    expect(await postureToReportAction({ id: final.id, questionIds: [Q[0]!], target: "roadmap" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});

describe("exports", () => {
  const call = (id: string, format: string) =>
    exportPosture(new Request(`http://localhost/api/posture/${id}/export?format=${format}`), {
      params: Promise.resolve({ id }),
    });

  it("exports OSCAL assessment results whose findings point at CSF 2.0 statements and existing observations", async () => {
    const final = await createPostureAssessment(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      answers: catalog.questions.map((q, i) => ({
        questionId: q.id,
        level: i === 0 ? "not_applicable" : i % 2 ? "verified" : "partial",
        evidence: i % 2 ? "Console checked" : null,
        asOf: new Date("2026-09-01T00:00:00Z"),
      })),
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
    });
    actAs(w.manager.user);
    const response = await call(final.id, "oscal");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toMatch(/\.oscal\.json"$/);
    const doc = (await response.json())["assessment-results"];
    expect(doc.uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(doc.metadata).toMatchObject({ "oscal-version": "1.1.3", version: "1" });
    expect(doc.metadata.title).toContain(w.orgX.name);
    expect(doc["import-ap"].href).toBe(`#${doc["back-matter"].resources[0].uuid}`);
    const result = doc.results[0];
    expect(result["reviewed-controls"]["control-selections"][0]["include-controls"].length).toBeGreaterThan(20);
    expect(result.observations).toHaveLength(Q.length);
    const observationIds = new Set(result.observations.map((o: { uuid: string }) => o.uuid));
    for (const finding of result.findings) {
      expect(finding.target.type).toBe("statement-id");
      expect(finding.target["target-id"]).toMatch(/^[A-Z]{2}\.[A-Z]{2}-\d{2}_statement$/);
      expect(["satisfied", "not-satisfied"]).toContain(finding.target.status.state);
      for (const r of finding["related-observations"]) expect(observationIds.has(r["observation-uuid"])).toBe(true);
    }
    const verified = result.observations.find((o: { props: { name: string; value: string }[] }) =>
      o.props.some((p) => p.name === "maturity-level" && p.value === "verified"),
    );
    expect(verified).toMatchObject({
      methods: ["EXAMINE", "INTERVIEW"],
      "relevant-evidence": [{ description: "Console checked" }],
    });
    expect(verified.collected).toBe("2026-09-01T00:00:00Z");
    // The same assessment always exports the same document.
    const twice = (await (await call(final.id, "oscal")).json())["assessment-results"];
    expect(twice).toEqual(doc);
  });

  it("exports CSV with a row per question, and refuses drafts (409) and outsiders (404)", async () => {
    const final = await createPostureAssessment(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      answers: uniformAnswers("partial").map((a, i) => (i === 0 ? { ...a, evidence: "=HYPERLINK(1)" } : a)),
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
    });
    actAs(w.manager.user);
    const response = await call(final.id, "csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\r\n");
    expect(lines).toHaveLength(Q.length + 1);
    expect(lines[0]).toBe(
      "CSF function,Question id,Question,Level,Points (0-3),Weight,Evidence,As of,NIST CSF 2.0,ANSSI measures",
    );
    expect(lines[1]).toContain(",partial,1,");
    expect(lines[1]).toContain("'=HYPERLINK(1)");
    const d = await draftFor(w.orgX.id);
    expect((await call(d.id, "csv")).status).toBe(409);
    actAs(other.owner.user);
    expect((await call(final.id, "csv")).status).toBe(404);
    actAs(w.clientX.user);
    expect((await call(final.id, "oscal")).status).toBe(404);
  });
});

describe("posture in the steering report", () => {
  it("shows staff the live trend on a draft, fixes it at publication, and gives the client what was published", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, accountManagerId: w.manager.user.id });
    const base = { tenantId: w.tenant.id, organizationId: org.id, authorId: w.manager.user.id };
    const client = await ownerDb().membership.findFirstOrThrow({ where: { userId: w.clientX.user.id } });
    await ownerDb().membership.update({ where: { id: client.id }, data: { organizationId: org.id } });
    try {
      await createPostureAssessment(ownerDb(), {
        ...base,
        answers: uniformAnswers("partial"),
        finalizedAt: new Date("2026-03-01T10:00:00Z"),
      });
      const report = await createReport(ownerDb(), { ...base, period: "2026-04" });
      const staff = await actorOf(w.manager.user);
      const draftView = await readAs(staff, (tx) => getReport(tx, staff, report.id));
      expect(draftView.posture?.points.map((p) => p.overall)).toEqual([33]);

      actAs(w.manager.user);
      expect(await publishReportAction({ id: report.id, expectedVersion: 1 })).toMatchObject({ ok: true });
      const row = await ownerDb().steeringReport.findUniqueOrThrow({ where: { id: report.id } });
      expect((row.posture as { points: unknown[] }).points).toHaveLength(1);

      // A later assessment does not change what was published.
      await createPostureAssessment(ownerDb(), {
        ...base,
        answers: uniformAnswers("verified"),
        finalizedAt: new Date(),
      });
      const published = await readAs(staff, (tx) => getReport(tx, staff, report.id));
      expect(published.posture?.points.map((p) => p.overall)).toEqual([33]);
      const clientActor = await actorOf(w.clientX.user);
      const seen = await readAs(clientActor, (tx) => getReport(tx, clientActor, report.id));
      expect(seen.posture?.points).toEqual(published.posture?.points);

      // The next draft shows both assessments, oldest first.
      const next = await createReport(ownerDb(), { ...base, period: "2026-05" });
      const live = await readAs(staff, (tx) => getReport(tx, staff, next.id));
      expect(live.posture?.points.map((p) => p.overall)).toEqual([33, 100]);
    } finally {
      await ownerDb().membership.update({ where: { id: client.id }, data: { organizationId: w.orgX.id } });
    }
  });
});
