import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createAssessmentAction, finalizeAssessmentAction, saveAssessmentAction } from "@/lib/actions/assessments";
import { contextFor, type Actor } from "@/lib/access/actor";
import { withDbContext } from "@/lib/db/context";
import { assessmentDefaults } from "@/lib/domain/assessments/assessment-defaults";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";
import { getAssessment } from "@/lib/domain/assessments/get-assessment";
import { engineInputOf } from "@/lib/domain/assessments/stored-input";
import { whatIfDefaults } from "@/lib/domain/assessments/what-if-defaults";
import { decide, ECONOMICS_KEYS, ENGINE_VERSION, validateAssessmentInput, type AssessmentInput } from "@/lib/engine";
import { createFinalAssessment, createOrganization, createWorld, type World } from "@/lib/seed/factories";
import { createPostureAssessment } from "@/lib/seed/posture";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { PSEUDO_MARK, pseudoRenderer } from "@/tests/support/pseudo-locale";
import { renderText } from "@/lib/i18n/engine-text";
import { textRenderer } from "@/lib/i18n/translate";
import { staffActor } from "@/tests/support/actors";

const key = () => randomUUID();
let w: World;
let other: World;

/** The seed's forty-person example, as the form sends it (strings, yes/no). */
const FORTY_FORM = {
  headcount: "40",
  endpoints: "45",
  sites: "1",
  remoteUsers: "15",
  cloudServices: ["microsoft365"],
  centralFileSharing: "yes",
  backups: "monitored",
  businessAppDependency: "high",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "high",
  needsPredictableBudget: "no",
  needsMonthlySteering: "no",
  // Every price blank, as the form sends it: the tenant's price list applies.
  economics: Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, ""])),
};
const FORTY: AssessmentInput = {
  headcount: 40,
  endpoints: 45,
  sites: 1,
  remoteUsers: 15,
  cloudServices: ["microsoft365"],
  centralFileSharing: true,
  backups: "monitored",
  businessAppDependency: "high",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "high",
  needsPredictableBudget: false,
  needsMonthlySteering: false,
};

const actorOf = (world: World): Actor => staffActor(world);

async function draft(organizationId: string, fields: Record<string, unknown> = { headcount: "40" }) {
  actAs(w.manager.user);
  const result = await createAssessmentAction({ organizationId, idempotencyKey: key(), ...fields });
  if (!result.ok) throw new Error(`${result.message} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

beforeAll(async () => {
  [w, other] = await Promise.all([
    createWorld(ownerDb(), { tenant: { hourlyRate: 120, managedPerUser: 70, horizonMonths: 24 } }),
    createWorld(ownerDb()),
  ]);
});

describe("assessment.create (draft)", () => {
  it("saves partial answers as a draft, audited", async () => {
    const created = await draft(w.orgX.id, {
      headcount: "40",
      backups: "monitored",
      cloudServices: ["microsoft365"],
      centralFileSharing: "yes",
    });
    const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      status: "DRAFT",
      headcount: 40,
      endpoints: null,
      backups: "monitored",
      cloudServices: ["microsoft365"],
      centralFileSharing: true,
      needsMonthlySteering: null,
      economics: null,
      result: null,
      recommendation: null,
      authorId: w.manager.user.id,
      version: 1,
    });
    expect((await ownerDb().auditEvent.findMany({ where: { targetId: created.id } })).map((e) => e.action)).toEqual([
      "assessment.create",
    ]);
  });

  it("names each invalid field, including the engine's cross-field rule, and writes nothing", async () => {
    actAs(w.manager.user);
    const before = await ownerDb().assessment.count({ where: { tenantId: w.tenant.id } });
    const result = await createAssessmentAction({
      organizationId: w.orgX.id,
      idempotencyKey: key(),
      headcount: "10",
      remoteUsers: "12",
      sites: "0",
      endpoints: "lots",
      backups: "sometimes",
      cloudServices: ["microsoft365", "microsoft365"],
      economics: { hourlyRate: "-3", horizonMonths: "500", surprise: "1" },
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        remoteUsers: "Cannot be more than the headcount.",
        sites: "Must be at least 1.",
        endpoints: "This value is not valid.",
        backups: "Choose one of the options.",
        cloudServices: "This value is not valid.",
        "economics.hourlyRate": "Must be at least 0.",
        "economics.horizonMonths": "Must be at most 120.",
        "economics.surprise": expect.any(String),
      },
    });
    expect(await ownerDb().assessment.count({ where: { tenantId: w.tenant.id } })).toBe(before);
  });

  it("answers NOT_FOUND for another tenant's organization; is idempotent", async () => {
    actAs(w.manager.user);
    expect(
      await createAssessmentAction({ organizationId: other.orgX.id, idempotencyKey: key(), headcount: "4" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ownerDb().assessment.count({ where: { organizationId: other.orgX.id } })).toBe(0);
    const k = key();
    const [a, b] = await Promise.all([
      createAssessmentAction({ organizationId: w.orgY.id, idempotencyKey: k, headcount: "7" }),
      createAssessmentAction({ organizationId: w.orgY.id, idempotencyKey: k, headcount: "7" }),
    ]);
    expect(a.ok && b.ok && a.data.id === b.data.id).toBe(true);
    expect(await ownerDb().assessment.count({ where: { organizationId: w.orgY.id, headcount: 7 } })).toBe(1);
    actAs(w.clientX.user);
    expect(
      await createAssessmentAction({ organizationId: w.orgX.id, idempotencyKey: key(), headcount: "4" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    anonymous();
    expect(
      await createAssessmentAction({ organizationId: w.orgX.id, idempotencyKey: key(), headcount: "4" }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});

describe("assessment.update (save draft)", () => {
  it("saves again with optimistic locking; a stale version is a conflict and the stored draft stays", async () => {
    const created = await draft(w.orgX.id);
    actAs(w.manager.user);
    expect(
      await saveAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM, needsMonthlySteering: "" }),
    ).toMatchObject({ ok: true, data: { version: 2 } });
    expect(await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      headcount: 40,
      remoteUsers: 15,
      needsMonthlySteering: null,
      version: 2,
      status: "DRAFT",
    });
    expect(
      await saveAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM, headcount: "99" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).headcount).toBe(40);
  });

  it("answers NOT_FOUND for another tenant's assessment and leaves it unchanged", async () => {
    const foreign = await createFinalAssessment(ownerDb(), {
      tenantId: other.tenant.id,
      organizationId: other.orgX.id,
      authorId: other.manager.user.id,
      currentModel: "BREAK_FIX",
      input: FORTY,
    });
    actAs(w.manager.user);
    const before = await ownerDb().assessment.findUniqueOrThrow({ where: { id: foreign.id } });
    expect(
      await saveAssessmentAction({ id: foreign.id, expectedVersion: 1, ...FORTY_FORM, headcount: "20" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await finalizeAssessmentAction({ id: foreign.id, expectedVersion: 1, ...FORTY_FORM })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await ownerDb().assessment.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(before);
  });
});

describe("assessment.finalize", () => {
  it("requires every answer, naming the missing fields, and leaves the draft as stored", async () => {
    const created = await draft(w.orgX.id, { headcount: "40", sites: "1" });
    actAs(w.manager.user);
    const result = await finalizeAssessmentAction({
      id: created.id,
      expectedVersion: 1,
      headcount: "40",
      sites: "1",
      endpoints: "45",
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(
      [
        "remoteUsers",
        "centralFileSharing",
        "backups",
        "businessAppDependency",
        "continuityRequirement",
        "interruptionTolerance",
        "digitalDependence",
        "needsPredictableBudget",
        "needsMonthlySteering",
      ].sort(),
    );
    expect(result.fieldErrors?.backups).toBe("This field is required.");
    // Nothing was saved by the failed finalize (not even the endpoints typed with it).
    expect(await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "DRAFT",
      endpoints: null,
      version: 1,
    });
  });

  it("runs the engine with the tenant's pricing and stores the result as computed, with its version and cost gap", async () => {
    const org = await createOrganization(ownerDb(), {
      tenantId: w.tenant.id,
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
    });
    const created = await draft(org.id);
    actAs(w.manager.user);
    const result = await finalizeAssessmentAction({
      id: created.id,
      expectedVersion: 1,
      ...FORTY_FORM,
      economics: { ...FORTY_FORM.economics, backupPerEndpoint: "9" },
      incidentHistory: { incidents: "30", hours: "" },
    });
    expect(result).toMatchObject({ ok: true, data: { id: created.id, version: 2, recommendation: "MANAGED" } });

    const tenant = await ownerDb().tenant.findUniqueOrThrow({ where: { id: w.tenant.id } });
    const expected = decide(
      {
        ...FORTY,
        incidentHistory: { incidents: 30, months: 12, source: "assessment" },
        economics: { backupPerEndpoint: 9 },
      },
      // The tenant's price list: the prices it set; its blanks take the documented defaults.
      {
        defaults: {
          hourlyRate: tenant.hourlyRate!,
          managedPerUser: tenant.managedPerUser!,
          horizonMonths: tenant.horizonMonths!,
        },
      },
    );
    const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      status: "FINAL",
      recommendation: "MANAGED",
      confidence: expected.confidence,
      engineVersion: ENGINE_VERSION,
      economics: { backupPerEndpoint: 9 },
      incidentHistory: { incidents: 30, months: 12, source: "assessment" },
      headcount: 40,
      remoteUsers: 15,
    });
    expect(row.result).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(row.costGap).toBe(monthlyCostGap(expected, "BREAK_FIX"));
    expect(row.finalizedAt).toBeInstanceOf(Date);
    const stored = row.result as unknown as typeof expected;
    expect(stored.costs.horizonMonths).toBe(24);
    expect(stored.costs.assumptions.hourlyRate).toBe(120);
    expect(stored.costs.assumptionSources).toMatchObject({
      hourlyRate: "priceList",
      backupPerEndpoint: "assessment",
      suitePerUser: "default",
      incidentsPerMonth: "history",
    });
    expect(stored.costs.assumptions.incidentsPerMonth).toBe(2.5);
    expect(
      (await ownerDb().auditEvent.findMany({ where: { targetId: created.id }, orderBy: { createdAt: "asc" } })).map(
        (e) => e.action,
      ),
    ).toEqual(["assessment.create", "assessment.finalize"]);

    // No drift: the result page's what-if, fed with the stored answers and the pricing the stored
    // result used (as the page does), reproduces the stored result exactly, even after the
    // tenant's pricing changed.
    await ownerDb().tenant.update({ where: { id: w.tenant.id }, data: { hourlyRate: 150 } });
    try {
      const view = await withDbContext(contextFor(actorOf(w)), (tx) =>
        getAssessment(tx, actorOf(w), org.id, created.id),
      );
      const answers = validateAssessmentInput(engineInputOf(view.fields));
      if (!answers.ok) throw new Error("stored answers do not validate");
      expect(JSON.parse(JSON.stringify(decide(answers.input, { defaults: whatIfDefaults(view.result!) })))).toEqual(
        row.result,
      );
    } finally {
      // The world is shared by the file's other tests.
      await ownerDb().tenant.update({ where: { id: w.tenant.id }, data: { hourlyRate: 120 } });
    }

    // A final assessment never changes again.
    expect(await finalizeAssessmentAction({ id: created.id, expectedVersion: 2, ...FORTY_FORM })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("already finalized"),
    });
    expect(
      await saveAssessmentAction({ id: created.id, expectedVersion: 2, ...FORTY_FORM, headcount: "30" }),
    ).toMatchObject({ ok: false, code: "CONFLICT", message: expect.stringContaining("already finalized") });
    expect((await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).headcount).toBe(40);
  });

  it("prices two organizations of different sizes in the same tenant differently", async () => {
    const costOf = async (headcount: number) => {
      const org = await createOrganization(ownerDb(), {
        tenantId: w.tenant.id,
        accountManagerId: w.manager.user.id,
        currentModel: "BREAK_FIX",
        lifecycleStatus: "PROSPECT",
      });
      const created = await draft(org.id);
      actAs(w.manager.user);
      const form = {
        ...FORTY_FORM,
        headcount: String(headcount),
        endpoints: String(Math.round(headcount * 1.2)),
        remoteUsers: String(Math.min(headcount, 3)),
      };
      const result = await finalizeAssessmentAction({ id: created.id, expectedVersion: 1, ...form });
      if (!result.ok) throw new Error(JSON.stringify(result));
      const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
      return (row.result as unknown as ReturnType<typeof decide>).costs;
    };
    const small = await costOf(8);
    const large = await costOf(150);
    expect(large.BREAK_FIX.total).toBeGreaterThan(small.BREAK_FIX.total * 5);
    expect(large.MANAGED.total).toBeGreaterThan(small.MANAGED.total * 5);
    expect(large.assumptions.incidentsPerMonth).toBeGreaterThan(small.assumptions.incidentsPerMonth);
  });

  it("conflicts on a stale version, and changes nothing", async () => {
    const created = await draft(w.orgX.id);
    actAs(w.manager.user);
    await saveAssessmentAction({ id: created.id, expectedVersion: 1, headcount: "41" });
    expect(await finalizeAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "DRAFT",
      headcount: 41,
      result: null,
    });
  });

  it("shows a stored result as it was computed, even after the engine or the pricing changed", async () => {
    const created = await draft(w.orgX.id);
    actAs(w.manager.user);
    await finalizeAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM });
    // Simulate an older engine: its stored sentences and version differ from what today's engine says.
    const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
    const old = {
      ...(row.result as Record<string, unknown>),
      engineVersion: "2020.1.0",
      reasons: ["An older engine's reason."],
    };
    await ownerDb().assessment.update({ where: { id: created.id }, data: { result: old, engineVersion: "2020.1.0" } });
    await ownerDb().tenant.update({ where: { id: w.tenant.id }, data: { hourlyRate: 999 } });
    const actor = actorOf(w);
    try {
      const view = await withDbContext(contextFor(actor), (tx) => getAssessment(tx, actor, w.orgX.id, created.id));
      expect(view.result?.reasons).toEqual(["An older engine's reason."]);
      expect(view.engineVersion).toBe("2020.1.0");
      expect(view.result?.costs?.assumptions.hourlyRate).toBe(120);
    } finally {
      await ownerDb().tenant.update({ where: { id: w.tenant.id }, data: { hourlyRate: 120 } });
    }
    // The assessment must belong to the organization in the URL.
    await expect(
      withDbContext(contextFor(actor), (tx) => getAssessment(tx, actor, w.orgY.id, created.id)),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("a stored result in the reader's language", () => {
  it("renders the same stored row in two locales: the row holds codes, not sentences", async () => {
    const created = await draft(w.orgX.id);
    actAs(w.manager.user);
    expect(await finalizeAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM })).toMatchObject({
      ok: true,
    });
    const actor = actorOf(w);
    const view = await withDbContext(contextFor(actor), (tx) => getAssessment(tx, actor, w.orgX.id, created.id));
    const result = view.result!;
    const texts = [
      ...result.reasons,
      ...result.grid.map((row) => row.situation),
      ...result.breakFixConditions.map((c) => c.condition),
      ...result.mspTriggers.map((x) => x.trigger),
      ...result.whatWouldChange.map((e) => e.text),
      ...result.costs!.notes,
    ];
    // Stored as codes: nothing in the row is a sentence.
    expect(texts.every((t) => typeof t === "object" && t.key.startsWith("engine."))).toBe(true);
    const en = textRenderer("en");
    const other = pseudoRenderer();
    for (const t of texts) {
      const english = renderText(t, en);
      const pseudo = renderText(t, other);
      expect(english).not.toMatch(/^engine\.|[{}]/);
      expect(pseudo.startsWith(PSEUDO_MARK)).toBe(true);
      expect(pseudo).not.toBe(english);
    }
    expect(renderText(result.reasons[0]!, en)).toMatch(/^Managed services fit best: 4 of the six situations/);
    // A list inside a sentence follows the reader's language too.
    expect(renderText(result.reasons[0]!, other)).toContain(" und ");
  });

  it("an assessment finalized by an older engine keeps its English sentences in any locale", async () => {
    const created = await draft(w.orgX.id);
    actAs(w.manager.user);
    await finalizeAssessmentAction({ id: created.id, expectedVersion: 1, ...FORTY_FORM });
    const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
    const old = { ...(row.result as Record<string, unknown>), reasons: ["Managed services fit best."] };
    await ownerDb().assessment.update({ where: { id: created.id }, data: { result: old } });
    const actor = actorOf(w);
    const view = await withDbContext(contextFor(actor), (tx) => getAssessment(tx, actor, w.orgX.id, created.id));
    expect(renderText(view.result!.reasons[0]!, pseudoRenderer())).toBe("Managed services fit best.");
  });
});

describe("defaults of a new assessment", () => {
  it("come from the organization's facts and its latest final assessment", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, { tenantId: w.tenant.id, headcount: 12, sites: 2, endpoints: 20 });
    const actor = actorOf(w);
    const none = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, {}));
    expect(none.from).toBeNull();
    expect(none.fields).toMatchObject({ headcount: 12, sites: 2, endpoints: 20, backups: null, cloudServices: [] });

    await createFinalAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: { ...FORTY, backups: "unmonitored" },
      finalizedAt: new Date("2024-01-01T00:00:00Z"),
    });
    const latest = await createFinalAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: FORTY,
      finalizedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const withLatest = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, {}));
    expect(withLatest.from?.id).toBe(latest.id);
    // Facts from the organization; remote users capped at its (smaller) headcount; the rest from the assessment.
    expect(withLatest.fields).toMatchObject({
      headcount: 12,
      sites: 2,
      endpoints: 20,
      remoteUsers: 12,
      backups: "monitored",
      businessAppDependency: "high",
      cloudServices: ["microsoft365"],
      centralFileSharing: true,
    });
  });
  it("take backups and documentation from the latest finalized posture assessment where blank, never overwriting an answer", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, { tenantId: w.tenant.id, headcount: 12 });
    const actor = actorOf(w);
    const asOf = new Date("2026-09-01T00:00:00Z");
    const answer = (questionId: string, level: "not_in_place" | "partial" | "in_place" | "verified") => ({
      questionId,
      level,
      asOf,
    });
    // An older posture assessment, and a draft: neither is the source.
    await createPostureAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      answers: [answer("pr-backups", "not_in_place")],
      finalizedAt: new Date("2025-01-01T00:00:00Z"),
    });
    const posture = await createPostureAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      answers: [
        answer("pr-backups", "in_place"),
        answer("de-backup-checks", "partial"),
        answer("id-devices", "in_place"),
        answer("id-software", "verified"),
      ],
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
    });
    await createPostureAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      status: "DRAFT",
      answers: [answer("pr-backups", "not_in_place")],
    });
    const blank = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, {}));
    expect(blank.fields).toMatchObject({ backups: "unmonitored", documentation: "current" });
    expect(blank.posture).toEqual({
      id: posture.id,
      finalizedAt: new Date("2026-09-02T10:00:00Z"),
      fields: {
        backups: { value: "unmonitored", questionIds: ["pr-backups", "de-backup-checks"], applied: true },
        documentation: { value: "current", questionIds: ["id-devices", "id-software"], applied: true },
      },
    });

    // The organization's own assessment answered the backups: kept, the posture's value only shown.
    await createFinalAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: { ...FORTY, headcount: 12, remoteUsers: 2, backups: "monitored" },
      finalizedAt: new Date("2026-10-01T00:00:00Z"),
    });
    const kept = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, {}));
    expect(kept.fields).toMatchObject({ backups: "monitored", documentation: "current" });
    expect(kept.posture?.fields.backups).toEqual({
      value: "unmonitored",
      questionIds: ["pr-backups", "de-backup-checks"],
      applied: false,
    });
    expect(kept.posture?.fields.documentation?.applied).toBe(true);
  });
});

describe("incident history from the interventions log", () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  const now = new Date("2026-12-01T10:00:00Z");
  async function logged(organizationId: string, rows: { on: string; kind?: "TICKET" | "TIME_ENTRY"; hours: number }[]) {
    await ownerDb().intervention.createMany({
      data: rows.map((r) => ({
        tenantId: w.tenant.id,
        organizationId,
        occurredOn: day(r.on),
        kind: r.kind ?? "TICKET",
        hours: r.hours,
        amount: r.hours * 120,
        amountSource: "HOURLY_RATE" as const,
        hourlyRate: 120,
        category: "Network",
        detection: "USER_REPORTED" as const,
        createdById: w.manager.user.id,
      })),
    });
  }

  it("prefills a new assessment with the last 12 months of the log, source shown", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, headcount: 9, sites: 1, endpoints: 10 });
    await logged(org.id, [
      { on: "2025-11-20", hours: 9 }, // more than 12 months ago: only dates the start of the log
      { on: "2025-12-02", hours: 1.5 }, // first day of the window
      { on: "2026-06-10", hours: 2.25 },
      { on: "2026-06-10", kind: "TIME_ENTRY", hours: 0.75 },
      { on: "2026-12-01", hours: 1 }, // today
    ]);
    const actor = actorOf(w);
    const defaults = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, { now }));
    expect(defaults.log).toMatchObject({ incidents: 3, hours: 5.5, months: 12, count: 4 });
    expect(defaults.fields.incidentHistory).toEqual({
      incidents: 3,
      hours: 5.5,
      months: 12,
      source: "interventionsLog",
    });

    // Another tenant's manager reads nothing of it.
    const outsider = actorOf(other);
    const foreign = await withDbContext(contextFor(outsider), (tx) => assessmentDefaults(tx, outsider, org, { now }));
    expect(foreign.log).toBeNull();
  });

  it("a log started recently covers only its months; time entries alone give hours, not incidents", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, headcount: 5, sites: 1, endpoints: 5 });
    await logged(org.id, [
      { on: "2026-09-02", kind: "TIME_ENTRY", hours: 2 },
      { on: "2026-11-30", kind: "TIME_ENTRY", hours: 4 },
    ]);
    const actor = actorOf(w);
    const { log, fields } = await withDbContext(contextFor(actor), (tx) => assessmentDefaults(tx, actor, org, { now }));
    expect(log).toMatchObject({ hours: 6, months: 3, count: 2 });
    expect(log?.incidents).toBeUndefined();
    expect(fields.incidentHistory).toEqual({ hours: 6, months: 3, source: "interventionsLog" });
  });

  it("saves the log as the source while the figures match it, the account manager's once changed", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, headcount: 20, sites: 1, endpoints: 22 });
    // Dated relative to the real clock: the actions read today's log.
    const today = new Date();
    const daysAgo = (n: number) => new Date(today.getTime() - n * 86_400_000).toISOString().slice(0, 10);
    await logged(org.id, [
      { on: daysAgo(400), hours: 1 },
      { on: daysAgo(30), hours: 2 },
      { on: daysAgo(3), hours: 3 },
    ]);
    const created = await draft(org.id, { headcount: "20", incidentHistory: { incidents: "2", hours: "5" } });
    const stored = async () =>
      (await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } })).incidentHistory;
    expect(await stored()).toEqual({ incidents: 2, hours: 5, months: 12, source: "interventionsLog" });

    const saved = await saveAssessmentAction({
      id: created.id,
      expectedVersion: created.version,
      headcount: "20",
      incidentHistory: { incidents: "4", hours: "5" },
    });
    expect(saved.ok).toBe(true);
    expect(await stored()).toEqual({ incidents: 4, hours: 5, months: 12, source: "assessment" });

    // Finalized with the log's figures: the stored result's baseline names the log as its source.
    const final = await finalizeAssessmentAction({
      ...FORTY_FORM,
      headcount: "20",
      endpoints: "22",
      remoteUsers: "5",
      id: created.id,
      expectedVersion: created.version + 1,
      incidentHistory: { incidents: "2", hours: "5" },
    });
    if (!final.ok) throw new Error(JSON.stringify(final));
    const row = await ownerDb().assessment.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.incidentHistory).toEqual({ incidents: 2, hours: 5, months: 12, source: "interventionsLog" });
    expect(JSON.stringify(row.result)).toContain("interventionsLog");
  });
});
