import { createHash, randomUUID } from "node:crypto";
import {
  createApiTokenFor,
  createFinalAssessment,
  createReport,
  createScopingCall,
  createWorld,
  recordModelChange,
  type World,
} from "@/lib/seed/factories";
import { createPostureAssessment } from "@/lib/seed/posture";
import { createProposal } from "@/lib/seed/proposals";
import { currentCatalog } from "@/lib/posture/catalog";
import { MATURITY_LEVELS } from "@/lib/posture/vocabulary";
import { ownerDb } from "@/tests/support/db";
import { FULL_INPUT } from "@/lib/engine/test-fixtures";

export { FULL_INPUT };

/**
 * A world with at least one row in EVERY tenant-owned table, for isolation
 * tests: if a new table is added, add a row for it here (the RLS test fails
 * until every tenant table has rows in both worlds).
 */
export async function createFullWorld(): Promise<
  World & {
    reportId: string;
    draftReportId: string;
    assessmentId: string;
    reportYId: string;
    assessmentYId: string;
    callId: string;
    postureId: string;
    postureYId: string;
    proposalId: string;
    proposalYId: string;
  }
> {
  const db = ownerDb();
  const world = await createWorld(db);
  const { tenant, manager, orgX, clientX } = world;
  // The matrix's client users may decide for their organization (the decision ledger); readers are
  // tests/integration/decisions.test.ts's business.
  await db.membership.updateMany({
    where: { id: { in: [world.clientX.membership.id, world.clientY.membership.id] } },
    data: { clientAccess: "APPROVER" },
  });
  const call = await createScopingCall(db, { tenantId: tenant.id, organizationId: orgX.id, authorId: manager.user.id });
  const assessment = await createFinalAssessment(db, {
    tenantId: tenant.id,
    organizationId: orgX.id,
    authorId: manager.user.id,
    currentModel: "BREAK_FIX",
    input: FULL_INPUT,
  });
  await recordModelChange(db, {
    tenantId: tenant.id,
    organizationId: orgX.id,
    recordedById: manager.user.id,
    fromModel: null,
    toModel: "BREAK_FIX",
    effectiveDate: new Date("2026-01-01T00:00:00Z"),
    assessmentId: assessment.id,
  });
  const published = await createReport(db, {
    tenantId: tenant.id,
    organizationId: orgX.id,
    authorId: manager.user.id,
    period: "2026-09",
    status: "PUBLISHED",
  });
  const draft = await createReport(db, {
    tenantId: tenant.id,
    organizationId: orgX.id,
    authorId: manager.user.id,
    period: "2026-10",
    status: "DRAFT",
  });
  await db.reportAcknowledgement.create({
    data: { tenantId: tenant.id, reportId: published.id, userId: clientX.user.id },
  });
  await db.reportComment.create({
    data: { tenantId: tenant.id, reportId: published.id, authorId: clientX.user.id, body: "Thanks." },
  });
  await db.reportRead.create({ data: { tenantId: tenant.id, reportId: published.id, userId: clientX.user.id } });
  // A decision in the ledger (lib/domain/decisions), so no table of the tenant is empty.
  await db.clientDecision.create({
    data: {
      tenantId: tenant.id,
      organizationId: orgX.id,
      reportId: published.id,
      itemKind: "recommendation",
      itemId: "itm_world0000001",
      decision: "APPROVED",
      signature: clientX.user.name,
      decidedById: clientX.user.id,
      itemHash: "0".repeat(64),
    },
  });
  await db.auditEvent.create({
    data: { tenantId: tenant.id, actorUserId: manager.user.id, action: "test.seed", outcome: "SUCCESS" },
  });
  await db.invitation.create({
    data: {
      tenantId: tenant.id,
      email: `invitee.${randomUUID().slice(0, 8)}@example.test`,
      role: "ACCOUNT_MANAGER",
      tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById: world.owner.user.id,
    },
  });
  await db.idempotencyKey.create({
    data: { tenantId: tenant.id, key: randomUUID(), action: "test.seed", userId: manager.user.id, response: {} },
  });
  const event = await db.domainEvent.create({
    data: {
      id: `evt_test${randomUUID().replace(/-/g, "")}`,
      tenantId: tenant.id,
      type: "report.published",
      data: { reportId: published.id, organizationId: orgX.id, period: "2026-09", republished: false },
      dispatchedAt: new Date(),
    },
  });
  const endpoint = await db.webhookEndpoint.create({
    data: {
      tenantId: tenant.id,
      url: "https://hooks.example.com/world",
      // Paused: events of the isolation tests are never sent anywhere.
      enabled: false,
      eventTypes: ["report.published"],
      secretEncrypted: "v1.not.a.real-secret",
      secretHint: "whsec_test",
      createdById: world.owner.user.id,
    },
  });
  const delivery = await db.webhookDelivery.create({
    data: { tenantId: tenant.id, endpointId: endpoint.id, eventId: event.id, status: "SUCCEEDED", attempts: 1 },
  });
  await db.webhookAttempt.create({
    data: {
      tenantId: tenant.id,
      deliveryId: delivery.id,
      trigger: "automatic",
      startedAt: new Date(),
      durationMs: 12,
      statusCode: 204,
    },
  });
  await db.intervention.create({
    data: {
      tenantId: tenant.id,
      organizationId: orgX.id,
      occurredOn: new Date("2026-03-02T00:00:00Z"),
      hours: 1.5,
      amount: 142.5,
      amountSource: "HOURLY_RATE",
      hourlyRate: 95,
      category: "Network",
      detection: "USER_REPORTED",
      peopleAffected: 2,
      createdById: manager.user.id,
    },
  });
  await db.dashboardCache.create({
    data: { tenantId: tenant.id, key: "test.seed", asOf: new Date(), version: 0, payload: {} },
  });
  // The MSP's brand (TenantBrand), without a logo: the logo route's tests add one where they need it.
  await db.tenantBrand.create({
    data: { tenantId: tenant.id, displayName: `Brand of ${tenant.name}`, primaryColor: "#1d4ed8" },
  });
  // The mail outbox (one captured publication mail to org X's client) and an owner's opt-out.
  await db.outboxMail.create({
    data: {
      tenantId: tenant.id,
      kind: "REPORT_PUBLISHED",
      sourceKey: `seed-${tenant.id}`,
      recipientId: clientX.user.id,
      data: { reportId: published.id },
      status: "SENT",
      attempts: 1,
      sentAt: new Date(),
      transport: "capture",
      toEmail: clientX.user.email,
      locale: "en",
      subject: "Your service review is ready",
      html: "<p>Your service review is ready</p>",
      text: "Your service review is ready",
    },
  });
  await db.mailOptOut.create({ data: { tenantId: tenant.id, userId: world.owner.user.id, kind: "STAFF_DIGEST" } });
  // An API token (its secret is not kept: the isolation tests only look at the row).
  await createApiTokenFor(db, { tenantId: tenant.id, createdById: world.owner.user.id, access: "READ" });
  // Org Y gets its own published report and assessment, so "the other organization" is never an empty target.
  const publishedY = await createReport(db, {
    tenantId: tenant.id,
    organizationId: world.orgY.id,
    authorId: manager.user.id,
    period: "2026-09",
    status: "PUBLISHED",
  });
  const assessmentY = await createFinalAssessment(db, {
    tenantId: tenant.id,
    organizationId: world.orgY.id,
    authorId: manager.user.id,
    currentModel: "HYBRID",
    input: FULL_INPUT,
  });
  // Security posture: a finalized assessment with gaps for each organization (PostureAssessment, PostureAnswer).
  const postureAnswers = currentCatalog().questions.map((q, i) => ({
    questionId: q.id,
    level: MATURITY_LEVELS[i % MATURITY_LEVELS.length]!,
    evidence: i % 4 === 3 ? "Checked on the console." : null,
    asOf: new Date("2026-08-20T00:00:00Z"),
  }));
  const posture = await createPostureAssessment(db, {
    tenantId: tenant.id,
    organizationId: orgX.id,
    authorId: manager.user.id,
    answers: postureAnswers,
    finalizedAt: new Date("2026-08-25T10:00:00Z"),
  });
  const postureY = await createPostureAssessment(db, {
    tenantId: tenant.id,
    organizationId: world.orgY.id,
    authorId: manager.user.id,
    answers: postureAnswers,
    finalizedAt: new Date("2026-08-25T10:00:00Z"),
  });
  // Proposals: org X's approved by its client (Proposal, ProposalDecision), org Y's awaiting a decision.
  const proposal = await createProposal(db, {
    tenantId: tenant.id,
    assessmentId: assessment.id,
    sharedById: manager.user.id,
    decision: { decision: "APPROVED", decidedById: clientX.user.id, signatureName: clientX.user.name },
  });
  const proposalY = await createProposal(db, {
    tenantId: tenant.id,
    assessmentId: assessmentY.id,
    sharedById: manager.user.id,
  });
  return {
    ...world,
    proposalId: proposal.id,
    proposalYId: proposalY.id,
    postureId: posture.id,
    postureYId: postureY.id,
    reportId: published.id,
    draftReportId: draft.id,
    assessmentId: assessment.id,
    reportYId: publishedY.id,
    assessmentYId: assessmentY.id,
    callId: call.id,
  };
}
