import { createHash, randomUUID } from "node:crypto";
import type { ActorRole } from "@/lib/access/permissions";
import type { ActorKey, MatrixWorlds, Targets } from "@/tests/access/harness";
import { actorUserId } from "@/tests/access/harness";
import {
  createFinalAssessment,
  createMember,
  createReport,
  createScopingCall,
  createTenant,
} from "@/lib/seed/factories";
import { createProposal } from "@/lib/seed/proposals";
import { ownerDb } from "@/tests/support/db";
import { FULL_INPUT } from "@/tests/support/worlds";
import { formValuesOf } from "@/lib/domain/assessments/form-values";
import { ECONOMICS_KEYS } from "@/lib/engine";
import { sealSecret } from "@/lib/webhooks/secret-box";
import { currentCatalog } from "@/lib/posture/catalog";
import { createPostureAssessment } from "@/lib/seed/posture";
import { testLogoPng } from "@/tests/support/brand";

/**
 * One row per guarded entry point (keyed by its meta.name). A new server
 * action or route handler without a row fails tests/integration/access-matrix.test.ts.
 *
 * roles — who may call it at all, WRITTEN HERE BY HAND: this is the suites' oracle, deliberately
 *   not read from lib/access/permissions.ts (the code under test). A grant changed in the matrix
 *   without changing this list fails the access matrix (see "its expectations are its own").
 * scope — what "in scope" means for the entry point's target:
 *   "tenant"       staff data: any organization of the caller's tenant
 *   "organization" client data: only the caller's own organization (staff: any of their tenant's)
 *   "none"         no target id (tenant-wide action or list): allowed whenever the role may
 *   "platform"     platform administration: any tenant
 * input — builds a VALID input (actions) or { query, params } (routes) for a target, so that a
 *   refusal can only come from the guard or the scope; it may create fresh fixtures with
 *   ownerDb() so that allowed calls have something to consume.
 * okCodes — error codes that still count as "allowed through" (a business rule refusing a
 *   repeat after authorization passed).
 */
export type Row = {
  roles: readonly ActorRole[];
  scope: "tenant" | "organization" | "none" | "platform";
  input: (t: Targets, worlds: MatrixWorlds, actor: ActorKey) => unknown | Promise<unknown>;
  okCodes?: string[];
};

export type RouteInput = { query?: Record<string, string>; params?: Record<string, string> };

// The role lists of the oracle (by hand, see Row.roles).
const STAFF = ["OWNER", "ACCOUNT_MANAGER"] as const;
const OWNER = ["OWNER"] as const;
const CLIENT = ["CLIENT"] as const;
const MEMBERS = ["OWNER", "ACCOUNT_MANAGER", "CLIENT"] as const;
const ADMIN = ["PLATFORM_ADMIN"] as const;
const EVERYONE = ["PLATFORM_ADMIN", "OWNER", "ACCOUNT_MANAGER", "CLIENT"] as const;

const uid = () => randomUUID().slice(0, 8);
const db = () => ownerDb();
const tenantOf = (t: Targets) => t.world.tenant.id;
const authorOf = (t: Targets) => t.world.manager.user.id;

/** A small valid interventions file (a fresh external id each time) and, to commit it, its settings. */
function interventionImport(organizationId: string, withSettings: boolean) {
  const csv = `Ticket Number;Date Worked;Hours Worked;Work Type;Billable Amount\nM-${uid()};04/03/2025;1,5;Network;120,00\n`;
  const mapping = {
    organization: null,
    occurredOn: 1,
    hours: 2,
    amountBilled: 4,
    category: 3,
    detection: null,
    peopleAffected: null,
    recurringCause: null,
    externalId: 0,
    kind: null,
    note: null,
  };
  const settings = withSettings ? { mapping, dateOrder: "DMY", decimalComma: true } : null;
  return { organizationId, sourceSystem: "Matrix PSA", csv, settings };
}

/** A small valid organizations file (a fresh name and external id each time) and, to commit it, its settings. */
function organizationImport(withSettings: boolean) {
  const csv = `Company Name;Company ID;Service Model;Status;Employees\nMatrix org ${uid()};MX-${uid()};Infogérance;Client;12\n`;
  const mapping = {
    name: 0,
    externalId: 1,
    currentModel: 2,
    lifecycleStatus: 3,
    headcount: 4,
    sites: null,
    endpoints: null,
    industry: null,
    targetModel: null,
    clientSince: null,
    accountManager: null,
    reportLocale: null,
    notes: null,
  };
  const settings = withSettings ? { mapping, dateOrder: "DMY", decimalComma: true } : null;
  return { sourceSystem: "Matrix PSA", csv, settings };
}

let periodCounter = 0;
/** A past period no other fixture uses (2001-01, 2001-02, …; reports cannot be for far-future months). */
function freshPeriod(): string {
  const n = periodCounter++;
  return `${2001 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;
}

const freshCall = (t: Targets) =>
  createScopingCall(db(), { tenantId: tenantOf(t), organizationId: t.orgId, authorId: authorOf(t) });
const freshDraftAssessment = (t: Targets) =>
  db().assessment.create({
    data: { tenantId: tenantOf(t), organizationId: t.orgId, authorId: authorOf(t), status: "DRAFT" },
  });
const freshFinalAssessment = (t: Targets) =>
  createFinalAssessment(db(), {
    tenantId: tenantOf(t),
    organizationId: t.orgId,
    authorId: authorOf(t),
    currentModel: "BREAK_FIX",
    input: FULL_INPUT,
  });
/** A proposal of a fresh final assessment of the target organization, awaiting the client's decision. */
const freshProposal = async (t: Targets) =>
  createProposal(db(), {
    tenantId: tenantOf(t),
    assessmentId: (await freshFinalAssessment(t)).id,
    sharedById: authorOf(t),
  });
/** A decision on a fresh proposal of the target organization, signed with the acting user's name. */
async function decideInput(t: Targets, worlds: MatrixWorlds, actor: ActorKey) {
  const proposal = await freshProposal(t);
  const userId = actorUserId(worlds, actor);
  const user = userId ? await db().user.findUniqueOrThrow({ where: { id: userId } }) : null;
  if (userId) {
    await db().membership.updateMany({ where: { userId, role: "CLIENT" }, data: { clientAccess: "APPROVER" } });
  }
  return {
    id: proposal.id,
    decision: "APPROVED",
    signatureName: user?.name ?? "Someone",
    snapshotSha256: proposal.snapshotSha256,
    expectedVersion: 1,
  };
}
const freshReport = (t: Targets, status: "DRAFT" | "PUBLISHED") =>
  createReport(db(), {
    tenantId: tenantOf(t),
    organizationId: t.orgId,
    authorId: authorOf(t),
    period: freshPeriod(),
    status,
  });
/** Port 9 on loopback refuses at once: a redelivery the tests' queue runner picks up fails fast. */
const freshEndpoint = (t: Targets) =>
  db().webhookEndpoint.create({
    data: {
      tenantId: tenantOf(t),
      url: `http://127.0.0.1:9/${uid()}`,
      eventTypes: ["report.published"],
      secretEncrypted: sealSecret("whsec_bWF0cml4LXNlY3JldC0wMTIzNDU2Nzg5"),
      secretHint: "whsec_bWF0",
      createdById: t.world.owner.user.id,
    },
  });
async function freshDelivery(t: Targets) {
  const endpoint = await freshEndpoint(t);
  const event = await db().domainEvent.create({
    data: {
      id: `evt_matrix${randomUUID().replace(/-/g, "")}`,
      tenantId: tenantOf(t),
      type: "report.published",
      data: { reportId: t.reportId, organizationId: t.orgId, period: "2026-09", republished: false },
      dispatchedAt: new Date(),
    },
  });
  return db().webhookDelivery.create({
    data: { tenantId: tenantOf(t), endpointId: endpoint.id, eventId: event.id, status: "FAILED", attempts: 9 },
  });
}
const freshApiToken = (t: Targets) =>
  db().apiToken.create({
    data: {
      tenantId: tenantOf(t),
      name: `Matrix ${uid()}`,
      access: "READ",
      tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      hint: "mst_matrix",
      createdById: t.world.owner.user.id,
    },
  });
/** A fresh published report of the target organization with one recommendation to decide on. */
async function freshDecision(t: Targets, worlds: MatrixWorlds, actor: ActorKey) {
  const itemId = `itm_matrix${uid()}`;
  const report = await createReport(db(), {
    tenantId: tenantOf(t),
    organizationId: t.orgId,
    authorId: authorOf(t),
    period: freshPeriod(),
    status: "PUBLISHED",
    content: { recommendations: [{ id: itemId, title: "Enable MFA", detail: null, priority: "high" }] },
  });
  // The signature is the caller's own name (the oracle for who may decide is `roles` and the scope).
  const signer = { clientX: worlds.a.clientX.user.name, clientY: worlds.a.clientY.user.name }[actor as string];
  return {
    reportId: report.id,
    itemKind: "recommendation",
    itemId,
    decision: "APPROVED",
    deferredTo: "",
    note: "",
    signature: signer ?? "Someone Else",
    supersedes: "",
    idempotencyKey: randomUUID(),
  };
}
const freshMember = (t: Targets) => createMember(db(), { tenantId: tenantOf(t), role: "ACCOUNT_MANAGER" });
/** A fresh client user of the target organization (a reader): what the owner makes an approver. */
const freshClient = (t: Targets) =>
  createMember(db(), { tenantId: tenantOf(t), role: "CLIENT", organizationId: t.orgId });
const freshInvitation = (
  tenantId: string,
  invitedById: string,
  role: "OWNER" | "ACCOUNT_MANAGER" = "ACCOUNT_MANAGER",
) =>
  db().invitation.create({
    data: {
      tenantId,
      email: `invitee.${uid()}@example.test`,
      role,
      tokenHash: createHash("sha256").update(randomUUID()).digest("hex"),
      expiresAt: new Date(Date.now() + 86_400_000),
      invitedById,
    },
  });
const orgVersion = async (tenantId: string, id: string) =>
  (await db().clientOrganization.findUniqueOrThrow({ where: { tenantId_id: { tenantId, id } } })).version;

const callFields = {
  occurredAt: "2025-01-01T10:00",
  attendees: "Director, IT lead",
  summary: "Summary",
  needs: "Needs",
  nextSteps: "Next",
};
const FULL_ASSESSMENT = formValuesOf(FULL_INPUT);

const POSTURE_QUESTIONS = currentCatalog().questions.map((q) => q.id);
/** The first question: "not in place" in every full world's posture assessment (tests/support/worlds.ts). */
const POSTURE_GAP = POSTURE_QUESTIONS[0]!;
const POSTURE_SOME = { [POSTURE_GAP]: { level: "partial", evidence: "", asOf: "2026-01-05" } };
const POSTURE_ALL = Object.fromEntries(
  POSTURE_QUESTIONS.map((q) => [q, { level: "in_place", evidence: "Seen on site", asOf: "2026-01-05" }]),
);
const freshPosture = (t: Targets, status: "DRAFT" | "FINAL") =>
  createPostureAssessment(db(), {
    tenantId: tenantOf(t),
    organizationId: t.orgId,
    authorId: authorOf(t),
    status,
    answers: [],
  });

/** A brand with a logo for the target's tenant (the logo route needs one to answer 200); its version. */
async function brandWithLogo(tenantId: string): Promise<number> {
  const png = testLogoPng();
  const logo = {
    logoPng: new Uint8Array(png),
    logoSha256: createHash("sha256").update(png).digest("hex"),
    logoWidth: 64,
    logoHeight: 32,
  };
  const row = await db().tenantBrand.upsert({
    where: { tenantId },
    create: { tenantId, displayName: "Matrix brand", ...logo },
    update: logo,
    select: { version: true },
  });
  return row.version;
}

export const ROWS: Record<string, Row> = {
  // Workspace: organizations, calls, assessments, moves
  "org.create": {
    scope: "none",
    roles: STAFF,
    input: () => ({
      name: `Matrix org ${uid()}`,
      headcount: "10",
      sites: "1",
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
      idempotencyKey: randomUUID(),
    }),
  },
  // The same, posted as a form without JavaScript (lib/access/form-action.ts; the harness sends FormData).
  "org.create.form": {
    scope: "none",
    roles: STAFF,
    input: () => ({
      name: `Matrix org ${uid()}`,
      headcount: "10",
      sites: "1",
      currentModel: "BREAK_FIX",
      lifecycleStatus: "PROSPECT",
      idempotencyKey: randomUUID(),
    }),
  },
  "org.importPreview": {
    scope: "none",
    roles: STAFF,
    input: () => organizationImport(false),
  },
  "org.import": {
    scope: "none",
    roles: STAFF,
    input: () => organizationImport(true),
  },
  "report.metricsImport": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => {
      const { period } = await db().steeringReport.findUniqueOrThrow({
        where: { id: t.draftReportId },
        select: { period: true },
      });
      return {
        reportId: t.draftReportId,
        csv: `Month;Metric;Value\n${period};Incidents opened;3\n${period};Backup jobs failed;1\n`,
        settings: null,
      };
    },
    okCodes: ["CONFLICT"],
  },
  "org.update": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({
      id: t.orgId,
      expectedVersion: await orgVersion(tenantOf(t), t.orgId),
      name: `Matrix org ${uid()}`,
      headcount: "10",
      sites: "1",
    }),
    okCodes: ["CONFLICT"],
  },
  "call.create": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => ({ organizationId: t.orgId, idempotencyKey: randomUUID(), ...callFields }),
  },
  "call.create.form": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => ({ organizationId: t.orgId, idempotencyKey: randomUUID(), ...callFields }),
  },
  "call.update": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshCall(t)).id, expectedVersion: 1, ...callFields, followUpDone: "false" }),
  },
  "call.followUpDone": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshCall(t)).id, expectedVersion: 1 }),
  },
  "call.followUpReopen": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshCall(t)).id, expectedVersion: 1 }),
  },
  "intervention.create": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => ({
      organizationId: t.orgId,
      idempotencyKey: randomUUID(),
      occurredOn: "2025-06-02",
      kind: "TICKET",
      hours: "1.25",
      amountBilled: "",
      category: "Network",
      detection: "MONITORING",
      peopleAffected: "2",
      recurringCause: "false",
      sourceSystem: "",
      externalId: "",
      note: "",
    }),
  },
  "intervention.importPreview": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => interventionImport(t.orgId, false),
  },
  "intervention.import": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => interventionImport(t.orgId, true),
  },
  "intervention.delete": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({
      id: (
        await db().intervention.create({
          data: {
            tenantId: tenantOf(t),
            organizationId: t.orgId,
            occurredOn: new Date("2025-06-02T00:00:00Z"),
            hours: 1,
            amount: 95,
            amountSource: "HOURLY_RATE",
            hourlyRate: 95,
            category: "Network",
            detection: "USER_REPORTED",
            createdById: authorOf(t),
          },
        })
      ).id,
    }),
  },
  "assessment.create": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => ({ organizationId: t.orgId, idempotencyKey: randomUUID(), headcount: "5" }),
  },
  "assessment.update": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshDraftAssessment(t)).id, expectedVersion: 1, headcount: "5" }),
  },
  "assessment.finalize": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshDraftAssessment(t)).id, expectedVersion: 1, ...FULL_ASSESSMENT }),
  },
  "modelChange.create": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => {
      const org = await db().clientOrganization.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: tenantOf(t), id: t.orgId } },
      });
      return {
        organizationId: t.orgId,
        expectedVersion: org.version,
        toModel: org.currentModel === "MANAGED" ? "HYBRID" : "MANAGED",
        effectiveDate: new Date().toISOString().slice(0, 10),
        reason: "Matrix move",
        idempotencyKey: randomUUID(),
      };
    },
    okCodes: ["VALIDATION", "CONFLICT"],
  },

  // Proposals: staff share a final assessment's recommendation with the client, and withdraw it.
  // CONFLICT: the organization may already be on the recommended model (other rows move it).
  "proposal.share": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({
      assessmentId: (await freshFinalAssessment(t)).id,
      message: "",
      idempotencyKey: randomUUID(),
    }),
    okCodes: ["CONFLICT"],
  },
  "proposal.share.form": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({
      assessmentId: (await freshFinalAssessment(t)).id,
      message: "",
      idempotencyKey: randomUUID(),
    }),
    okCodes: ["CONFLICT"],
  },
  "proposal.withdraw": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshProposal(t)).id, expectedVersion: 1 }),
  },
  "proposal.withdraw.form": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshProposal(t)).id, expectedVersion: 1 }),
  },

  // A client approver decides on a proposal of their organization (the acting client is made an
  // approver first: readers are refused by the domain, tested in tests/integration/proposals.test.ts).
  "proposal.decide": {
    scope: "organization",
    roles: CLIENT,
    input: (t, worlds, actor) => decideInput(t, worlds, actor),
  },
  "proposal.decide.form": {
    scope: "organization",
    roles: CLIENT,
    input: (t, worlds, actor) => decideInput(t, worlds, actor),
  },

  // Security posture (staff only; clients see the trend in published reports)
  "posture.create": {
    roles: STAFF,
    scope: "tenant",
    input: (t) => ({ organizationId: t.orgId, idempotencyKey: randomUUID(), answers: POSTURE_SOME }),
  },
  "posture.update": {
    roles: STAFF,
    scope: "tenant",
    input: async (t) => ({ id: (await freshPosture(t, "DRAFT")).id, expectedVersion: 1, answers: POSTURE_SOME }),
  },
  "posture.finalize": {
    roles: STAFF,
    scope: "tenant",
    input: async (t) => ({ id: (await freshPosture(t, "DRAFT")).id, expectedVersion: 1, answers: POSTURE_ALL }),
  },
  // Next month's report of the target organization receives (or already has) the gap: allowed either way.
  "posture.toReport": {
    roles: STAFF,
    scope: "tenant",
    input: (t) => ({ id: t.postureId, questionIds: [POSTURE_GAP], target: "recommendations" }),
  },
  "posture.export": {
    roles: STAFF,
    scope: "tenant",
    input: (t): RouteInput => ({ params: { id: t.postureId }, query: { format: "oscal" } }),
  },

  // Steering reports (MSP side)
  "report.create": {
    scope: "tenant",
    roles: STAFF,
    input: (t) => ({ organizationId: t.orgId, period: freshPeriod(), idempotencyKey: randomUUID() }),
  },
  "report.update": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshReport(t, "DRAFT")).id, expectedVersion: 1 }),
  },
  "report.version": { scope: "tenant", roles: STAFF, input: (t) => ({ id: t.draftReportId }) },
  "report.publish": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({ id: (await freshReport(t, "DRAFT")).id, expectedVersion: 1 }),
  },
  "report.withdraw": {
    scope: "tenant",
    roles: STAFF,
    input: async (t) => ({
      id: (await freshReport(t, "PUBLISHED")).id,
      expectedVersion: 1,
      reason: "Figures were wrong",
    }),
  },

  // Client portal — the caller's own organization, published reports only
  "report.acknowledge": { scope: "organization", roles: CLIENT, input: (t) => ({ id: t.reportId }) },
  "report.comment": {
    scope: "organization",
    roles: MEMBERS,
    input: (t) => ({ reportId: t.reportId, body: "Thank you", idempotencyKey: randomUUID() }),
  },
  // The decision ledger: client approvers of the report's organization (the matrix's clients are approvers).
  "report.decide": { scope: "organization", roles: CLIENT, input: freshDecision },
  "report.decide.form": { scope: "organization", roles: CLIENT, input: freshDecision },
  "report.pdf": { scope: "organization", roles: MEMBERS, input: (t): RouteInput => ({ params: { id: t.reportId } }) },

  // Dashboards, export, baseline
  "dashboard.read": { scope: "none", roles: STAFF, input: (): RouteInput => ({ query: {} }) },
  "export.tenant": { scope: "none", roles: OWNER, input: (): RouteInput => ({}) },
  "bench.baseline": { scope: "none", roles: EVERYONE, input: (): RouteInput => ({}) },

  // Team (owner) — memberships and invitations of the target's tenant
  "team.invite": {
    scope: "none",
    roles: OWNER,
    input: () => ({
      email: `invitee.${uid()}@example.test`,
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    }),
  },
  "team.revokeInvitation": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ id: (await freshInvitation(tenantOf(t), t.world.owner.user.id)).id }),
  },
  "team.resendInvitation": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ id: (await freshInvitation(tenantOf(t), t.world.owner.user.id)).id }),
  },
  "team.changeRole": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ membershipId: (await freshMember(t)).membership.id, role: "OWNER", expectedVersion: 1 }),
  },
  "team.setClientAccess": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({
      membershipId: (await freshClient(t)).membership.id,
      access: "APPROVER",
      expectedVersion: 1,
    }),
  },
  "team.setClientAccess.form": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({
      membershipId: (await freshClient(t)).membership.id,
      access: "APPROVER",
      expectedVersion: 1,
    }),
  },
  "team.remove": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ membershipId: (await freshMember(t)).membership.id, expectedVersion: 1 }),
  },
  "team.disableUser": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ membershipId: (await freshMember(t)).membership.id, disabled: "true", expectedVersion: 1 }),
  },
  "team.resetPassword": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ membershipId: (await freshMember(t)).membership.id }),
  },

  // Owner's settings and everyone's profile
  // The MSP's brand: the owner saves it (their own tenant, whatever the target); members fetch their own tenant's logo.
  "brand.update": {
    scope: "none",
    roles: OWNER,
    input: async (_t, worlds, actor) => ({
      displayName: `Brand ${uid()}`,
      primaryColor: "#1d4ed8",
      supportEmail: "help@example.test",
      supportPhone: "+44 20 7946 0018",
      expectedVersion: await brandWithLogo(actor === "ownerB" ? worlds.b.tenant.id : worlds.a.tenant.id),
    }),
    okCodes: ["CONFLICT"],
  },
  "brand.logo": {
    scope: "tenant",
    roles: MEMBERS,
    input: async (t): Promise<RouteInput> => {
      await brandWithLogo(tenantOf(t));
      return { params: { tenantId: tenantOf(t) } };
    },
  },
  "settings.update": {
    scope: "none",
    roles: OWNER,
    input: async (_t, worlds, actor) => {
      const tenant = await db().tenant.findUniqueOrThrow({
        where: { id: actor === "ownerB" ? worlds.b.tenant.id : worlds.a.tenant.id },
      });
      return {
        currency: "EUR",
        // The tenant's own prices, every field of the engine's economics table (as the form sends them).
        ...Object.fromEntries(ECONOMICS_KEYS.map((k) => [k, tenant[k] === null ? "" : String(tenant[k])])),
        expectedVersion: tenant.version,
      };
    },
    okCodes: ["CONFLICT"],
  },
  // The owner's reminder day for the month's missing reports (their own tenant, whatever the target).
  "settings.updateReportReminder": { scope: "none", roles: OWNER, input: () => ({ reportReminderDay: "25" }) },
  "settings.updateReportReminder.form": { scope: "none", roles: OWNER, input: () => ({ reportReminderDay: "" }) },
  "profile.updateName": {
    scope: "none",
    roles: EVERYONE,
    input: async (_t, worlds, actor) => {
      const id = actorUserId(worlds, actor);
      const version = id ? (await db().user.findUniqueOrThrow({ where: { id } })).version : 1;
      return { name: `Matrix ${uid()}`, expectedVersion: version };
    },
    okCodes: ["CONFLICT"],
  },
  "profile.updateLocale": { scope: "none", roles: EVERYONE, input: () => ({ locale: "en" }) },
  // Each member's e-mail choices (platform admins have no tenant and receive none).
  "mail.updatePreferences": { scope: "none", roles: MEMBERS, input: () => ({ receive: ["REPORT_PUBLISHED"] }) },
  "mail.updatePreferences.form": { scope: "none", roles: MEMBERS, input: () => ({ receive: "REPORT_PUBLISHED" }) },
  // A wrong current password: the guard lets it through, the domain refuses it on its field.
  "profile.changePassword": {
    scope: "none",
    roles: EVERYONE,
    input: () => ({
      currentPassword: "not-the-password-1",
      newPassword: "a-new-password-2026",
      newPasswordConfirm: "a-new-password-2026",
    }),
    okCodes: ["VALIDATION", "RATE_LIMITED"],
  },

  // Platform administration — throwaway tenants, so the worlds under test stay active
  "tenant.create": {
    scope: "platform",
    roles: ADMIN,
    input: () => ({ name: `Matrix MSP ${uid()}`, slug: `matrix-${uid()}`, ownerEmail: `owner.${uid()}@example.test` }),
  },
  "tenant.update": {
    scope: "platform",
    roles: ADMIN,
    input: async (t) => {
      const tenant = await db().tenant.findUniqueOrThrow({ where: { id: tenantOf(t) } });
      return { id: tenant.id, name: tenant.name, slug: tenant.slug, expectedVersion: tenant.version };
    },
    okCodes: ["CONFLICT"],
  },
  "tenant.suspend": {
    scope: "platform",
    roles: ADMIN,
    input: async () => ({ id: (await createTenant(db())).id, reason: "Unpaid invoices", expectedVersion: 1 }),
  },
  "tenant.reactivate": {
    scope: "platform",
    roles: ADMIN,
    input: async () => ({
      id: (await createTenant(db(), { status: "SUSPENDED", suspendedReason: "Unpaid" })).id,
      reason: "Paid",
      expectedVersion: 1,
    }),
  },
  "tenant.inviteOwner": {
    scope: "platform",
    roles: ADMIN,
    input: async () => ({ tenantId: (await createTenant(db())).id, email: `owner.${uid()}@example.test` }),
  },
  "tenant.revokeOwnerInvitation": {
    scope: "platform",
    roles: ADMIN,
    input: async (t) => {
      const tenant = await createTenant(db());
      return { tenantId: tenant.id, id: (await freshInvitation(tenant.id, t.world.owner.user.id, "OWNER")).id };
    },
  },
  "tenant.resendOwnerInvitation": {
    scope: "platform",
    roles: ADMIN,
    input: async (t) => {
      const tenant = await createTenant(db());
      return { tenantId: tenant.id, id: (await freshInvitation(tenant.id, t.world.owner.user.id, "OWNER")).id };
    },
  },

  // Integrations (owner): webhooks of the target's tenant
  "webhook.create": {
    scope: "none",
    roles: OWNER,
    input: () => ({
      url: `https://hooks.example.com/${uid()}`,
      description: "",
      eventTypes: ["report.published"],
      idempotencyKey: randomUUID(),
    }),
  },
  "webhook.update": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({
      id: (await freshEndpoint(t)).id,
      expectedVersion: 1,
      url: `https://hooks.example.com/${uid()}`,
      description: "Matrix",
      eventTypes: ["report.published", "assessment.finalized"],
      enabled: "true",
    }),
  },
  "webhook.delete": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ id: (await freshEndpoint(t)).id, expectedVersion: 1 }),
  },
  "webhook.rotateSecret": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ id: (await freshEndpoint(t)).id, expectedVersion: 1 }),
  },
  "webhook.redeliver": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ deliveryId: (await freshDelivery(t)).id }),
  },

  // Integrations (owner): API tokens of the target's tenant
  "apiToken.create": {
    scope: "none",
    roles: OWNER,
    input: () => ({ name: `Matrix ${uid()}`, access: "READ", expiresOn: "", idempotencyKey: randomUUID() }),
  },
  "apiToken.revoke": {
    scope: "tenant",
    roles: OWNER,
    input: async (t) => ({ id: (await freshApiToken(t)).id, expectedVersion: 1 }),
  },
};
