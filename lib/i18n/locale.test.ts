import { describe, expect, it } from "vitest";
import { LOCALE_COOKIE, localeFromHeaders, resolveLocale } from "@/lib/i18n/locale";

describe("the request's locale", () => {
  it("takes the cookie first, then the browser's languages in order, then English", () => {
    expect(resolveLocale("fr", "en-GB,en;q=0.9")).toBe("fr");
    expect(resolveLocale(undefined, "fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(resolveLocale(undefined, "de-DE,de;q=0.9,fr;q=0.5")).toBe("fr");
    expect(resolveLocale(undefined, "en-US,fr;q=0.5")).toBe("en");
    expect(resolveLocale("xx", "de")).toBe("en");
    expect(resolveLocale(undefined, null)).toBe("en");
  });

  it("reads the same from a request's headers", () => {
    const headers = (h: Record<string, string>) => new Headers(h);
    expect(localeFromHeaders(headers({ cookie: `a=1; ${LOCALE_COOKIE}=fr; b=2`, "accept-language": "en" }))).toBe("fr");
    expect(localeFromHeaders(headers({ cookie: "a=1", "accept-language": "fr-FR" }))).toBe("fr");
    expect(localeFromHeaders(headers({ cookie: `${LOCALE_COOKIE}=zz`, "accept-language": "en" }))).toBe("en");
    expect(localeFromHeaders(headers({}))).toBe("en");
  });
});
