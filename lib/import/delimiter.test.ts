import { describe, expect, it } from "vitest";
import { detectDelimiter } from "@/lib/import/delimiter";

describe("detectDelimiter", () => {
  it("finds commas, semicolons (European exports) and tabs, quotes respected", () => {
    expect(detectDelimiter("Date,Hours,Company\n2026-01-02,1.5,Acme\n")).toBe(",");
    expect(detectDelimiter('\uFEFFDate;Hours;Company\n02/01/2026;1,5;Acme\n03/01/2026;2,25;"Birch; Co"\n')).toBe(";");
    expect(detectDelimiter("Date\tHours\n2026-01-02\t1.5\n")).toBe("\t");
    expect(detectDelimiter('Note,Hours\n"a, b, c",1\n')).toBe(",");
  });
});
