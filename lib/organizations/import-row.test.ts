import { describe, expect, it } from "vitest";
import { autoMapColumns } from "@/lib/import/columns";
import { ORGANIZATION_IMPORT_FIELDS } from "@/lib/organizations/import-columns";
import { readOrganizationRow, type OrganizationRowOptions } from "@/lib/organizations/import-row";
import { readLifecycle, readLocale, readModel } from "@/lib/organizations/import-words";

const options: OrganizationRowOptions = { dateOrder: "DMY", decimalComma: true, today: "2026-06-30" };
const map = (headers: string[]) => autoMapColumns(ORGANIZATION_IMPORT_FIELDS, headers);

describe("organizations import columns", () => {
  it.each([
    ["ConnectWise", ["Company ID", "Company Name", "Company Status", "Number of Employees"]],
    ["Autotask", ["Account ID", "Account Name", "Account Type", "Employees"]],
    ["HaloPSA", ["Client ID", "Client Name", "Status", "Users"]],
    ["Syncro", ["Customer ID", "Business Name", "Status", "Seats"]],
  ])("recognises a %s company export", (_psa, headers) => {
    expect(map(headers)).toMatchObject({ externalId: 0, name: 1, lifecycleStatus: 2, headcount: 3 });
  });

  it("recognises a French spreadsheet", () => {
    expect(map(["Raison sociale", "Modèle de service", "Statut", "Effectif", "Postes", "Langue"])).toMatchObject({
      name: 0,
      currentModel: 1,
      lifecycleStatus: 2,
      headcount: 3,
      endpoints: 4,
      reportLocale: 5,
    });
  });
});

describe("organizations import words", () => {
  it("reads models, lifecycles and languages as codes, English or French words", () => {
    expect(["BREAK_FIX", "Break-fix", "Dépannage à l’acte", "T&M", "time and materials"].map(readModel)).toEqual(
      Array(5).fill("BREAK_FIX"),
    );
    expect(["hybrid", "Hybride", "HYBRID"].map(readModel)).toEqual(Array(3).fill("HYBRID"));
    expect(["Managed services", "Infogérance", "managed", "MANAGED"].map(readModel)).toEqual(Array(4).fill("MANAGED"));
    expect(readModel("telepathy")).toBeNull();
    expect(["Prospect", "Lead"].map(readLifecycle)).toEqual(["PROSPECT", "PROSPECT"]);
    expect(["Active", "Actif", "Client", "customer"].map(readLifecycle)).toEqual(Array(4).fill("ACTIVE"));
    expect(["Former", "Ancien client", "Inactive", "résilié"].map(readLifecycle)).toEqual(Array(4).fill("FORMER"));
    expect(["Français", "french", "fr", "English", "anglais"].map(readLocale)).toEqual(["fr", "fr", "fr", "en", "en"]);
  });
});

describe("readOrganizationRow", () => {
  const headers = ["Company Name", "Company ID", "Service Model", "Status", "Employees", "Sites", "Client since"];
  const mapping = map(headers);

  it("reads a European row: French words, grouped thousands, day-first date", () => {
    expect(
      readOrganizationRow(
        ["  Acme   Dental ", "CW-17", "Infogérance", "Client", "1.200", "3", "04/03/2024"],
        mapping,
        options,
      ),
    ).toEqual({
      ok: true,
      value: {
        name: "Acme Dental",
        nameKey: "acme dental",
        externalId: "CW-17",
        currentModel: "MANAGED",
        lifecycleStatus: "ACTIVE",
        headcount: 1200,
        sites: 3,
        endpoints: null,
        industry: null,
        targetModel: null,
        clientSince: "2024-03-04",
        accountManager: null,
        reportLocale: null,
        notes: null,
      },
    });
  });

  it("reports every problem of a row by field", () => {
    const result = readOrganizationRow(["", "", "Platinum", "Sleeping", "2,5", "0", "31/02/2024"], mapping, options);
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: "name", key: "imports.errors.required" },
        { field: "currentModel", key: "orgs.import.errors.invalidModel" },
        { field: "lifecycleStatus", key: "orgs.import.errors.invalidLifecycle" },
        { field: "headcount", key: "orgs.import.errors.wholeNumber", params: { min: 1, max: 100_000 } },
        { field: "sites", key: "orgs.import.errors.wholeNumber", params: { min: 1, max: 10_000 } },
        { field: "clientSince", key: "imports.errors.invalidDate" },
      ],
    });
  });

  it("leaves what the file does not say as null (an empty cell erases nothing)", () => {
    const result = readOrganizationRow(["Birch Legal", "", "", "", "", "", ""], mapping, options);
    expect(result).toMatchObject({
      ok: true,
      value: { name: "Birch Legal", externalId: null, currentModel: null, lifecycleStatus: null, headcount: null },
    });
  });

  it("refuses a client-since date after today", () => {
    const result = readOrganizationRow(["Cedar", "", "", "", "", "", "01/07/2026"], mapping, options);
    expect(result).toEqual({ ok: false, problems: [{ field: "clientSince", key: "imports.errors.inFuture" }] });
  });
});
