import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { translator } from "@/lib/i18n/translate";
import { translateFieldErrors } from "@/lib/access/failure";
import { BAD_DATE_INPUT, earlierDay, isoDayOf, parseIsoDateTime, parseIsoDay } from "@/lib/validation/dates";
import { isoDate, isoDateTime, optionalIsoDate, optionalIsoDayString } from "@/lib/validation/fields";
import { fieldErrorsFrom } from "@/lib/validation/issues";
import { reportContentInput } from "@/lib/domain/reports/schemas";
import { createCallSchema } from "@/lib/domain/calls/schemas";
import { createOrganizationSchema } from "@/lib/domain/organizations/schemas";
import { recordModelChangeSchema } from "@/lib/domain/model-changes/schemas";

const messages = (schema: z.ZodType, raw: unknown) => {
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return {};
  return translateFieldErrors(translator(), fieldErrorsFrom(parsed.error));
};

describe("the one date parser", () => {
  it("refuses days that do not exist instead of rolling them over", () => {
    for (const day of ["2025-02-29", "2026-02-31", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-5"])
      expect(parseIsoDay(day)).toEqual({ ok: false, problem: "invalidDate" });
    expect(parseIsoDay("2024-02-29")).toEqual({ ok: true, date: new Date("2024-02-29T00:00:00Z") });
    expect(parseIsoDay("1999-12-31")).toEqual({ ok: false, problem: "dateOutOfRange" });
    expect(parseIsoDay(BAD_DATE_INPUT)).toEqual({ ok: false, problem: "invalidDate" });
  });

  it("refuses impossible days and times in a date and time", () => {
    for (const value of ["2026-02-31T10:00", "2026-03-01T24:00", "2026-03-01T10:60", "2026-03-01", BAD_DATE_INPUT])
      expect(parseIsoDateTime(value)).toEqual({ ok: false, problem: "invalidDate" });
    expect(parseIsoDateTime("2026-03-01T10:05")).toEqual({ ok: true, date: new Date("2026-03-01T10:05:00Z") });
    expect(parseIsoDateTime("2026-03-01T10:05:07.5Z")).toEqual({
      ok: true,
      date: new Date("2026-03-01T10:05:07.500Z"),
    });
  });

  test.prop([
    fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true }),
  ])("reads back every real day it writes", (d) => {
    const day = isoDayOf(d);
    const parsed = parseIsoDay(day);
    expect(parsed.ok && isoDayOf(parsed.date)).toBe(day);
  });

  test.prop([fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 })])(
    "accepts a day exactly when the calendar has it",
    (y, m, d) => {
      const text = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
      expect(parseIsoDay(text).ok).toBe(real);
    },
  );

  it("orders days", () => {
    expect(earlierDay("2026-03-01", "2026-02-28")).toBe("2026-02-28");
  });
});

describe("every schema with a date says so next to the field", () => {
  it("zod types: invalid, out of range, required, optional", () => {
    const s = z.object({ a: isoDate(), b: optionalIsoDate(), c: isoDateTime(), d: optionalIsoDayString() }).strict();
    expect(messages(s, { a: "2026-02-31", b: BAD_DATE_INPUT, c: "2026-02-31T09:00", d: "1999-01-01" })).toEqual({
      a: "Enter a valid date.",
      b: "Enter a valid date.",
      c: "Enter a valid date.",
      d: "Enter a date between 2000 and 2100.",
    });
    expect(messages(s, { a: "", b: "", c: "", d: "" })).toEqual({
      a: "This field is required.",
      c: "This field is required.",
    });
  });

  it("a call's follow-up, a client's start, a move, a figure's as-of date", () => {
    expect(messages(createCallSchema, { occurredAt: "2026-02-30T10:00", followUpDate: BAD_DATE_INPUT })).toMatchObject({
      occurredAt: "Enter a valid date.",
      followUpDate: "Enter a valid date.",
    });
    expect(messages(createOrganizationSchema, { clientSince: "2025-02-29" })).toMatchObject({
      clientSince: "Enter a valid date.",
    });
    expect(messages(recordModelChangeSchema, { effectiveDate: BAD_DATE_INPUT })).toMatchObject({
      effectiveDate: "Enter a valid date.",
    });
    expect(
      messages(reportContentInput, {
        metrics: {
          mttrHours: { value: "3", source: "PSA", asOf: "2026-02-31" },
          lastRestoreTest: { value: BAD_DATE_INPUT, source: "Log", asOf: "2026-02-01" },
        },
      }),
    ).toEqual({
      "metrics.mttrHours.asOf": "Enter a valid date.",
      "metrics.lastRestoreTest.value": "Enter a valid date.",
    });
  });
});
