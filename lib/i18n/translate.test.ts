import { describe, expect, it } from "vitest";
import { compiledMessages, translator } from "@/lib/i18n/translate";

describe("compiled messages shared across translators (one cache per locale, for the process)", () => {
  it("compiles a message once, and every call still formats its own values in its own locale", () => {
    const key = "orgs.page.sizeValue";
    const en1 = translator("en");
    expect(en1(key, { headcount: 1, sites: 2 })).toBe("1 person on 2 sites");
    const compiledAfterFirst = Object.keys(compiledMessages("en").message).length;
    expect(compiledAfterFirst).toBeGreaterThan(0);

    // Another translator (another request, another user): same compiled message, its own values.
    const en2 = translator("en");
    expect(en2(key, { headcount: 40, sites: 1 })).toBe("40 people on 1 site");
    expect(en1(key, { headcount: 3, sites: 1 })).toBe("3 people on 1 site");
    expect(Object.keys(compiledMessages("en").message).length).toBe(compiledAfterFirst);

    // Locales never share an entry.
    expect(translator("fr")(key, { headcount: 1, sites: 2 })).toBe("1 personne sur 2 sites");
    expect(compiledMessages("fr")).not.toBe(compiledMessages("en"));
    expect(Object.keys(compiledMessages("en").message).some((k) => k.includes("personne"))).toBe(false);
  });
});
