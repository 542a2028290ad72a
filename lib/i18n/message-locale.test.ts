import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it, vi } from "vitest";
import "@/lib/i18n/message-locale";

describe("message-locale", () => {
  it("resolves the catalog's locale without listing the engine's locales", () => {
    const listed = vi.spyOn(Intl.NumberFormat, "supportedLocalesOf");
    try {
      expect(IntlMessageFormat.resolveLocale("fr")?.baseName).toBe("fr");
      expect(IntlMessageFormat.resolveLocale(["en", "fr"])?.baseName).toBe("en");
      expect(new IntlMessageFormat("{n, number}", "fr").resolvedOptions().locale).toBe("fr");
      expect(listed).not.toHaveBeenCalled();
    } finally {
      listed.mockRestore();
    }
  });

  it("formats numbers, plurals and dates in each catalog locale as before", () => {
    const message =
      "{n, number} {n, plural, one {mois} other {mois}} — {count, plural, one {# client} other {# clients}}";
    expect(new IntlMessageFormat(message, "fr").format({ n: 1234.5, count: 2 })).toBe("1\u202f234,5 mois — 2 clients");
    expect(
      new IntlMessageFormat("{n, number} {count, plural, one {# month} other {# months}}", "en").format({
        n: 1234.5,
        count: 1,
      }),
    ).toBe("1,234.5 1 month");
    expect(new IntlMessageFormat("{d, date, long}", "fr").format({ d: new Date(Date.UTC(2026, 11, 2, 12)) })).toBe(
      "2 décembre 2026",
    );
  });
});
