import pg from "pg";
import type { AssessmentInput } from "@/lib/engine";
import { assessmentColumnsOf, formValuesOf } from "@/lib/domain/assessments/form-values";
import { prng } from "@/lib/seed/demo";
import { reportMetrics, reportTemplate } from "@/lib/seed/large/content";
import { createIdFactory } from "@/lib/seed/large/ids";
import { benchWriterEmail, clientEmail, LARGE_SLUG, managerEmail, ownerEmail } from "@/lib/seed/large/plan";
import { BatchWriter, pgTextArray, TABLES } from "@/lib/seed/large/writer";

/**
 * What the benchmark reads from the large data set (ids to request) and the
 * drafts it writes for the write targets — each request finalizes or publishes
 * a different draft. The drafts are authored by the large tenant's dedicated
 * "bench writer" account manager, who authors nothing in the seed, so removing
 * them afterwards (and any left over by an interrupted run) touches nothing else.
 */
export type Discovered = {
  tenantId: string;
  users: { owner: string; manager: string; writer: string; client: string };
  emails: { owner: string; manager: string; writer: string; client: string };
  /** An active organization of the account manager, with its history. */
  organizationId: string;
  /** The organization's latest finalized assessment (the assessment result page). */
  assessmentId: string;
  /** The organization's draft report of the current month (the report editor). */
  draftReportId: string;
  /** A published report of the client user's organization. */
  clientReportId: string;
};

export async function discover(client: pg.ClientBase, slug = LARGE_SLUG): Promise<Discovered | null> {
  const tenant = (await client.query<{ id: string }>(`SELECT id FROM "Tenant" WHERE slug = $1`, [slug])).rows[0];
  if (!tenant) return null;
  const emails = {
    owner: ownerEmail(slug),
    manager: managerEmail(slug, 0),
    writer: benchWriterEmail(slug),
    client: clientEmail(slug, 0),
  };
  const users = (
    await client.query<{ id: string; email: string; organizationId: string | null }>(
      `SELECT u.id, u.email, m."organizationId" FROM "User" u JOIN "Membership" m ON m."userId" = u.id AND m."tenantId" = $1
     WHERE u.email = ANY($2::text[])`,
      [tenant.id, Object.values(emails)],
    )
  ).rows;
  const idOf = (email: string) => {
    const row = users.find((u) => u.email === email);
    if (!row) throw new Error(`${email} is missing from the large data set: run npm run db:seed:large -- --reset`);
    return row;
  };
  const manager = idOf(emails.manager);
  const clientUser = idOf(emails.client);
  const org = (
    await client.query<{ id: string }>(
      `SELECT o.id FROM "ClientOrganization" o
     WHERE o."tenantId" = $1 AND o."accountManagerId" = $2 AND o."lifecycleStatus" = 'ACTIVE'
     ORDER BY (SELECT count(*) FROM "ServiceModelChange" c WHERE c."tenantId" = o."tenantId" AND c."organizationId" = o.id) DESC, o.id
     LIMIT 1`,
      [tenant.id, manager.id],
    )
  ).rows[0];
  const report = (
    await client.query<{ id: string }>(
      `SELECT id FROM "SteeringReport" WHERE "tenantId" = $1 AND "organizationId" = $2 AND status = 'PUBLISHED' ORDER BY period DESC LIMIT 1`,
      [tenant.id, clientUser.organizationId],
    )
  ).rows[0];
  if (!org || !report)
    throw new Error("the large data set has no active organization or no published report for the bench users");
  const assessment = (
    await client.query<{ id: string }>(
      `SELECT id FROM "Assessment" WHERE "tenantId" = $1 AND "organizationId" = $2 AND status = 'FINAL' ORDER BY "finalizedAt" DESC LIMIT 1`,
      [tenant.id, org.id],
    )
  ).rows[0];
  const draft = (
    await client.query<{ id: string }>(
      `SELECT id FROM "SteeringReport" WHERE "tenantId" = $1 AND "organizationId" = $2 AND status = 'DRAFT' AND "authorId" <> $3
       ORDER BY period DESC LIMIT 1`,
      [tenant.id, org.id, idOf(emails.writer).id],
    )
  ).rows[0];
  if (!assessment || !draft)
    throw new Error(
      "the bench organization has no finalized assessment or no draft report: run npm run db:seed:large -- --reset",
    );
  return {
    tenantId: tenant.id,
    users: { owner: idOf(emails.owner).id, manager: manager.id, writer: idOf(emails.writer).id, client: clientUser.id },
    emails,
    organizationId: org.id,
    assessmentId: assessment.id,
    draftReportId: draft.id,
    clientReportId: report.id,
  };
}

export async function removeDrafts(
  client: pg.ClientBase,
  d: Discovered,
): Promise<{ assessments: number; reports: number }> {
  const a = await client.query(`DELETE FROM "Assessment" WHERE "tenantId" = $1 AND "authorId" = $2`, [
    d.tenantId,
    d.users.writer,
  ]);
  const r = await client.query(`DELETE FROM "SteeringReport" WHERE "tenantId" = $1 AND "authorId" = $2`, [
    d.tenantId,
    d.users.writer,
  ]);
  return { assessments: a.rowCount ?? 0, reports: r.rowCount ?? 0 };
}

export type Draft = { id: string; organizationId: string };

/** The assessment the bench's finalize requests answer (25 people, Microsoft 365 and SaaS, strong ERP dependence). */
const FINALIZE_INPUT: AssessmentInput = {
  headcount: 25,
  endpoints: 32,
  sites: 1,
  remoteUsers: 4,
  cloudServices: ["microsoft365", "saas"],
  centralFileSharing: true,
  backups: "monitored",
  businessAppDependency: "high",
  continuityRequirement: "moderate",
  interruptionTolerance: "medium",
  digitalDependence: "high",
  needsPredictableBudget: true,
  needsMonthlySteering: false,
};

/** The answers the finalize requests send, as the assessment form does (strings, "yes"/"no", blank economics). */
export const FINALIZE_ANSWERS = formValuesOf(FINALIZE_INPUT);

/** What the stored drafts hold before the bench finalizes them (close to FINALIZE_INPUT). */
const DRAFT_INPUT: AssessmentInput = {
  ...FINALIZE_INPUT,
  cloudServices: ["microsoft365"],
  backups: "unmonitored",
  businessAppDependency: "low",
  digitalDependence: "medium",
};

/** `count` draft assessments (complete answers) and `count` draft reports (months from 2000-01 on, which no seeded report uses). */
export async function createDrafts(
  client: pg.ClientBase,
  d: Discovered,
  count: number,
): Promise<{ assessments: Draft[]; reports: Draft[] }> {
  const orgs = (
    await client.query<{ id: string }>(`SELECT id FROM "ClientOrganization" WHERE "tenantId" = $1 ORDER BY id`, [
      d.tenantId,
    ])
  ).rows;
  const ids = createIdFactory();
  const rng = prng(4242);
  const now = new Date().toISOString();
  const writer = new BatchWriter(
    client,
    TABLES.filter((t) => t.table === "Assessment" || t.table === "SteeringReport"),
  );
  const assessments: Draft[] = [];
  const reports: Draft[] = [];
  for (let i = 0; i < count; i++) {
    const org = orgs[i % orgs.length]!.id;
    const assessmentId = ids();
    writer.add("Assessment", {
      id: assessmentId,
      tenantId: d.tenantId,
      organizationId: org,
      status: "DRAFT",
      ...assessmentColumnsOf(DRAFT_INPUT, pgTextArray),
      result: null,
      recommendation: null,
      confidence: null,
      costGap: null,
      engineVersion: null,
      finalizedAt: null,
      authorId: d.users.writer,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    assessments.push({ id: assessmentId, organizationId: org });
    // Months long past (from January 2000) that no seeded report uses: a report's figures may not be
    // dated after today, so a draft of a future month could not be published.
    const round = Math.floor(i / orgs.length);
    const period = `${2000 + Math.floor(round / 12)}-${String(1 + (round % 12)).padStart(2, "0")}`;
    const reportId = ids();
    writer.add("SteeringReport", {
      id: reportId,
      tenantId: d.tenantId,
      organizationId: org,
      period,
      status: "DRAFT",
      metrics: JSON.stringify(reportMetrics(rng, 25, period, "MANAGED")),
      ...reportTemplate(rng, period, org),
      version: 1,
      authorId: d.users.writer,
      publishedAt: null,
      publishedById: null,
      withdrawnAt: null,
      withdrawnReason: null,
      createdAt: now,
      updatedAt: now,
    });
    reports.push({ id: reportId, organizationId: org });
  }
  await client.query("BEGIN");
  try {
    await writer.flush();
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return { assessments, reports };
}
