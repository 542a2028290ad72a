import { describe, expect, it } from "vitest";
import { autoMapColumns } from "@/lib/import/columns";
import { INTERVENTION_IMPORT_FIELDS } from "@/lib/interventions/import-columns";
import { readInterventionRow, type RowOptions } from "@/lib/interventions/import-row";

const headers = ["Ticket Number", "Company", "Date Worked", "Hours Worked", "Work Type", "Billable Amount", "Source"];
const mapping = autoMapColumns(INTERVENTION_IMPORT_FIELDS, headers);
const options: RowOptions = {
  dateOrder: "DMY",
  decimalComma: true,
  today: "2026-06-30",
  organization: { id: "org_acme", name: "Acme Dental" },
};

describe("readInterventionRow", () => {
  it("reads a European row: day-first date, decimal comma, monitoring source", () => {
    expect(
      readInterventionRow(
        ["T-17", " acme  dental ", "04/03/2026", "1,5", "Network", "1.234,50", "RMM alert"],
        mapping,
        options,
      ),
    ).toEqual({
      ok: true,
      value: {
        organizationId: "org_acme",
        occurredOn: "2026-03-04",
        kind: "TICKET",
        hours: 1.5,
        amountBilled: 1234.5,
        category: "Network",
        detection: "MONITORING",
        peopleAffected: 0,
        recurringCause: false,
        externalId: "T-17",
        note: null,
      },
    });
  });

  it("reports every problem of a row by field", () => {
    const result = readInterventionRow(
      ["T-18", "Nobody Ltd", "31/02/2026", "-1", "", "lots", "telepathy"],
      mapping,
      options,
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        { field: "organization", key: "interventions.import.errors.otherOrganization" },
        { field: "occurredOn", key: "imports.errors.invalidDate" },
        { field: "hours", key: "interventions.import.errors.invalidHours" },
        { field: "amountBilled", key: "interventions.import.errors.invalidAmount" },
        { field: "category", key: "imports.errors.required" },
        { field: "detection", key: "interventions.import.errors.invalidDetection" },
      ]);
  });

  it("reads how it was detected in English and French", () => {
    const detection = (text: string) => {
      const r = readInterventionRow(["T-20", "", "01/03/2026", "1", "Network", "", text], mapping, options);
      return r.ok ? r.value.detection : null;
    };
    expect(detection("Alerte RMM")).toBe("MONITORING");
    expect(detection("Supervision")).toBe("MONITORING");
    expect(detection("Téléphone")).toBe("USER_REPORTED");
    expect(detection("Email")).toBe("USER_REPORTED");
    expect(detection("")).toBe("USER_REPORTED");
    expect(detection("telepathy")).toBeNull();
  });

  it("refuses a date after today", () => {
    const result = readInterventionRow(["T-19", "Acme Dental", "01/07/2026", "1", "Network", "", ""], mapping, options);
    expect(result).toEqual({
      ok: false,
      problems: [{ field: "occurredOn", key: "imports.errors.inFuture" }],
    });
  });
});
