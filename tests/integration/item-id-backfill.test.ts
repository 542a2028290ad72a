import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { ITEM_ID_PATTERN } from "@/lib/reports/item-id";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { seededItemId } from "@/lib/seed/item-ids";
import { ownerDb } from "@/tests/support/db";

/**
 * The migration that gave recommendations and roadmap items their stable id
 * (prisma/migrations/*_report_item_ids): its own SQL, read from disk, run on reports written
 * before ids existed. Every item gets a distinct id, the same item (same organization, list
 * and title) gets the same id in every month, ids already there are kept, and nothing else in
 * the report changes. The statements are scoped to this test's reports (other tests share the
 * database); the temporary function is created and dropped in one transaction.
 */
const dir = path.join(process.cwd(), "prisma/migrations");
const folder = readdirSync(dir).find((d) => d.endsWith("_report_item_ids"));
const sql = readFileSync(path.join(dir, folder!, "migration.sql"), "utf8");
const createFunction = sql.match(/CREATE FUNCTION pg_temp\.with_item_ids[\s\S]*?\$\$;/)?.[0];
const updates = [...sql.matchAll(/UPDATE "SteeringReport"[\s\S]*?;/g)].map((m) => m[0]);

/** Runs the migration's statements on the given reports only. */
async function backfill(reportIds: string[]) {
  await ownerDb().$transaction(async (tx) => {
    // PGlite (the embedded test database) is one session for every connection: replace, then drop.
    await tx.$executeRawUnsafe(createFunction!.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION"));
    for (const update of updates)
      await tx.$executeRawUnsafe(update.replace(/\bWHERE\b/, `WHERE id = ANY($1::text[]) AND`), reportIds);
    await tx.$executeRawUnsafe("DROP FUNCTION pg_temp.with_item_ids(jsonb, text, text)");
  });
}

type Item = Record<string, unknown> & { id?: string; title: string };

const RECOMMENDATIONS: Item[] = [
  { title: "Enable MFA for remote users", detail: "Remote access first.", priority: "high" },
  { title: "Document the ERP recovery", detail: null, priority: "medium" },
  // The same title twice in one report (a copied row): distinct ids, by rank.
  { title: "Document the ERP recovery", detail: "The second copy.", priority: "low" },
  // Already has an id: kept as it is.
  { id: "itm_keptalready0001", title: "Archive closed projects", detail: null, priority: "low" },
];
const ROADMAP: Item[] = [
  { title: "Migrate file shares to SharePoint", status: "in_progress", targetQuarter: "2026-Q4" },
  // The same title as a recommendation: another list, so another id.
  { title: "Enable MFA for remote users", status: "planned", targetQuarter: "2027-Q1" },
];
const METRICS = { incidentsOpened: { value: 4, source: "PSA", asOf: "2026-08-31" } };
const NARRATIVE = { highlights: "A calm month.", risks: null };
const BUDGET = [{ label: "Managed services fee", kind: "run", amount: 2550, note: null }];

let w: World;

/** A report as it was stored before ids existed: items without ids (the factory would add them). */
async function legacyReport(organizationId: string, period: string, recommendations = RECOMMENDATIONS) {
  const report = await createReport(ownerDb(), {
    tenantId: w.tenant.id,
    organizationId,
    authorId: w.manager.user.id,
    period,
    status: "PUBLISHED",
  });
  await ownerDb().steeringReport.update({
    where: { id: report.id },
    data: { recommendations, roadmap: ROADMAP, metrics: METRICS, narrative: NARRATIVE, budget: BUDGET } as never,
  });
  return report.id;
}

const read = (id: string) =>
  ownerDb().steeringReport.findUniqueOrThrow({
    where: { id },
    select: { recommendations: true, roadmap: true, metrics: true, narrative: true, budget: true, updatedAt: true },
  });
const ids = (items: unknown) => (items as Item[]).map((i) => i.id);
const withoutIds = (items: unknown) => (items as Item[]).map(({ id: _id, ...rest }) => rest);

beforeEach(async () => {
  w = await createWorld(ownerDb());
});

describe("the item-id backfill migration", () => {
  it("is found on disk with its function and its two updates", () => {
    expect(createFunction).toBeTruthy();
    expect(updates).toHaveLength(2);
  });

  it("gives every item a distinct id of the app's form, keeps existing ids, and changes nothing else", async () => {
    const id = await legacyReport(w.orgX.id, "2026-08");
    await backfill([id]);
    const after = await read(id);

    const recommendationIds = ids(after.recommendations);
    const roadmapIds = ids(after.roadmap);
    for (const itemId of [...recommendationIds, ...roadmapIds]) expect(itemId).toMatch(ITEM_ID_PATTERN);
    expect(new Set([...recommendationIds, ...roadmapIds]).size).toBe(RECOMMENDATIONS.length + ROADMAP.length);
    expect(recommendationIds[3]).toBe("itm_keptalready0001");
    // The documented form (lib/seed/item-ids.ts): md5 of organization, list, trimmed lower-case title (and rank).
    expect(recommendationIds[0]).toBe(seededItemId(`${w.orgX.id}:recommendation:enable mfa for remote users`));
    expect(recommendationIds[2]).toBe(seededItemId(`${w.orgX.id}:recommendation:document the erp recovery:2`));
    expect(roadmapIds[1]).toBe(seededItemId(`${w.orgX.id}:roadmap:enable mfa for remote users`));

    // Everything else as it was: the items' other fields and order, metrics, narrative, budget.
    expect(withoutIds(after.recommendations)).toEqual(withoutIds(RECOMMENDATIONS));
    expect(withoutIds(after.roadmap)).toEqual(withoutIds(ROADMAP));
    expect(after.metrics).toEqual(METRICS);
    expect(after.narrative).toEqual(NARRATIVE);
    expect(after.budget).toEqual(BUDGET);
  });

  it("is stable: the same item gets the same id in every month of an organization, another organization's another id; a second run changes nothing", async () => {
    const august = await legacyReport(w.orgX.id, "2026-08");
    // September: the same items, one title with different case and spaces, one item added on top.
    const september = await legacyReport(w.orgX.id, "2026-09", [
      { title: "Schedule the firewall update", detail: null, priority: "high" },
      { title: "  enable MFA for REMOTE users ", detail: "Remote access first.", priority: "high" },
      ...RECOMMENDATIONS.slice(1),
    ]);
    const otherOrg = await legacyReport(w.orgY.id, "2026-08");
    await backfill([august, september, otherOrg]);
    const [a, s, o] = await Promise.all([read(august), read(september), read(otherOrg)]);

    expect(ids(s.recommendations).slice(1)).toEqual(ids(a.recommendations));
    expect(ids(s.roadmap)).toEqual(ids(a.roadmap));
    expect(ids(s.recommendations)[0]).not.toBeOneOf(ids(a.recommendations));
    for (const itemId of [...ids(o.recommendations), ...ids(o.roadmap)])
      if (itemId !== "itm_keptalready0001")
        expect([...ids(a.recommendations), ...ids(a.roadmap)]).not.toContain(itemId);

    await backfill([august]);
    const again = await read(august);
    expect(again.recommendations).toEqual(a.recommendations);
    expect(again.roadmap).toEqual(a.roadmap);
  });

  it("leaves reports with empty lists alone", async () => {
    const report = await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2026-07",
    });
    const before = await read(report.id);
    await backfill([report.id]);
    expect(await read(report.id)).toEqual(before);
  });
});
