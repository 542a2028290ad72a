import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readCatalog } from "@/lib/db/citus/catalog";
import { checkCitusReadiness, fixMigration } from "@/lib/db/citus/check";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "@/lib/db/resolve";

/** npm run db:citus-check, on the migrated test database's live catalog. */
async function checkDatabase(client: pg.Client) {
  return checkCitusReadiness(await readCatalog(async (sql) => (await client.query(sql)).rows));
}

describe("db:citus-check on the migrated schema", () => {
  const client = new pg.Client({ connectionString: inject("migrateDatabaseUrl") });
  beforeAll(() => client.connect());
  afterAll(() => client.end());

  it("places every table: no tenant table forgotten, no stale layout entry", async () => {
    const report = await checkDatabase(client);
    expect(report.placements.filter((p) => p.placement === "unplaced")).toEqual([]);
    expect(report.stale).toEqual([]);
    const where = Object.fromEntries(report.placements.map((p) => [p.table, p.placement]));
    expect(where).toMatchObject({
      Tenant: "reference",
      User: "reference",
      LoginThrottle: "local",
      ClientOrganization: "distributed",
      DashboardCache: "distributed",
      "pgboss.job": "local",
    });
  });

  it("finds the known cases: the global invitation token and primary keys on id alone", async () => {
    const report = await checkDatabase(client);
    const found = report.findings.map((f) => `${f.table}:${f.kind}:${f.name}`);
    expect(found).toContain("Invitation:unique:Invitation_tokenHash_key");
    expect(found).toContain("Assessment:primary key:Assessment_pkey");
    expect(found).toContain("AuditEvent:distribution column:AuditEvent.tenantId");
    // Keys that already lead with tenantId are not reported, including those fixed by
    // 20261201161932_citus_ready_primary_keys, 20261203064439_citus_ready_keys_2 and
    // 20261203070707_citus_ready_keys_3.
    expect(
      found.some((f) => f.includes("DashboardCache") || f.includes("SteeringReport_tenantId_organizationId")),
    ).toBe(false);
    const fixed = [
      "IdempotencyKey_pkey",
      "ReportAcknowledgement_pkey",
      "ReportComment_pkey",
      "Intervention_pkey",
      "PostureAnswer_pkey",
      "WebhookAttempt_pkey",
      "WebhookDelivery_endpointId_eventId_key",
      "ApiToken_pkey",
      "ClientOrganization_pkey",
      "DomainEvent_pkey",
      "PostureAssessment_pkey",
      "ScopingCall_pkey",
      "ServiceModelChange_pkey",
      "WebhookDelivery_pkey",
      "WebhookEndpoint_pkey",
    ];
    expect(report.findings.filter((f) => fixed.includes(f.name)).map((f) => f.name)).toEqual([]);
    // Distributed → reference keys are listed as allowed, not as findings.
    expect(report.allowed.map((a) => a.name)).toContain("Membership_userId_fkey");
  });
});

describe("db:citus-check's migration", () => {
  // A database of its own (in-memory PGlite): the fix rewrites keys of every tenant table,
  // which must not lock the shared test database under the other test files.
  let embedded: EmbeddedPostgres;
  let client: pg.Client;
  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: null, port: await freePort(55470) });
    await migrate(embedded.url);
    client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
  });
  afterAll(async () => {
    await client?.end();
    await embedded?.stop();
  });

  it("fixes every finding it prints, including a table added with the classic mistakes", async () => {
    await client.query(`CREATE TABLE "CitusProbe" (
      "id" text PRIMARY KEY,
      "tenantId" text NOT NULL REFERENCES "Tenant"("id"),
      "assessmentId" text REFERENCES "Assessment"("id") ON DELETE SET NULL,
      "code" text,
      CONSTRAINT "CitusProbe_code_key" UNIQUE ("code"))`);
    const before = await checkDatabase(client);
    expect(before.findings.filter((f) => f.table === "CitusProbe").map((f) => `${f.kind}:${f.name}`)).toEqual(
      expect.arrayContaining([
        "primary key:CitusProbe_pkey",
        "unique:CitusProbe_code_key",
        "foreign key:CitusProbe_assessmentId_fkey",
      ]),
    );

    await client.query("BEGIN");
    try {
      for (const sql of fixMigration(before.findings)) await client.query(sql);
      const after = await checkDatabase(client);
      expect(after.findings).toEqual([]);
      // The keys now lead with tenantId and still hold.
      const { rows } = await client.query<{ def: string }>(
        `SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname IN ('Assessment_pkey', 'CitusProbe_assessmentId_fkey') ORDER BY conname`,
      );
      expect(rows.map((r) => r.def)).toEqual([
        `PRIMARY KEY ("tenantId", id)`,
        `FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", id) ON DELETE SET NULL ("assessmentId")`,
      ]);
    } finally {
      await client.query("ROLLBACK");
    }
  });
});
