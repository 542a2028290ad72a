import { beforeAll, describe, expect, it } from "vitest";
import { importOrganizationsAction, previewOrganizationImportAction } from "@/lib/actions/organizations";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * CSV import of organizations (issue 17, item 2): a European company export (semicolons,
 * French words, grouped thousands) with a bad row is previewed with the row, the column and the
 * problem and refused as a whole; the fixed file goes in (active clients start their journey);
 * the same file again changes nothing; rows find their organization by external id, or by name
 * without one; a model change is refused (it is a move); other tenants and client users stay out.
 */
let w: World;
let other: World;

const HEADER = "Company ID;Company Name;Service Model;Status;Employees;Sites;Client since;Account Manager";
const rows = (w: World) => [
  `CW-1;Aubépine Dental;Infogérance;Client;1.200;3;04/03/2024;${w.manager.user.email}`,
  `CW-2;Birch Legal;Break-fix;Prospect;12;;;`,
  `CW-3;Cedar Print;Hybride;Actif;2,5;1;;`,
];
const bad = (w: World) => [HEADER, ...rows(w)].join("\n");
const fixed = (w: World) => bad(w).replace(";2,5;", ";25;");

const request = (csv: string, settings: unknown = null) => ({ sourceSystem: "ConnectWise", csv, settings });

async function suggested(csv: string) {
  const preview = await previewOrganizationImportAction(request(csv));
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  return preview.data;
}

const orgsOf = (tenantId: string) =>
  ownerDb().clientOrganization.findMany({
    where: { tenantId, name: { notIn: [w.orgX.name, w.orgY.name] } },
    orderBy: { name: "asc" },
    select: {
      name: true,
      headcount: true,
      sites: true,
      currentModel: true,
      lifecycleStatus: true,
      accountManagerId: true,
      sourceSystem: true,
      externalId: true,
      version: true,
      updatedAt: true,
    },
  });

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
});

describe("organizations CSV import", () => {
  it("previews a European company export: headers mapped, the bad row by row and column", async () => {
    actAs(w.manager.user);
    const preview = await suggested(bad(w));
    expect(preview.delimiter).toBe(";");
    expect(preview.settings).toMatchObject({ dateOrder: "DMY", decimalComma: true });
    expect(preview.settings.mapping).toMatchObject({
      externalId: 0,
      name: 1,
      currentModel: 2,
      lifecycleStatus: 3,
      headcount: 4,
      sites: 5,
      clientSince: 6,
      accountManager: 7,
    });
    expect(preview.problems).toEqual([
      {
        row: 4,
        column: "Employees",
        field: "headcount",
        key: "orgs.import.errors.wholeNumber",
        params: { min: 1, max: 100_000 },
      },
    ]);
    expect(preview).toMatchObject({ rowCount: 3, validCount: 2, toCreate: 2, toUpdate: 0, unchanged: 0 });
  });

  it("refuses the whole file while a row has a problem, imports the fixed file, then changes nothing", async () => {
    actAs(w.manager.user);
    const { settings } = await suggested(bad(w));
    const refused = await importOrganizationsAction(request(bad(w), settings));
    expect(refused).toMatchObject({ ok: true, data: { outcome: "rejected", problemCount: 1 } });
    expect(await orgsOf(w.tenant.id)).toEqual([]);

    const imported = await importOrganizationsAction(request(fixed(w), settings));
    expect(imported).toEqual({
      ok: true,
      data: { outcome: "imported", rows: 3, created: 3, updated: 0, unchanged: 0 },
    });
    const orgs = await orgsOf(w.tenant.id);
    expect(orgs.map((o) => [o.name, o.headcount, o.sites, o.currentModel, o.lifecycleStatus, o.externalId])).toEqual([
      ["Aubépine Dental", 1200, 3, "MANAGED", "ACTIVE", "CW-1"],
      ["Birch Legal", 12, 1, "BREAK_FIX", "PROSPECT", "CW-2"],
      ["Cedar Print", 25, 1, "HYBRID", "ACTIVE", "CW-3"],
    ]);
    expect(orgs[0]).toMatchObject({ accountManagerId: w.manager.user.id, sourceSystem: "ConnectWise" });
    // Active clients start their journey, dated "client since" (or today), as when created by hand.
    const journeys = await ownerDb().serviceModelChange.findMany({
      where: { tenantId: w.tenant.id, organization: { externalId: { in: ["CW-1", "CW-2", "CW-3"] } } },
      select: { organization: { select: { externalId: true } }, fromModel: true, toModel: true, effectiveDate: true },
      orderBy: { organization: { externalId: "asc" } },
    });
    expect(journeys.map((j) => [j.organization.externalId, j.fromModel, j.toModel])).toEqual([
      ["CW-1", null, "MANAGED"],
      ["CW-3", null, "HYBRID"],
    ]);
    expect(journeys[0]!.effectiveDate.toISOString().slice(0, 10)).toBe("2024-03-04");
    expect(
      await ownerDb().auditEvent.findMany({
        where: { action: "org.import", tenantId: w.tenant.id },
        select: { metadata: true, targetId: true },
      }),
    ).toEqual([
      {
        targetId: w.tenant.id,
        metadata: { sourceSystem: "ConnectWise", rows: 3, created: 3, updated: 0, unchanged: 0 },
      },
    ]);

    const again = await importOrganizationsAction(request(fixed(w), settings));
    expect(again).toEqual({ ok: true, data: { outcome: "imported", rows: 3, created: 0, updated: 0, unchanged: 3 } });
    expect(await orgsOf(w.tenant.id)).toEqual(orgs);
    expect(await suggested(fixed(w))).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 3 });

    // A renamed organization (same external id) and new facts are updated in place.
    const changed = fixed(w).replace(
      "CW-2;Birch Legal;Break-fix;Prospect;12",
      "CW-2;Birch & Co Legal;Break-fix;Prospect;14",
    );
    const updated = await importOrganizationsAction(request(changed, settings));
    expect(updated).toEqual({ ok: true, data: { outcome: "imported", rows: 3, created: 0, updated: 1, unchanged: 2 } });
    const after = await orgsOf(w.tenant.id);
    expect(after).toHaveLength(3);
    expect(after.find((o) => o.externalId === "CW-2")).toMatchObject({
      name: "Birch & Co Legal",
      headcount: 14,
      version: 2,
    });
  });

  it("finds organizations by name without external ids, and refuses a model change and unknown values", async () => {
    actAs(w.owner.user);
    const csv = ["Name,Employees,Industry", `${w.orgX.name.toUpperCase()},33,Dental`, `  ${w.orgY.name}  ,,`].join(
      "\n",
    );
    const { settings } = await suggested(csv);
    const result = await importOrganizationsAction(request(csv, settings));
    expect(result).toEqual({ ok: true, data: { outcome: "imported", rows: 2, created: 0, updated: 1, unchanged: 1 } });
    expect(
      await ownerDb().clientOrganization.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: w.orgX.tenantId, id: w.orgX.id } },
      }),
    ).toMatchObject({
      name: w.orgX.name.toUpperCase(),
      headcount: 33,
      industry: "Dental",
      externalId: null,
    });
    // The empty cells of orgY's row erased nothing.
    expect(
      await ownerDb().clientOrganization.findUniqueOrThrow({
        where: { tenantId_id: { tenantId: w.orgY.tenantId, id: w.orgY.id } },
      }),
    ).toMatchObject({
      headcount: 20,
      version: 1,
    });

    const moves = [
      "Name;Service model;Status;Employees;Account manager",
      `${w.orgY.name};Managed;;;`,
      `Dogwood Ltd;Managed;Former;5;`,
      `Elm Ltd;;;;nobody@example.com`,
      `${w.orgX.name};;;;`,
      `${w.orgX.name.toLowerCase()};;;;`,
    ].join("\n");
    const refused = await importOrganizationsAction(request(moves, (await suggested(moves)).settings));
    if (!refused.ok || refused.data.outcome !== "rejected") throw new Error(JSON.stringify(refused));
    expect(refused.data.problems.map((p) => [p.row, p.column, p.key])).toEqual([
      [2, "Service model", "orgs.import.errors.modelDiffers"],
      [3, "Status", "orgs.import.errors.formerToCreate"],
      [4, "Account manager", "orgs.import.errors.unknownManager"],
      [4, "Service model", "orgs.import.errors.requiredToCreate"],
      [4, "Status", "orgs.import.errors.requiredToCreate"],
      [4, "Employees", "orgs.import.errors.requiredToCreate"],
      [6, "Name", "orgs.import.errors.duplicateName"],
    ]);
  });

  it("says what is wrong with the file or its mapping next to the field", async () => {
    actAs(w.owner.user);
    expect(await previewOrganizationImportAction(request("only a title\n"))).toMatchObject({
      ok: false,
      fieldErrors: { csv: expect.any(String) },
    });
    const { settings } = await suggested("Employees;Sites\n3;1\n");
    expect(settings.mapping.name).toBeNull();
    expect(await importOrganizationsAction(request("Employees;Sites\n3;1\n", settings))).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "mapping.name": expect.any(String) },
    });
  });

  it("keeps each tenant's organizations to itself, and client users out (404)", async () => {
    // The other tenant imports the same file: its own organizations, nothing of w's touched.
    actAs(other.owner.user);
    const { settings } = await suggested(fixed(w).replace(w.manager.user.email, ""));
    const imported = await importOrganizationsAction(request(fixed(w).replace(w.manager.user.email, ""), settings));
    expect(imported).toEqual({
      ok: true,
      data: { outcome: "imported", rows: 3, created: 3, updated: 0, unchanged: 0 },
    });
    expect(
      await ownerDb().clientOrganization.count({ where: { tenantId: w.tenant.id, externalId: { not: null } } }),
    ).toBe(3);
    // A manager of another tenant is not a team member here.
    expect(await suggested(fixed(w))).toMatchObject({
      problems: [expect.objectContaining({ row: 2, key: "orgs.import.errors.unknownManager" })],
    });
    actAs(w.clientX.user);
    expect(await previewOrganizationImportAction(request(fixed(w)))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await importOrganizationsAction(request(fixed(w), settings))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
  });
});
