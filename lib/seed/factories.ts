import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { ClientAccess, Role, ServiceModel, LifecycleStatus, ReportStatus } from "@/lib/generated/prisma/enums";
import { decide, type AssessmentInput } from "@/lib/engine";
import { monthlyCostGap } from "@/lib/domain/assessments/cost-gap";
import { hashPassword } from "@/lib/auth/password";
import type { ReportContent } from "@/lib/reports/content";
import type { Locale } from "@/lib/i18n/catalog";
import { apiTokenHint, hashApiToken, newApiTokenSecret } from "@/lib/api/token-secret";
import { withItemIds } from "@/lib/reports/item-id";

/**
 * Seed helpers that double as test factories. They write through the OWNER
 * connection (lib/db/owner.ts), so they ignore row-level security on purpose:
 * they build the world that the tests then probe through the app's own guards.
 * Defaults are random (unique emails, slugs) so tests can run in parallel
 * without resetting the database.
 */
export type OwnerDb = PrismaClient;

export const DEMO_PASSWORD = "mainstay-demo";

const suffix = () => randomUUID().slice(0, 8);
export const randomEmail = (prefix = "user") => `${prefix}.${suffix()}@example.test`;

let demoHash: Promise<string> | undefined;
/** One argon2id hash shared by every demo account (hashing is deliberately slow). */
export function demoPasswordHash(): Promise<string> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  return demoHash;
}

export async function createTenant(db: OwnerDb, data: Partial<Prisma.TenantCreateInput> = {}) {
  const s = suffix();
  return db.tenant.create({ data: { name: `MSP ${s}`, slug: `msp-${s}`, ...data } });
}

export async function createUser(
  db: OwnerDb,
  data: {
    email?: string;
    name?: string;
    password?: string;
    isPlatformAdmin?: boolean;
    disabled?: boolean;
    locale?: Locale | null;
  } = {},
) {
  const passwordHash = data.password ? await hashPassword(data.password) : await demoPasswordHash();
  return db.user.create({
    data: {
      email: (data.email ?? randomEmail()).toLowerCase(),
      name: data.name ?? "Test User",
      passwordHash,
      isPlatformAdmin: data.isPlatformAdmin ?? false,
      disabled: data.disabled ?? false,
      locale: data.locale ?? null,
    },
  });
}

export async function addMember(
  db: OwnerDb,
  data: { tenantId: string; userId: string; role: Role; organizationId?: string | null; clientAccess?: ClientAccess },
) {
  return db.membership.create({
    data: {
      tenantId: data.tenantId,
      userId: data.userId,
      role: data.role,
      organizationId: data.organizationId ?? null,
      clientAccess: data.clientAccess ?? "READER",
    },
  });
}

/** A user with a membership, in one call. */
export async function createMember(
  db: OwnerDb,
  data: {
    tenantId: string;
    role: Role;
    organizationId?: string | null;
    /** Client users only: READER (the default) or APPROVER. */
    clientAccess?: ClientAccess;
    email?: string;
    name?: string;
    password?: string;
  },
) {
  const user = await createUser(db, {
    email: data.email,
    name: data.name ?? `${data.role} ${suffix()}`,
    password: data.password,
  });
  const membership = await addMember(db, {
    tenantId: data.tenantId,
    userId: user.id,
    role: data.role,
    organizationId: data.organizationId,
    clientAccess: data.clientAccess,
  });
  return { user, membership };
}

export async function createOrganization(
  db: OwnerDb,
  data: {
    tenantId: string;
    name?: string;
    industry?: string | null;
    headcount?: number;
    sites?: number;
    endpoints?: number | null;
    currentModel?: ServiceModel;
    targetModel?: ServiceModel | null;
    lifecycleStatus?: LifecycleStatus;
    accountManagerId?: string | null;
    reportLocale?: Locale | null;
    createdAt?: Date;
  },
) {
  return db.clientOrganization.create({
    data: {
      tenantId: data.tenantId,
      name: data.name ?? `Client ${suffix()}`,
      industry: data.industry ?? null,
      headcount: data.headcount ?? 20,
      sites: data.sites ?? 1,
      endpoints: data.endpoints ?? null,
      currentModel: data.currentModel ?? "BREAK_FIX",
      targetModel: data.targetModel ?? null,
      lifecycleStatus: data.lifecycleStatus ?? "ACTIVE",
      accountManagerId: data.accountManagerId ?? null,
      reportLocale: data.reportLocale ?? null,
      createdAt: data.createdAt,
    },
  });
}

export async function createScopingCall(
  db: OwnerDb,
  data: {
    tenantId: string;
    organizationId: string;
    authorId: string;
    occurredAt?: Date;
    followUpDate?: Date | null;
    followUpDone?: boolean;
    summary?: string;
    needs?: string;
    nextSteps?: string;
    attendees?: string;
  },
) {
  return db.scopingCall.create({
    data: {
      tenantId: data.tenantId,
      organizationId: data.organizationId,
      authorId: data.authorId,
      occurredAt: data.occurredAt ?? new Date(),
      attendees: data.attendees ?? "Client director, IT lead",
      summary: data.summary ?? "Reviewed the current support arrangement and recent incidents.",
      needs: data.needs ?? "Predictable costs, monitored backups.",
      nextSteps: data.nextSteps ?? "Run a structured assessment.",
      followUpDate: data.followUpDate ?? null,
      followUpDone: data.followUpDone ?? false,
    },
  });
}

/** Cost gap used to order opportunities (lib/domain/assessments/cost-gap.ts; re-exported for older imports). */
export { monthlyCostGap };

export async function createFinalAssessment(
  db: OwnerDb,
  data: {
    tenantId: string;
    organizationId: string;
    authorId: string;
    input: AssessmentInput;
    currentModel: ServiceModel;
    finalizedAt?: Date;
    defaults?: Parameters<typeof decide>[1];
  },
) {
  const result = decide(data.input, data.defaults);
  const finalizedAt = data.finalizedAt ?? new Date();
  const { economics, incidentHistory, ...fields } = data.input;
  return db.assessment.create({
    data: {
      tenantId: data.tenantId,
      organizationId: data.organizationId,
      authorId: data.authorId,
      status: "FINAL",
      ...fields,
      economics: (economics ?? undefined) as Prisma.InputJsonValue | undefined,
      incidentHistory: (incidentHistory ?? undefined) as unknown as Prisma.InputJsonValue | undefined,
      result: result as unknown as Prisma.InputJsonValue,
      recommendation: result.recommendation,
      confidence: result.confidence,
      costGap: monthlyCostGap(result, data.currentModel),
      engineVersion: result.engineVersion,
      finalizedAt,
      createdAt: finalizedAt,
    },
  });
}

export async function recordModelChange(
  db: OwnerDb,
  data: {
    tenantId: string;
    organizationId: string;
    recordedById: string;
    fromModel: ServiceModel | null;
    toModel: ServiceModel | null;
    effectiveDate: Date;
    reason?: string;
    assessmentId?: string | null;
  },
) {
  return db.serviceModelChange.create({
    data: {
      tenantId: data.tenantId,
      organizationId: data.organizationId,
      recordedById: data.recordedById,
      fromModel: data.fromModel,
      toModel: data.toModel,
      effectiveDate: data.effectiveDate,
      reason: data.reason ?? "Agreed with the client after the quarterly review.",
      assessmentId: data.assessmentId ?? null,
      createdAt: data.effectiveDate,
    },
  });
}

export async function createReport(
  db: OwnerDb,
  data: {
    tenantId: string;
    organizationId: string;
    authorId: string;
    period: string;
    status?: ReportStatus;
    content?: Partial<ReportContent>;
    publishedAt?: Date | null;
  },
) {
  const status = data.status ?? "DRAFT";
  const c = data.content ?? {};
  return db.steeringReport.create({
    data: {
      tenantId: data.tenantId,
      organizationId: data.organizationId,
      authorId: data.authorId,
      period: data.period,
      status,
      metrics: (c.metrics ?? {}) as Prisma.InputJsonValue,
      narrative: (c.narrative ?? {}) as Prisma.InputJsonValue,
      // Like every write path, items get a stable id (lib/reports/item-id.ts) when they have none.
      recommendations: withItemIds(c.recommendations ?? []) as Prisma.InputJsonValue,
      roadmap: withItemIds(c.roadmap ?? []) as Prisma.InputJsonValue,
      budget: (c.budget ?? []) as Prisma.InputJsonValue,
      publishedAt: status === "PUBLISHED" ? (data.publishedAt ?? new Date()) : null,
      publishedById: status === "PUBLISHED" ? data.authorId : null,
    },
  });
}

/**
 * A small complete world for one test: a tenant with an owner, an account
 * manager, two organizations (X, Y) with a client user each.
 */
/** An API token (REST API v1) and its secret, as an owner would create it on the integrations page. */
export async function createApiTokenFor(
  db: OwnerDb,
  data: {
    tenantId: string;
    createdById: string;
    access?: "READ" | "READ_WRITE";
    name?: string;
    expiresAt?: Date | null;
    revokedAt?: Date | null;
    rateLimit?: number;
  },
) {
  const secret = newApiTokenSecret();
  const token = await db.apiToken.create({
    data: {
      tenantId: data.tenantId,
      name: data.name ?? `Token ${suffix()}`,
      access: data.access ?? "READ_WRITE",
      tokenHash: hashApiToken(secret),
      hint: apiTokenHint(secret),
      expiresAt: data.expiresAt ?? null,
      revokedAt: data.revokedAt ?? null,
      createdById: data.createdById,
      ...(data.rateLimit ? { rateLimit: data.rateLimit } : {}),
    },
    select: { id: true },
  });
  return { id: token.id, secret };
}

export async function createWorld(db: OwnerDb, options: { tenant?: Partial<Prisma.TenantCreateInput> } = {}) {
  const tenant = await createTenant(db, options.tenant);
  const owner = await createMember(db, { tenantId: tenant.id, role: "OWNER" });
  const manager = await createMember(db, { tenantId: tenant.id, role: "ACCOUNT_MANAGER" });
  const orgX = await createOrganization(db, {
    tenantId: tenant.id,
    name: `Org X ${suffix()}`,
    accountManagerId: manager.user.id,
  });
  const orgY = await createOrganization(db, {
    tenantId: tenant.id,
    name: `Org Y ${suffix()}`,
    accountManagerId: manager.user.id,
  });
  const clientX = await createMember(db, { tenantId: tenant.id, role: "CLIENT", organizationId: orgX.id });
  const clientY = await createMember(db, { tenantId: tenant.id, role: "CLIENT", organizationId: orgY.id });
  return { tenant, owner, manager, orgX, orgY, clientX, clientY };
}
export type World = Awaited<ReturnType<typeof createWorld>>;
