import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { recordModelChangeAction } from "@/lib/actions/model-changes";
import type { AssessmentInput } from "@/lib/engine";
import {
  createFinalAssessment,
  createOrganization,
  createWorld,
  recordModelChange,
  type World,
} from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

const key = () => randomUUID();
let w: World;
let other: World;
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
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

async function state({ tenantId, id: organizationId }: { tenantId: string; id: string }) {
  const db = ownerDb();
  const [org, changes] = await Promise.all([
    db.clientOrganization.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id: organizationId } } }),
    db.serviceModelChange.findMany({
      where: { organizationId },
      orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  return { org, changes };
}

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("modelChange.create", () => {
  it("records a prospect's move from an assessment: the change, the organization (ACTIVE, model, target reached), the audit, in one go", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      lifecycleStatus: "PROSPECT",
      currentModel: "BREAK_FIX",
      targetModel: "MANAGED",
    });
    const assessment = await createFinalAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: FORTY,
    });
    actAs(w.manager.user);
    const result = await recordModelChangeAction({
      organizationId: org.id,
      expectedVersion: 1,
      assessmentId: assessment.id,
      toModel: "MANAGED",
      effectiveDate: daysAgo(2),
      reason: "Signed after the review.",
      idempotencyKey: key(),
    });
    expect(result).toMatchObject({ ok: true, data: { organizationId: org.id, version: 2 } });
    const s = await state(org);
    expect(s.org).toMatchObject({ currentModel: "MANAGED", lifecycleStatus: "ACTIVE", targetModel: null, version: 2 });
    expect(s.changes).toHaveLength(1);
    expect(s.changes[0]).toMatchObject({
      tenantId: w.tenant.id,
      fromModel: null,
      toModel: "MANAGED",
      assessmentId: assessment.id,
      recordedById: w.manager.user.id,
      reason: "Signed after the review.",
    });
    const audit = await db.auditEvent.findFirstOrThrow({
      where: { action: "modelChange.create", targetId: s.changes[0]!.id },
    });
    expect(audit.metadata).toMatchObject({
      organizationId: org.id,
      fromModel: null,
      toModel: "MANAGED",
      assessmentId: assessment.id,
    });
  });

  it("records a move back (managed → hybrid) and a departure (→ FORMER, no model)", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      lifecycleStatus: "ACTIVE",
      currentModel: "MANAGED",
    });
    await recordModelChange(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      recordedById: w.manager.user.id,
      fromModel: null,
      toModel: "MANAGED",
      effectiveDate: new Date(`${daysAgo(100)}T00:00:00Z`),
    });
    actAs(w.owner.user);
    expect(
      await recordModelChangeAction({
        organizationId: org.id,
        expectedVersion: 1,
        toModel: "HYBRID",
        effectiveDate: daysAgo(20),
        reason: "Budget cut: keep backups and Microsoft 365 only.",
        idempotencyKey: key(),
      }),
    ).toMatchObject({ ok: true });
    expect(
      await recordModelChangeAction({
        organizationId: org.id,
        expectedVersion: 2,
        toModel: "LEFT",
        effectiveDate: daysAgo(1),
        reason: "Ended the contract.",
        idempotencyKey: key(),
      }),
    ).toMatchObject({ ok: true, data: { version: 3 } });
    const s = await state(org);
    expect(s.changes.map((c) => [c.fromModel, c.toModel])).toEqual([
      [null, "MANAGED"],
      ["MANAGED", "HYBRID"],
      ["HYBRID", null],
    ]);
    expect(s.org).toMatchObject({ lifecycleStatus: "FORMER", currentModel: "HYBRID", version: 3 });
    // A former client can come back: the move starts from nothing.
    expect(
      await recordModelChangeAction({
        organizationId: org.id,
        expectedVersion: 3,
        toModel: "BREAK_FIX",
        effectiveDate: daysAgo(0),
        reason: "Back, per intervention.",
        idempotencyKey: key(),
      }),
    ).toMatchObject({ ok: true });
    const back = await state(org);
    expect(back.changes[3]).toMatchObject({ fromModel: null, toModel: "BREAK_FIX" });
    expect(back.org).toMatchObject({ lifecycleStatus: "ACTIVE", currentModel: "BREAK_FIX" });
  });

  it("names what is wrong: same model, departure of a non-client, future date, before the last move, a draft assessment, no reason", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      lifecycleStatus: "ACTIVE",
      currentModel: "HYBRID",
    });
    await recordModelChange(db, {
      tenantId: w.tenant.id,
      organizationId: org.id,
      recordedById: w.manager.user.id,
      fromModel: null,
      toModel: "HYBRID",
      effectiveDate: new Date(`${daysAgo(10)}T00:00:00Z`),
    });
    const prospect = await createOrganization(db, { tenantId: w.tenant.id, lifecycleStatus: "PROSPECT" });
    const draft = await db.assessment.create({
      data: { tenantId: w.tenant.id, organizationId: org.id, authorId: w.manager.user.id, headcount: 5 },
    });
    actAs(w.manager.user);
    const base = { organizationId: org.id, expectedVersion: 1, reason: "Because.", idempotencyKey: key() };
    expect(await recordModelChangeAction({ ...base, toModel: "HYBRID", effectiveDate: daysAgo(1) })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { toModel: "The organization is already on this model." },
    });
    expect(
      await recordModelChangeAction({
        ...base,
        idempotencyKey: key(),
        organizationId: prospect.id,
        toModel: "LEFT",
        effectiveDate: daysAgo(1),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { toModel: "Only an active client can leave." } });
    expect(
      await recordModelChangeAction({
        ...base,
        idempotencyKey: key(),
        toModel: "MANAGED",
        effectiveDate: new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10),
      }),
    ).toMatchObject({ ok: false, fieldErrors: { effectiveDate: "Choose today or an earlier date." } });
    expect(
      await recordModelChangeAction({ ...base, idempotencyKey: key(), toModel: "MANAGED", effectiveDate: daysAgo(30) }),
    ).toMatchObject({ ok: false, fieldErrors: { effectiveDate: expect.stringContaining(daysAgo(10)) } });
    expect(
      await recordModelChangeAction({
        ...base,
        idempotencyKey: key(),
        toModel: "MANAGED",
        effectiveDate: daysAgo(1),
        assessmentId: draft.id,
      }),
    ).toMatchObject({ ok: false, fieldErrors: { assessmentId: expect.stringContaining("finalized") } });
    expect(
      await recordModelChangeAction({
        ...base,
        idempotencyKey: key(),
        toModel: "SOMETIMES",
        effectiveDate: "2025-02-30",
        reason: "",
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: {
        toModel: "Choose one of the options.",
        effectiveDate: "Enter a valid date.",
        reason: "This field is required.",
      },
    });
    const s = await state(org);
    expect(s.changes).toHaveLength(1);
    expect(s.org).toMatchObject({ currentModel: "HYBRID", version: 1 });
  });

  it("conflicts when the organization moved on since it was loaded", async () => {
    const db = ownerDb();
    const org = await createOrganization(db, {
      tenantId: w.tenant.id,
      lifecycleStatus: "ACTIVE",
      currentModel: "BREAK_FIX",
    });
    await db.clientOrganization.update({
      where: { tenantId_id: { tenantId: org.tenantId, id: org.id } },
      data: { version: 2 },
    });
    actAs(w.manager.user);
    expect(
      await recordModelChangeAction({
        organizationId: org.id,
        expectedVersion: 1,
        toModel: "HYBRID",
        effectiveDate: daysAgo(0),
        reason: "Stale.",
        idempotencyKey: key(),
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await state(org)).changes).toHaveLength(0);
  });

  it("is idempotent: a double submit records one move", async () => {
    const org = await createOrganization(ownerDb(), {
      tenantId: w.tenant.id,
      lifecycleStatus: "ACTIVE",
      currentModel: "BREAK_FIX",
    });
    actAs(w.manager.user);
    const input = {
      organizationId: org.id,
      expectedVersion: 1,
      toModel: "HYBRID",
      effectiveDate: daysAgo(0),
      reason: "Once.",
      idempotencyKey: key(),
    };
    const [a, b] = await Promise.all([recordModelChangeAction(input), recordModelChangeAction(input)]);
    const c = await recordModelChangeAction(input);
    expect(a.ok && b.ok && c.ok).toBe(true);
    if (!a.ok || !b.ok || !c.ok) return;
    expect(new Set([a.data.id, b.data.id, c.data.id]).size).toBe(1);
    const s = await state(org);
    expect(s.changes).toHaveLength(1);
    expect(s.org.version).toBe(2);
  });

  it("answers NOT_FOUND for another tenant's organization or assessment, and changes nothing", async () => {
    const db = ownerDb();
    const foreignAssessment = await createFinalAssessment(db, {
      tenantId: other.tenant.id,
      organizationId: other.orgX.id,
      authorId: other.manager.user.id,
      currentModel: "BREAK_FIX",
      input: FORTY,
    });
    const otherOrgAssessment = await createFinalAssessment(db, {
      tenantId: w.tenant.id,
      organizationId: w.orgY.id,
      authorId: w.manager.user.id,
      currentModel: "BREAK_FIX",
      input: FORTY,
    });
    const before = await state(other.orgX);
    const mine = await state(w.orgX);
    actAs(w.manager.user);
    const input = {
      expectedVersion: 1,
      toModel: "MANAGED",
      effectiveDate: daysAgo(0),
      reason: "x",
      idempotencyKey: key(),
    };
    expect(await recordModelChangeAction({ ...input, organizationId: other.orgX.id })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(
      await recordModelChangeAction({
        ...input,
        idempotencyKey: key(),
        organizationId: w.orgX.id,
        assessmentId: foreignAssessment.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // An assessment of another organization of the same tenant cannot motivate this one's move.
    expect(
      await recordModelChangeAction({
        ...input,
        idempotencyKey: key(),
        organizationId: w.orgX.id,
        assessmentId: otherOrgAssessment.id,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await state(other.orgX)).toEqual(before);
    expect(await state(w.orgX)).toEqual(mine);
    actAs(w.clientX.user);
    expect(await recordModelChangeAction({ ...input, idempotencyKey: key(), organizationId: w.orgX.id })).toMatchObject(
      { ok: false, code: "NOT_FOUND" },
    );
    anonymous();
    expect(await recordModelChangeAction({ ...input, idempotencyKey: key(), organizationId: w.orgX.id })).toMatchObject(
      { ok: false, code: "UNAUTHENTICATED" },
    );
  });
});
