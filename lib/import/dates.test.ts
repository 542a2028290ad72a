import { describe, expect, it } from "vitest";
import { parseDay } from "@/lib/import/dates";

describe("parseDay", () => {
  it("reads ISO dates whatever the order, local dates in the file's order", () => {
    expect(parseDay("2026-03-04", "MDY")).toBe("2026-03-04");
    expect(parseDay("2026-03-04T10:30:00Z", "DMY")).toBe("2026-03-04");
    expect(parseDay("04/03/2026", "DMY")).toBe("2026-03-04");
    expect(parseDay("04/03/2026", "MDY")).toBe("2026-04-03");
    expect(parseDay("4.3.26", "DMY")).toBe("2026-03-04");
    expect(parseDay("3/4/2026 2:15 PM", "MDY")).toBe("2026-03-04");
  });

  it("refuses impossible and unreadable dates", () => {
    expect(parseDay("31/02/2026", "DMY")).toBeNull();
    expect(parseDay("13/13/2026", "MDY")).toBeNull();
    expect(parseDay("yesterday", "DMY")).toBeNull();
    expect(parseDay("", "DMY")).toBeNull();
  });
});
