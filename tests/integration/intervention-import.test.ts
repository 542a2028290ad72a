import { beforeAll, describe, expect, it } from "vitest";
import { importInterventionsAction, previewInterventionImportAction } from "@/lib/actions/interventions";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * CSV import into an organization's interventions log (issue 17, item 2): a European file
 * (semicolons, decimal commas, day-first dates) with a bad row is previewed with the row, the
 * column and the problem and refused as a whole; the fixed file goes in; the same file again
 * changes nothing; a changed row is updated in place; other tenants and organizations stay out.
 */
let w: World;
let other: World;

const HEADER = "Ticket Number;Company;Date Worked;Hours Worked;Work Type;Billable Amount;Source;Summary";
const bad = (orgName: string) =>
  [
    HEADER,
    `T-100;${orgName};04/03/2026;1,5;Network;;RMM alert;Switch port flapping`,
    `T-101;${orgName};31/02/2026;2;Backups;250,00;Phone;Restore test`,
    `;${orgName};05/03/2026;0,75;Printing;;Email;`,
    `;${orgName};05/03/2026;0,75;Printing;;Email;`,
    `T-102;${orgName};06/03/2026;3;Servers;1.234,50;Monitoring;"Disk full; cleaned up"`,
  ].join("\n");
const fixed = (orgName: string) => bad(orgName).replace("31/02/2026", "28/02/2026");

const request = (organizationId: string, csv: string, settings: unknown = null) => ({
  organizationId,
  sourceSystem: "Autotask",
  csv,
  settings,
});

async function suggested(organizationId: string, csv: string) {
  const preview = await previewInterventionImportAction(request(organizationId, csv));
  if (!preview.ok) throw new Error(JSON.stringify(preview));
  return preview.data;
}

const logOf = (organizationId: string) =>
  ownerDb().intervention.findMany({
    where: { organizationId },
    orderBy: [{ occurredOn: "asc" }, { externalId: "asc" }],
    select: {
      occurredOn: true,
      hours: true,
      amount: true,
      amountSource: true,
      category: true,
      detection: true,
      sourceSystem: true,
      externalId: true,
      importKey: true,
      note: true,
      version: true,
      updatedAt: true,
    },
  });

beforeAll(async () => {
  [w, other] = await Promise.all([createWorld(ownerDb(), { tenant: { hourlyRate: 80 } }), createWorld(ownerDb())]);
});

describe("interventions CSV import", () => {
  it("previews a European file: headers mapped, settings detected, the bad row by row and column", async () => {
    actAs(w.manager.user);
    const preview = await suggested(w.orgX.id, bad(w.orgX.name));
    expect(preview.delimiter).toBe(";");
    expect(preview.settings).toMatchObject({ dateOrder: "DMY", decimalComma: true });
    expect(preview.settings.mapping).toMatchObject({ externalId: 0, organization: 1, occurredOn: 2, hours: 3 });
    expect(preview.rowCount).toBe(5);
    expect(preview.validCount).toBe(4);
    expect(preview.problems).toEqual([
      { row: 3, column: "Date Worked", field: "occurredOn", key: "imports.errors.invalidDate" },
    ]);
    expect(preview.known).toBe(0);
    expect(preview.sample[0]).toMatchObject({ occurredOn: "2026-03-04", hours: 1.5, externalId: "T-100" });
  });

  it("refuses the whole file while a row has a problem, then imports the fixed file, then changes nothing", async () => {
    actAs(w.manager.user);
    const { settings } = await suggested(w.orgX.id, bad(w.orgX.name));
    const refused = await importInterventionsAction(request(w.orgX.id, bad(w.orgX.name), settings));
    expect(refused).toMatchObject({ ok: true, data: { outcome: "rejected", problemCount: 1 } });
    expect(await logOf(w.orgX.id)).toEqual([]);

    const imported = await importInterventionsAction(request(w.orgX.id, fixed(w.orgX.name), settings));
    expect(imported).toEqual({
      ok: true,
      data: { outcome: "imported", rows: 5, created: 5, updated: 0, unchanged: 0 },
    });
    const log = await logOf(w.orgX.id);
    expect(log.map((r) => [r.occurredOn.toISOString().slice(0, 10), r.hours, r.amount, r.amountSource])).toEqual([
      ["2026-02-28", 2, 250, "BILLED"],
      ["2026-03-04", 1.5, 120, "HOURLY_RATE"],
      ["2026-03-05", 0.75, 60, "HOURLY_RATE"],
      ["2026-03-05", 0.75, 60, "HOURLY_RATE"],
      ["2026-03-06", 3, 1234.5, "BILLED"],
    ]);
    expect(log.find((r) => r.externalId === "T-102")).toMatchObject({
      detection: "MONITORING",
      note: "Disk full; cleaned up",
      sourceSystem: "Autotask",
      importKey: null,
    });
    // The two identical rows without an external id both went in, each with its own key.
    const keyed = log.filter((r) => r.externalId === null);
    expect(new Set(keyed.map((r) => r.importKey)).size).toBe(2);
    expect(
      await ownerDb().auditEvent.findMany({
        where: { action: "intervention.import", targetId: w.orgX.id },
        select: { metadata: true, tenantId: true },
      }),
    ).toEqual([
      {
        tenantId: w.tenant.id,
        metadata: { sourceSystem: "Autotask", rows: 5, created: 5, updated: 0, unchanged: 0 },
      },
    ]);

    const again = await importInterventionsAction(request(w.orgX.id, fixed(w.orgX.name), settings));
    expect(again).toEqual({ ok: true, data: { outcome: "imported", rows: 5, created: 0, updated: 0, unchanged: 5 } });
    expect(await logOf(w.orgX.id)).toEqual(log);
    expect((await suggested(w.orgX.id, fixed(w.orgX.name))).known).toBe(5);

    const changed = fixed(w.orgX.name).replace("T-100;", "T-100;").replace(";1,5;Network", ";2,5;Network");
    const updated = await importInterventionsAction(request(w.orgX.id, changed, settings));
    expect(updated).toEqual({ ok: true, data: { outcome: "imported", rows: 5, created: 0, updated: 1, unchanged: 4 } });
    const after = await logOf(w.orgX.id);
    expect(after).toHaveLength(5);
    expect(after.find((r) => r.externalId === "T-100")).toMatchObject({ hours: 2.5, amount: 200, version: 2 });
  });

  it("refuses rows naming another organization and external ids another organization holds", async () => {
    actAs(w.manager.user);
    const csv = [HEADER, `T-100;${w.orgY.name};07/03/2026;1;Network;;;`, `T-200;;07/03/2026;1;Network;;;`].join("\n");
    const { settings } = await suggested(w.orgY.id, csv);
    const result = await importInterventionsAction(request(w.orgY.id, csv, settings));
    if (!result.ok || result.data.outcome !== "rejected") throw new Error(JSON.stringify(result));
    expect(result.data.problems).toEqual([
      { row: 2, column: "Ticket Number", field: "externalId", key: "interventions.import.errors.otherOrganizationId" },
    ]);
    const wrongOrg = [HEADER, `T-300;${w.orgX.name};07/03/2026;1;Network;;;`].join("\n");
    const refused = await importInterventionsAction(request(w.orgY.id, wrongOrg, settings));
    if (!refused.ok || refused.data.outcome !== "rejected") throw new Error(JSON.stringify(refused));
    expect(refused.data.problems).toEqual([
      { row: 2, column: "Company", field: "organization", key: "interventions.import.errors.otherOrganization" },
    ]);
    expect(await ownerDb().intervention.count({ where: { organizationId: w.orgY.id } })).toBe(0);
  });

  it("says what is wrong with the file or its mapping next to the field", async () => {
    actAs(w.owner.user);
    const unmapped = await importInterventionsAction(
      request(w.orgX.id, "Foo;Bar\n1;2\n", {
        mapping: {
          organization: null,
          occurredOn: 0,
          hours: 1,
          amountBilled: null,
          category: null,
          detection: null,
          peopleAffected: null,
          recurringCause: null,
          externalId: null,
          kind: null,
          note: 7,
        },
        dateOrder: "DMY",
        decimalComma: true,
      }),
    );
    expect(unmapped).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "mapping.category": expect.any(String), "mapping.note": expect.any(String) },
    });
    expect(await previewInterventionImportAction(request(w.orgX.id, "only a title\n"))).toMatchObject({
      ok: false,
      fieldErrors: { csv: expect.any(String) },
    });
    expect(await previewInterventionImportAction(request(w.orgX.id, 'a,b\n"open,1\n'))).toMatchObject({
      ok: false,
      fieldErrors: { csv: expect.any(String) },
    });
    const tooLarge = await previewInterventionImportAction(request(w.orgX.id, "x".repeat(5 * 1024 * 1024 + 1)));
    expect(tooLarge).toMatchObject({ ok: false, fieldErrors: { csv: expect.stringContaining("5 MB") } });
  });

  it("keeps other tenants and client users out (404), writing nothing", async () => {
    actAs(other.owner.user);
    const csv = fixed(w.orgX.name);
    expect(await previewInterventionImportAction(request(w.orgX.id, csv))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    actAs(w.clientX.user);
    expect(await previewInterventionImportAction(request(w.orgX.id, csv))).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await ownerDb().intervention.count({ where: { tenantId: other.tenant.id } })).toBe(0);
  });
});
