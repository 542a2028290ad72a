import { describe, expect, it } from "vitest";
import { parseMonth } from "@/lib/import/month";

describe("parseMonth", () => {
  it.each([
    ["2026-03", "2026-03"],
    ["2026/3", "2026-03"],
    ["03/2026", "2026-03"],
    ["March 2026", "2026-03"],
    ["Mar-26", "2026-03"],
    ["mars 2026", "2026-03"],
    ["Février 2026", "2026-02"],
    ["févr. 2026", "2026-02"],
    ["2026-03-31", "2026-03"],
    ["31/03/2026", "2026-03"],
  ])("reads %s", (raw, month) => expect(parseMonth(raw, "DMY")).toBe(month));

  it.each(["", "Q1 2026", "2026", "13/2026", "Marchember 2026"])("refuses %j", (raw) =>
    expect(parseMonth(raw, "DMY")).toBeNull(),
  );
});
