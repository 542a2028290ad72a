import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/domain/export/csv";

describe("toCsv", () => {
  it("quotes commas, quotes and new lines", () => {
    expect(toCsv(["a", "b"], [{ a: 'say "hi", twice', b: "line\nbreak" }])).toBe(
      'a,b\r\n"say ""hi"", twice","line\nbreak"\r\n',
    );
  });
  it("writes empty cells for null and ISO strings for dates", () => {
    expect(toCsv(["a", "b"], [{ a: null, b: new Date("2026-01-02T03:04:05Z") }])).toBe(
      "a,b\r\n,2026-01-02T03:04:05.000Z\r\n",
    );
  });
  it("defuses spreadsheet formulas but keeps negative numbers", () => {
    expect(toCsv(["a", "b", "c"], [{ a: '=HYPERLINK("x")', b: "-12.5", c: "@SUM(A1)" }])).toBe(
      `a,b,c\r\n"'=HYPERLINK(""x"")",-12.5,'@SUM(A1)\r\n`,
    );
  });
});
