import type pg from "pg";
import { emailDomain } from "@/lib/seed/large/plan";

/**
 * Deletes the large seed's tenants (by slug) with everything in them, and their
 * users. Tables are emptied child first: several foreign keys are RESTRICT
 * (authors, account managers), so a plain DELETE of the tenant could refuse.
 * Runs in one transaction on the owner connection (BYPASSRLS).
 */
const CHILD_TABLES = [
  "ReportAcknowledgement",
  "ReportComment",
  "ServiceModelChange",
  "SteeringReport",
  "Assessment",
  "ScopingCall",
  "Invitation",
  "IdempotencyKey",
  "AuditEvent",
];

export async function resetLargeSeed(
  client: pg.ClientBase,
  slugs: string[],
  log: (line: string) => void = () => {},
): Promise<number> {
  const { rows } = await client.query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Tenant" WHERE slug = ANY($1::text[])`,
    [slugs],
  );
  if (rows.length === 0) return 0;
  const ids = rows.map((r) => r.id);
  const started = Date.now();
  await client.query("BEGIN");
  try {
    for (const table of CHILD_TABLES)
      await client.query(`DELETE FROM "${table}" WHERE "tenantId" = ANY($1::text[])`, [ids]);
    await client.query(`UPDATE "ClientOrganization" SET "accountManagerId" = NULL WHERE "tenantId" = ANY($1::text[])`, [
      ids,
    ]);
    await client.query(`DELETE FROM "Membership" WHERE "tenantId" = ANY($1::text[])`, [ids]);
    await client.query(`DELETE FROM "ClientOrganization" WHERE "tenantId" = ANY($1::text[])`, [ids]);
    await client.query(`DELETE FROM "Tenant" WHERE id = ANY($1::text[])`, [ids]);
    // Users of these tenants only (a user who also belongs elsewhere keeps their account).
    const patterns = rows.map((r) => `%@${emailDomain(r.slug)}`);
    await client.query(
      `DELETE FROM "User" u WHERE u.email LIKE ANY($1::text[]) AND NOT EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = u.id)`,
      [patterns],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  log(`reset: deleted ${rows.length} tenant(s) of the large seed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return rows.length;
}
