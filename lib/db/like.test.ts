import { describe, expect, it } from "vitest";
import { containsLiteral, escapeLike } from "@/lib/db/like";

describe("escapeLike", () => {
  it("escapes the LIKE wildcards and the escape character, and nothing else", () => {
    expect(escapeLike("100%")).toBe("100\\%");
    expect(escapeLike("a_b")).toBe("a\\_b");
    expect(escapeLike("back\\slash")).toBe("back\\\\slash");
    expect(escapeLike("%_\\")).toBe("\\%\\_\\\\");
    expect(escapeLike("Cedar Logistics (UK) [x] *")).toBe("Cedar Logistics (UK) [x] *");
  });

  it("makes Prisma filters, case-insensitive by default", () => {
    expect(containsLiteral("a%")).toEqual({ contains: "a\\%", mode: "insensitive" });
    expect(containsLiteral("a_", { caseSensitive: true })).toEqual({ contains: "a\\_" });
  });
});
