import { describe, expect, it } from "vitest";
import { autoMapColumns, normalizeHeader, unmappedRequired } from "@/lib/import/columns";
import { INTERVENTION_IMPORT_FIELDS } from "@/lib/interventions/import-columns";

describe("interventions import columns", () => {
  it("recognises the headers of common PSA time-entry exports", () => {
    const mapping = autoMapColumns(INTERVENTION_IMPORT_FIELDS, [
      "Ticket Number",
      "Company Name",
      "Date Worked",
      "Hours Worked",
      "Work Type",
      "Billable Amount",
      "Summary",
    ]);
    expect(mapping).toMatchObject({
      externalId: 0,
      organization: 1,
      occurredOn: 2,
      hours: 3,
      category: 4,
      amountBilled: 5,
      note: 6,
      detection: null,
    });
    expect(unmappedRequired(INTERVENTION_IMPORT_FIELDS, mapping)).toEqual([]);
  });

  it("normalises case, accents and punctuation, uses each column once, reports what is missing", () => {
    expect(normalizeHeader("  DATE_Worked ")).toBe("date worked");
    expect(normalizeHeader("Catégorie")).toBe("categorie");
    const mapping = autoMapColumns(INTERVENTION_IMPORT_FIELDS, ["date", "Date"]);
    expect(mapping.occurredOn).toBe(0);
    expect(unmappedRequired(INTERVENTION_IMPORT_FIELDS, mapping)).toEqual(["hours", "category"]);
  });
});
