import { describe, expect, it } from "vitest";
import { CURRENCIES } from "@/lib/domain/settings/schemas";
import { formatter } from "@/lib/i18n/translate";
import { formatMoney } from "@/lib/reports/format";

/**
 * Issue 19: amounts follow the reader's locale and the tenant's currency (EUR, GBP, USD, CHF and
 * CAD at least). French writes 1 234,56 € with a narrow no-break space between thousands and a
 * no-break space before the symbol, so an amount never breaks across lines (on a page or in the PDF).
 */
const NNBSP = "\u202f";
const NBSP = "\u00a0";

describe("money in the reader's locale and the tenant's currency", () => {
  it("offers at least the currencies the issue names", () => {
    expect(CURRENCIES).toEqual(expect.arrayContaining(["EUR", "GBP", "USD", "CHF", "CAD"]));
  });

  it("writes English amounts with a comma between thousands and a point before the cents", () => {
    const en = formatter("en");
    expect(formatMoney(en, 1234.56, "EUR")).toBe("€1,234.56");
    expect(formatMoney(en, 1234.56, "GBP")).toBe("£1,234.56");
    expect(formatMoney(en, 1234.56, "USD")).toBe("$1,234.56");
    expect(formatMoney(en, 1234.56, "CHF")).toBe(`CHF${NBSP}1,234.56`);
    expect(formatMoney(en, 1234.56, "CAD")).toBe("CA$1,234.56");
  });

  it("writes French amounts as 1 234,56 € with no-break spaces, the symbol after the figure", () => {
    const fr = formatter("fr");
    expect(formatMoney(fr, 1234.56, "EUR")).toBe(`1${NNBSP}234,56${NBSP}€`);
    expect(formatMoney(fr, 1234.56, "GBP")).toBe(`1${NNBSP}234,56${NBSP}£GB`);
    expect(formatMoney(fr, 1234.56, "USD")).toBe(`1${NNBSP}234,56${NBSP}$US`);
    expect(formatMoney(fr, 1234.56, "CHF")).toBe(`1${NNBSP}234,56${NBSP}CHF`);
    expect(formatMoney(fr, 1234.56, "CAD")).toBe(`1${NNBSP}234,56${NBSP}$CA`);
    // Whole amounts show their cents like the others; no plain space anywhere, in any offered currency.
    expect(formatMoney(fr, 4200, "EUR")).toBe(`4${NNBSP}200,00${NBSP}€`);
    for (const currency of CURRENCIES) expect(formatMoney(fr, 1234567.5, currency)).not.toContain(" ");
  });
});
