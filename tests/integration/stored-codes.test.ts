import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createOrganizationAction } from "@/lib/actions/organizations";
import { contextFor, type Actor } from "@/lib/access/actor";
import { auditActionMessage } from "@/lib/audit-actions";
import { withDbContext } from "@/lib/db/context";
import { reasonMessage } from "@/lib/domain/model-changes/reason";
import { getOrganizationOverview } from "@/lib/domain/organizations/get-organization-overview";
import { renderMessage, translator } from "@/lib/i18n/translate";
import { createWorld, recordModelChange, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { PSEUDO_MARK, pseudoTranslator } from "@/tests/support/pseudo-locale";
import { actAs } from "@/tests/support/session";
import { staffActor } from "@/tests/support/actors";

/**
 * "Codes inside, sentences at the edge": what the system writes on its own (the reason of a
 * system-made model change, the audit trail) is stored as codes and rendered in the reader's
 * locale. The same row reads in English and in a test-only pseudo-locale.
 */
let w: World;
const ENGLISH = "Already a client when added to Mainstay.";

const managerOf = (world: World): Actor => staffActor(world);

beforeAll(async () => {
  w = await createWorld(ownerDb());
});

async function createExistingClient(): Promise<string> {
  actAs(w.manager.user);
  const result = await createOrganizationAction({
    name: `Stored codes ${randomUUID()}`,
    industry: "",
    headcount: "12",
    sites: "1",
    endpoints: "10",
    currentModel: "HYBRID",
    lifecycleStatus: "ACTIVE",
    targetModel: "",
    accountManagerId: "",
    notes: "",
    clientSince: "2025-01-15",
    idempotencyKey: randomUUID(),
  });
  if (!result.ok) throw new Error(result.message);
  return result.data.id;
}

describe("stored records keep codes and render in the reader's locale", () => {
  it("a system-made model change stores a code, and the same row reads in two locales", async () => {
    const orgId = await createExistingClient();
    const [row] = await ownerDb().serviceModelChange.findMany({ where: { organizationId: orgId } });
    expect(row).toMatchObject({ reason: null, reasonCode: "EXISTING_CLIENT" });
    expect(JSON.stringify(row)).not.toContain(ENGLISH);

    const overview = await withDbContext(contextFor(managerOf(w)), (tx) =>
      getOrganizationOverview(tx, managerOf(w), orgId),
    );
    const change = overview.changes.find((c) => c.id === row!.id)!;
    const english = renderMessage(translator("en"), reasonMessage(change));
    const pseudo = renderMessage(pseudoTranslator(), reasonMessage(change));
    expect(english).toBe(ENGLISH);
    expect(pseudo).toBe(`${PSEUDO_MARK}${ENGLISH}`);
  });

  it("a reason a person typed is shown as typed, in every locale", async () => {
    const orgId = await createExistingClient();
    const change = await recordModelChange(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: orgId,
      recordedById: w.manager.user.id,
      fromModel: "HYBRID",
      toModel: "MANAGED",
      effectiveDate: new Date("2025-06-01"),
      reason: "Two outages in March.",
    });
    const stored = await ownerDb().serviceModelChange.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: change.tenantId, id: change.id } },
    });
    expect(renderMessage(translator("en"), reasonMessage(stored))).toBe("Two outages in March.");
    expect(renderMessage(pseudoTranslator(), reasonMessage(stored))).toBe("Two outages in March.");
  });

  it("an audit event stores the action code; its label renders in two locales from the same row", async () => {
    const orgId = await createExistingClient();
    const event = await ownerDb().auditEvent.findFirstOrThrow({ where: { targetId: orgId, action: "org.create" } });
    expect(event.metadata).toEqual({ lifecycleStatus: "ACTIVE", currentModel: "HYBRID" });
    expect(renderMessage(translator("en"), auditActionMessage(event.action))).toBe("Organization created");
    expect(renderMessage(pseudoTranslator(), auditActionMessage(event.action))).toBe(
      `${PSEUDO_MARK}Organization created`,
    );
    // A code this version does not know (an older or newer row) still renders: as stored.
    expect(renderMessage(translator("en"), auditActionMessage("legacy.thing"))).toBe("legacy.thing");
  });

  it("rows written before the change (an English sentence) are migrated to the code", async () => {
    const orgId = await createExistingClient();
    const old = await recordModelChange(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: orgId,
      recordedById: w.manager.user.id,
      fromModel: null,
      toModel: "HYBRID",
      effectiveDate: new Date("2025-01-15"),
      reason: ENGLISH,
    });
    const dir = path.join(process.cwd(), "prisma/migrations");
    const migration = readdirSync(dir).find((d) => d.endsWith("_model_change_reason_code"))!;
    const sql = readFileSync(path.join(dir, migration, "migration.sql"), "utf8");
    const update = sql.slice(sql.indexOf('UPDATE "ServiceModelChange"'), sql.indexOf(";", sql.indexOf("UPDATE")) + 1);
    await ownerDb().$executeRawUnsafe(update.replace("WHERE", `WHERE "id" = '${old.id}' AND`));
    const migrated = await ownerDb().serviceModelChange.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: old.tenantId, id: old.id } },
    });
    expect(migrated).toMatchObject({ reason: null, reasonCode: "EXISTING_CLIENT" });
    expect(renderMessage(pseudoTranslator(), reasonMessage(migrated))).toBe(`${PSEUDO_MARK}${ENGLISH}`);
  });

  it("the database refuses a change with neither a person's reason nor a code", async () => {
    const orgId = await createExistingClient();
    await expect(
      ownerDb().serviceModelChange.create({
        data: {
          tenantId: w.tenant.id,
          organizationId: orgId,
          recordedById: w.manager.user.id,
          toModel: "MANAGED",
          effectiveDate: new Date("2025-07-01"),
        },
      }),
    ).rejects.toThrow(/ServiceModelChange_reason_or_code|check constraint/i);
  });
});
