import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { decideProposalAction, shareProposalAction, withdrawProposalAction } from "@/lib/actions/proposals";
import { recordModelChangeAction } from "@/lib/actions/model-changes";
import { getOrganizationOverview } from "@/lib/domain/organizations/get-organization-overview";
import { withDbContext } from "@/lib/db/context";
import { getProposal } from "@/lib/domain/proposals/get-proposal";
import { listPortalProposals } from "@/lib/domain/proposals/list-portal-proposals";
import type { AssessmentInput } from "@/lib/engine";
import { contextFor } from "@/lib/access/actor";
import { readProposalSnapshot } from "@/lib/proposals/read-snapshot";
import { createFinalAssessment, createOrganization, createWorld, type World } from "@/lib/seed/factories";
import { contentSha256 } from "@/lib/signatures/content-hash";
import type { Actor } from "@/lib/access/actor";
import { actorFor, staffActor } from "@/tests/support/actors";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

const key = () => randomUUID();
let w: World;
let other: World;

/** The seed's 40-person example: managed services. */
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
  needsPredictableBudget: true,
  needsMonthlySteering: false,
  incidentHistory: { incidents: 30, hours: 60, months: 12, source: "assessment" },
};

async function finalAssessment(world: World, organizationId = world.orgX.id) {
  return createFinalAssessment(ownerDb(), {
    tenantId: world.tenant.id,
    organizationId,
    authorId: world.manager.user.id,
    currentModel: "BREAK_FIX",
    input: FORTY,
  });
}

async function share(world: World, assessmentId: string, message = "") {
  actAs(world.manager.user);
  const result = await shareProposalAction({ assessmentId, message, idempotencyKey: key() });
  if (!result.ok) throw new Error(`share failed: ${result.code} ${result.message}`);
  return result.data;
}

/** A client user of a world as an actor (their organization's scope). */
const clientActor = (world: World, who: "clientX" | "clientY"): Actor => ({
  ...actorFor(world, world[who].user),
  role: "CLIENT",
  organizationId: who === "clientX" ? world.orgX.id : world.orgY.id,
});

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("proposal.share", () => {
  it("shares a finalized assessment: an immutable snapshot in client words, its SHA-256, the audit entry and the event", async () => {
    const assessment = await finalAssessment(w);
    const data = await share(w, assessment.id, "As discussed on Tuesday.");
    expect(data).toMatchObject({ organizationId: w.orgX.id, assessmentId: assessment.id });
    const row = await ownerDb().proposal.findFirstOrThrow({ where: { id: data.id } });
    expect(row).toMatchObject({
      status: "SHARED",
      message: "As discussed on Tuesday.",
      sharedById: w.manager.user.id,
      organizationId: w.orgX.id,
    });
    const snapshot = readProposalSnapshot(row.snapshot)!;
    expect(snapshot.model).toBe("MANAGED");
    expect(snapshot.lead).toBe("MANAGED");
    // Reasons are codes the client catalog words, never the engine's staff sentences.
    expect(JSON.stringify(snapshot)).not.toContain("engine.");
    expect(snapshot.reasons).toContainEqual({ code: "situation", item: "remoteAccess" });
    expect(snapshot.reasons).toContainEqual({ code: "need", item: "predictableBudget" });
    expect(snapshot.reasons.at(-1)).toEqual({ code: "notOnlyCost" });
    // The cost comparison with its band and its assumptions, each with its source; the client's own history named.
    expect(snapshot.costs!.models.MANAGED.low).toBeLessThanOrEqual(snapshot.costs!.models.MANAGED.total);
    expect(snapshot.costs!.models.MANAGED.high).toBeGreaterThanOrEqual(snapshot.costs!.models.MANAGED.total);
    expect(snapshot.costs!.assumptions.find((a) => a.key === "incidentsPerMonth")).toMatchObject({
      value: 2.5,
      source: "history",
    });
    expect(snapshot.costs!.history).toEqual({ months: 12, source: "assessment" });
    expect(snapshot.assessedOn).toBe(assessment.finalizedAt!.toISOString().slice(0, 10));
    // The hash is the SHA-256 of the snapshot as stored (canonical JSON, whatever order JSONB returns keys in).
    expect(row.snapshotSha256).toBe(contentSha256(row.snapshot));
    const audit = await ownerDb().auditEvent.findFirst({ where: { action: "proposal.share", targetId: data.id } });
    expect(audit).toMatchObject({ actorUserId: w.manager.user.id, outcome: "SUCCESS" });
    const event = await ownerDb().domainEvent.findFirst({ where: { tenantId: w.tenant.id, type: "proposal.shared" } });
    expect(event?.data).toMatchObject({ proposalId: expect.any(String), organizationId: w.orgX.id, model: "MANAGED" });
  });

  it("refuses a draft assessment, and keeps one open proposal per assessment", async () => {
    const draft = await ownerDb().assessment.create({
      data: { tenantId: w.tenant.id, organizationId: w.orgX.id, authorId: w.manager.user.id, status: "DRAFT" },
    });
    actAs(w.manager.user);
    expect(await shareProposalAction({ assessmentId: draft.id, message: "", idempotencyKey: key() })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Only a finalized assessment can be shared as a proposal.",
    });
    const assessment = await finalAssessment(w);
    await share(w, assessment.id);
    expect(
      await shareProposalAction({ assessmentId: assessment.id, message: "", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await ownerDb().proposal.count({ where: { assessmentId: assessment.id } })).toBe(1);
  });

  it("refuses a client already on the recommended model", async () => {
    const org = await createOrganization(ownerDb(), {
      tenantId: w.tenant.id,
      lifecycleStatus: "ACTIVE",
      currentModel: "MANAGED",
    });
    const assessment = await finalAssessment(w, org.id);
    actAs(w.manager.user);
    expect(
      await shareProposalAction({ assessmentId: assessment.id, message: "", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "CONFLICT", message: "The client is already on the recommended model." });
  });

  it("is staff only; another tenant's assessment is a 404 and nothing is written", async () => {
    const assessment = await finalAssessment(w);
    actAs(w.clientX.user);
    expect(
      await shareProposalAction({ assessmentId: assessment.id, message: "", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(other.manager.user);
    expect(
      await shareProposalAction({ assessmentId: assessment.id, message: "", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    anonymous();
    expect(
      await shareProposalAction({ assessmentId: assessment.id, message: "", idempotencyKey: key() }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await ownerDb().proposal.count({ where: { assessmentId: assessment.id } })).toBe(0);
  });

  it("keeps a too-long message as a field error", async () => {
    const assessment = await finalAssessment(w);
    actAs(w.manager.user);
    const result = await shareProposalAction({
      assessmentId: assessment.id,
      message: "x".repeat(2_001),
      idempotencyKey: key(),
    });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { message: expect.any(String) } });
  });
});

describe("proposal.withdraw", () => {
  it("withdraws an undecided proposal (audited); the client no longer sees it; the assessment can be shared again", async () => {
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    actAs(w.manager.user);
    expect(await withdrawProposalAction({ id, expectedVersion: 1 })).toMatchObject({ ok: true });
    const row = await ownerDb().proposal.findFirstOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "WITHDRAWN", withdrawnById: w.manager.user.id, version: 2 });
    expect(await ownerDb().auditEvent.count({ where: { action: "proposal.withdraw", targetId: id } })).toBe(1);
    const client = clientActor(w, "clientX");
    await expect(withDbContext(contextFor(client), (tx) => getProposal(tx, client, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await withdrawProposalAction({ id, expectedVersion: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    await share(w, assessment.id);
  });

  it("refuses a stale version, a client, and another tenant (404)", async () => {
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    actAs(w.manager.user);
    expect(await withdrawProposalAction({ id, expectedVersion: 7 })).toMatchObject({ ok: false, code: "CONFLICT" });
    actAs(w.clientX.user);
    expect(await withdrawProposalAction({ id, expectedVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(other.owner.user);
    expect(await withdrawProposalAction({ id, expectedVersion: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ownerDb().proposal.findFirstOrThrow({ where: { id } })).toMatchObject({ status: "SHARED" });
  });
});

describe("the client reads their organization's proposals", () => {
  it("lists and opens their own organization's shared proposals; another organization's or tenant's is a 404", async () => {
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id, "For your board.");
    const clientX = clientActor(w, "clientX");
    const list = await withDbContext(contextFor(clientX), (tx) => listPortalProposals(tx, clientX));
    expect(list.proposals.map((p) => p.id)).toContain(id);
    expect(list.organizationName).toBe(w.orgX.name);
    const view = await withDbContext(contextFor(clientX), (tx) => getProposal(tx, clientX, id));
    expect(view).toMatchObject({ id, status: "SHARED", message: "For your board.", move: null });
    expect(view.sharedByName).toBe(w.manager.user.name);

    const clientY = clientActor(w, "clientY");
    await expect(withDbContext(contextFor(clientY), (tx) => getProposal(tx, clientY, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const listY = await withDbContext(contextFor(clientY), (tx) => listPortalProposals(tx, clientY));
    expect(listY.proposals.map((p) => p.id)).not.toContain(id);
    const foreign = clientActor(other, "clientX");
    await expect(withDbContext(contextFor(foreign), (tx) => getProposal(tx, foreign, id))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("RLS alone hides other organizations' and withdrawn proposals from a client", async () => {
    const assessment = await finalAssessment(w, w.orgY.id);
    const { id } = await share(w, assessment.id);
    const clientX = clientActor(w, "clientX");
    // An unscoped query: only the database's policies stand between the client and the row.
    const seen = await withDbContext(contextFor(clientX), (tx) => tx.proposal.findMany({ select: { id: true } }));
    expect(seen.map((p) => p.id)).not.toContain(id);
    const clientY = clientActor(w, "clientY");
    const seenY = await withDbContext(contextFor(clientY), (tx) => tx.proposal.findMany({ select: { id: true } }));
    expect(seenY.map((p) => p.id)).toContain(id);
  });
});

describe("immutability", () => {
  it("the database refuses any change to what was shared, even by staff", async () => {
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    const manager = staffActor(w);
    await expect(
      withDbContext(contextFor(manager), (tx) =>
        tx.proposal.updateMany({ where: { id }, data: { snapshot: { v: 1, model: "BREAK_FIX" } } }),
      ),
    ).rejects.toThrow();
    await expect(
      withDbContext(contextFor(manager), (tx) =>
        tx.proposal.updateMany({ where: { id }, data: { message: "Edited" } }),
      ),
    ).rejects.toThrow();
    const row = await ownerDb().proposal.findFirstOrThrow({ where: { id } });
    expect(row.snapshotSha256).toBe(contentSha256(row.snapshot));
    expect(row.message).toBeNull();
  });
});

/** Makes a world's client an approver (the owner's choice on the team page). */
async function approver(world: World, who: "clientX" | "clientY" = "clientX") {
  await ownerDb().membership.updateMany({
    where: { tenantId: world.tenant.id, userId: world[who].user.id },
    data: { clientAccess: "APPROVER" },
  });
}

async function decide(
  world: World,
  who: "clientX" | "clientY",
  id: string,
  decision: "APPROVED" | "DECLINED" | { decision: "APPROVED" | "DECLINED"; extra: Record<string, unknown> },
) {
  const extra = typeof decision === "string" ? {} : decision.extra;
  if (typeof decision !== "string") decision = decision.decision;
  const row = await ownerDb().proposal.findFirstOrThrow({ where: { id } });
  actAs(world[who].user);
  return decideProposalAction({
    id,
    decision,
    signatureName: world[who].user.name,
    snapshotSha256: row.snapshotSha256,
    expectedVersion: row.version,
    ...extra,
  });
}

const today = () => new Date().toISOString().slice(0, 10);

describe("proposal.decide and the move that closes it", () => {
  it("an approver approves (signature, time, server-computed hash, audit, event); the account manager records the move linked to the proposal and its assessment; the journey shows who decided and why", async () => {
    await approver(w);
    const org = await createOrganization(ownerDb(), {
      tenantId: w.tenant.id,
      lifecycleStatus: "PROSPECT",
      currentModel: "BREAK_FIX",
    });
    await ownerDb().membership.updateMany({
      where: { tenantId: w.tenant.id, userId: w.clientX.user.id },
      data: { organizationId: org.id },
    });
    try {
      const assessment = await finalAssessment(w, org.id);
      const { id } = await share(w, assessment.id);
      const result = await decide(w, "clientX", id, "APPROVED");
      expect(result).toMatchObject({ ok: true, data: { id, status: "APPROVED", version: 2 } });
      const [proposal, decisions] = await Promise.all([
        ownerDb().proposal.findFirstOrThrow({ where: { id } }),
        ownerDb().proposalDecision.findMany({ where: { proposalId: id } }),
      ]);
      expect(proposal.status).toBe("APPROVED");
      expect(decisions).toHaveLength(1);
      expect(decisions[0]).toMatchObject({
        decision: "APPROVED",
        signatureName: w.clientX.user.name,
        decidedById: w.clientX.user.id,
        snapshotSha256: contentSha256(proposal.snapshot),
      });
      expect(await ownerDb().auditEvent.count({ where: { action: "proposal.decide", targetId: id } })).toBe(1);
      const event = await ownerDb().domainEvent.findFirst({
        where: { tenantId: w.tenant.id, type: "proposal.decided", data: { path: ["proposalId"], equals: id } },
      });
      expect(event?.data).toMatchObject({ decision: "APPROVED", organizationId: org.id });

      // The move: to another model than proposed is refused next to the field; the proposed one closes it.
      actAs(w.manager.user);
      const base = {
        organizationId: org.id,
        expectedVersion: 1,
        proposalId: id,
        effectiveDate: today(),
        reason: "Approved by the client.",
      };
      expect(await recordModelChangeAction({ ...base, toModel: "HYBRID", idempotencyKey: key() })).toMatchObject({
        ok: false,
        code: "VALIDATION",
        fieldErrors: { toModel: "The move closing this proposal must be to the proposed model." },
      });
      const moved = await recordModelChangeAction({ ...base, toModel: "MANAGED", idempotencyKey: key() });
      expect(moved).toMatchObject({ ok: true });
      const change = await ownerDb().serviceModelChange.findFirstOrThrow({ where: { organizationId: org.id } });
      expect(change).toMatchObject({ proposalId: id, assessmentId: assessment.id, toModel: "MANAGED" });
      expect((await ownerDb().proposal.findFirstOrThrow({ where: { id } })).moveRecordedAt).not.toBeNull();
      // A second move from the same proposal is refused.
      const again = await recordModelChangeAction({
        ...base,
        expectedVersion: 2,
        toModel: "MANAGED",
        idempotencyKey: key(),
      });
      expect(again).toMatchObject({ ok: false, code: "VALIDATION" });

      // The journey carries who decided and why.
      const overview = await withDbContext(contextFor(staffActor(w)), (tx) =>
        getOrganizationOverview(tx, staffActor(w), org.id),
      );
      expect(overview.changes[0]!.proposal).toMatchObject({
        id,
        signatureName: w.clientX.user.name,
        reasons: expect.arrayContaining([{ code: "situation", item: "remoteAccess" }]),
      });

      // Closed: the client can no longer change the decision, and the database agrees.
      expect(await decide(w, "clientX", id, "DECLINED")).toMatchObject({
        ok: false,
        code: "CONFLICT",
        message: "The move was recorded from this proposal: its decision can no longer change.",
      });
    } finally {
      await ownerDb().membership.updateMany({
        where: { tenantId: w.tenant.id, userId: w.clientX.user.id },
        data: { organizationId: w.orgX.id },
      });
    }
  });

  it("a reader sees the proposal but cannot decide (FORBIDDEN, nothing written)", async () => {
    const assessment = await finalAssessment(w, w.orgY.id);
    const { id } = await share(w, assessment.id);
    await ownerDb().membership.updateMany({
      where: { tenantId: w.tenant.id, userId: w.clientY.user.id },
      data: { clientAccess: "READER" },
    });
    const result = await decide(w, "clientY", id, "APPROVED");
    expect(result).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await ownerDb().proposalDecision.count({ where: { proposalId: id } })).toBe(0);
    // RLS says the same: a reader's insert is refused by the database itself.
    const reader = clientActor(w, "clientY");
    const row = await ownerDb().proposal.findFirstOrThrow({ where: { id } });
    await expect(
      withDbContext(contextFor(reader), (tx) =>
        tx.proposalDecision.create({
          data: {
            tenantId: w.tenant.id,
            proposalId: id,
            decision: "APPROVED",
            signatureName: w.clientY.user.name,
            snapshotSha256: row.snapshotSha256,
            decidedById: w.clientY.user.id,
            decidedAt: new Date(),
          },
        }),
      ),
    ).rejects.toThrow();
  });

  it("declines, then a new decision supersedes it; the history is kept and immutable", async () => {
    await approver(w);
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    expect(await decide(w, "clientX", id, "DECLINED")).toMatchObject({ ok: true, data: { status: "DECLINED" } });
    expect(await decide(w, "clientX", id, "DECLINED")).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await decide(w, "clientX", id, "APPROVED")).toMatchObject({ ok: true, data: { status: "APPROVED" } });
    const decisions = await ownerDb().proposalDecision.findMany({
      where: { proposalId: id },
      orderBy: { decidedAt: "asc" },
    });
    expect(decisions.map((d) => d.decision)).toEqual(["DECLINED", "APPROVED"]);
    const client = clientActor(w, "clientX");
    await expect(
      withDbContext(contextFor(client), (tx) =>
        tx.proposalDecision.updateMany({ where: { proposalId: id }, data: { decision: "APPROVED" } }),
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      withDbContext(contextFor(staffActor(w)), (tx) => tx.proposalDecision.deleteMany({ where: { proposalId: id } })),
    ).rejects.toThrow(/permission denied/);
    // Staff cannot withdraw a decided proposal.
    actAs(w.manager.user);
    expect(await withdrawProposalAction({ id, expectedVersion: 3 })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("refuses a signature that is not the signer's name, and a fingerprint that is not the stored proposal's", async () => {
    await approver(w);
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    expect(
      await decide(w, "clientX", id, { decision: "APPROVED", extra: { signatureName: "Somebody Else" } }),
    ).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { signatureName: `Type your full name exactly as on your profile: ${w.clientX.user.name}.` },
    });
    expect(
      await decide(w, "clientX", id, { decision: "APPROVED", extra: { snapshotSha256: "0".repeat(64) } }),
    ).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await ownerDb().proposalDecision.count({ where: { proposalId: id } })).toBe(0);
  });

  it("another organization's client, another tenant's client and staff get a 404", async () => {
    await approver(w, "clientY");
    await approver(other);
    const assessment = await finalAssessment(w);
    const { id } = await share(w, assessment.id);
    expect(await decide(w, "clientY", id, "APPROVED")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const row = await ownerDb().proposal.findFirstOrThrow({ where: { id } });
    actAs(other.clientX.user);
    expect(
      await decideProposalAction({
        id,
        decision: "APPROVED",
        signatureName: other.clientX.user.name,
        snapshotSha256: row.snapshotSha256,
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    actAs(w.manager.user);
    expect(
      await decideProposalAction({
        id,
        decision: "APPROVED",
        signatureName: w.manager.user.name,
        snapshotSha256: row.snapshotSha256,
        expectedVersion: 1,
      }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await ownerDb().proposalDecision.count({ where: { proposalId: id } })).toBe(0);
  });

  it("a move cannot close a proposal that is not approved", async () => {
    const org = await createOrganization(ownerDb(), { tenantId: w.tenant.id, lifecycleStatus: "PROSPECT" });
    const assessment = await finalAssessment(w, org.id);
    const { id } = await share(w, assessment.id);
    actAs(w.manager.user);
    expect(
      await recordModelChangeAction({
        organizationId: org.id,
        expectedVersion: 1,
        proposalId: id,
        toModel: "MANAGED",
        effectiveDate: today(),
        reason: "Too early.",
        idempotencyKey: key(),
      }),
    ).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { proposalId: expect.any(String) } });
    expect(await ownerDb().serviceModelChange.count({ where: { organizationId: org.id } })).toBe(0);
  });
});
