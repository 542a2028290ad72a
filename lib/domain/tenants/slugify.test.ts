import { describe, expect, it } from "vitest";
import { createTenantSchema } from "@/lib/domain/tenants/schemas";
import { slugify } from "@/lib/domain/tenants/slugify";

describe("slugify", () => {
  it.each([
    ["Northwind IT Services", "northwind-it-services"],
    ["  Café & Co. — Zürich  ", "cafe-co-zurich"],
    ["Ünïcödé GmbH", "unicode-gmbh"],
    ["---", ""],
    ["A".repeat(60), "a".repeat(48)],
    [`${"ab ".repeat(16)}x`, "ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab-ab"],
  ])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it("always suggests a slug the server accepts (or nothing)", () => {
    for (const name of [
      "Northwind IT Services",
      "x",
      "Bluepeak Managed IT!!",
      "  ---a---  ",
      "Ærø Data 2026",
      "a-".repeat(40),
    ]) {
      const slug = slugify(name);
      if (slug.length < 3) continue;
      expect(createTenantSchema.shape.slug.safeParse(slug).success, slug).toBe(true);
    }
  });
});
