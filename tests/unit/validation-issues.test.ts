import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "@/lib/i18n/translate";
import { int, text } from "@/lib/validation/fields";
import { fieldErrorsFrom } from "@/lib/validation/issues";
import { translateFieldErrors } from "@/lib/access/failure";

const schema = z.object({ name: text(10), headcount: int(1, 100) }).strict();
const errors = (raw: unknown) => {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) throw new Error("expected a failure");
  return translateFieldErrors(translator(), fieldErrorsFrom(parsed.error));
};

describe("field errors from zod issues", () => {
  it("says required when nothing was given, and not valid when something wrong was typed", () => {
    expect(errors({ name: "x" })).toEqual({ headcount: "This field is required." });
    expect(errors({ name: "x", headcount: "two" })).toEqual({ headcount: "This value is not valid." });
    expect(errors({ name: "x", headcount: "" })).toEqual({ headcount: "This field is required." });
  });
  it("says whole number for a decimal, and gives the bounds", () => {
    expect(errors({ name: "x", headcount: 1.5 })).toEqual({ headcount: "Must be a whole number." });
    expect(errors({ name: "x", headcount: 0 })).toEqual({ headcount: "Must be at least 1." });
    expect(errors({ name: "x", headcount: 101 })).toEqual({ headcount: "Must be at most 100." });
  });
  it("names unknown fields and long text", () => {
    expect(errors({ name: "abcdefghijkl", headcount: 5, tenantId: "t" })).toEqual({
      name: "Must be at most 10 characters.",
      tenantId: "Unexpected field: tenantId.",
    });
  });
});
