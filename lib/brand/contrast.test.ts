import { describe, expect, it } from "vitest";
import {
  brandCssVariables,
  brandPalette,
  checkBrandColor,
  contrastRatio,
  floorRatio,
  parseHex,
  relativeLuminance,
} from "@/lib/brand/contrast";

const rgb = (hex: string) => parseHex(hex)!;

describe("contrast (WCAG 2.x)", () => {
  it("reads six-digit hex colours only", () => {
    expect(parseHex("#1D4ED8")).toEqual({ r: 0x1d, g: 0x4e, b: 0xd8 });
    for (const bad of ["1d4ed8", "#1d4", "#1d4ed8ff", "#gggggg", "red", "", "#1d4ed8 "])
      expect(parseHex(bad)).toBeNull();
  });

  it("luminance and ratios match the WCAG reference values", () => {
    expect(relativeLuminance(rgb("#000000"))).toBe(0);
    expect(relativeLuminance(rgb("#ffffff"))).toBeCloseTo(1, 10);
    expect(contrastRatio(rgb("#000000"), rgb("#ffffff"))).toBeCloseTo(21, 10);
    expect(contrastRatio(rgb("#ffffff"), rgb("#000000"))).toBeCloseTo(21, 10);
    // The well-known AA boundary greys on white.
    expect(contrastRatio(rgb("#767676"), rgb("#ffffff"))).toBeCloseTo(4.54, 2);
    expect(contrastRatio(rgb("#777777"), rgb("#ffffff"))).toBeCloseTo(4.48, 2);
    expect(contrastRatio(rgb("#336699"), rgb("#336699"))).toBe(1);
  });

  it("accepts Mainstay's own indigo and dark brand colours", () => {
    for (const ok of ["#4338ca", "#1d4ed8", "#0f172a", "#000000", "#7b1fa2", "#b91c1c", "#065f46"]) {
      const check = checkBrandColor(ok);
      expect(check.ok, ok).toBe(true);
    }
  });

  it("refuses a colour that fails AA on a background or under white text, naming the weakest pair", () => {
    const yellow = checkBrandColor("#facc15");
    expect(yellow).toMatchObject({ ok: false, reason: "contrast" });
    if (!yellow.ok && yellow.reason === "contrast") expect(yellow.worst.ratio).toBeLessThan(2);
    // #767676 passes on white (4.54) but not on the page's slate-50 or the muted slate-100.
    const grey = checkBrandColor("#767676");
    expect(grey).toMatchObject({ ok: false, reason: "contrast" });
    if (!grey.ok && grey.reason === "contrast") {
      expect(["page", "muted", "tint"]).toContain(grey.worst.pair);
      expect(grey.worst.ratio).toBeLessThan(4.5);
      expect(grey.worst.ratio).toBeGreaterThan(4.0);
    }
    expect(checkBrandColor("#ffffff")).toMatchObject({ ok: false, reason: "contrast" });
    expect(checkBrandColor("#be123c")).toMatchObject({ ok: true });
    expect(checkBrandColor("nope")).toEqual({ ok: false, reason: "format" });
  });

  it("every accepted colour keeps every pair the shell draws at 4.5:1 or more (exhaustive over a grid)", () => {
    const white = rgb("#ffffff");
    const backgrounds = ["#ffffff", "#f8fafc", "#f1f5f9"].map(rgb);
    let accepted = 0;
    for (let r = 0; r < 256; r += 17)
      for (let g = 0; g < 256; g += 17)
        for (let b = 0; b < 256; b += 17) {
          const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
          if (!checkBrandColor(hex).ok) continue;
          accepted++;
          const p = brandPalette(rgb(hex));
          for (const shade of [p[600], p[700], p[800]]) {
            for (const bg of [...backgrounds, p[50]]) expect(contrastRatio(shade, bg)).toBeGreaterThanOrEqual(4.5);
            expect(contrastRatio(white, shade)).toBeGreaterThanOrEqual(4.5);
          }
        }
    expect(accepted).toBeGreaterThan(100);
  });

  it("gives CSS variables only for an accepted colour", () => {
    expect(brandCssVariables("#facc15")).toBeNull();
    const vars = brandCssVariables("#1d4ed8")!;
    expect(vars["--color-brand-700"]).toBe("#1d4ed8");
    expect(Object.keys(vars).sort()).toEqual(
      ["--color-brand-50", "--color-brand-100", "--color-brand-600", "--color-brand-700", "--color-brand-800"].sort(),
    );
    for (const v of Object.values(vars)) expect(v).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("rounds a ratio down for display", () => {
    expect(floorRatio(4.4999)).toBe(4.4);
    expect(floorRatio(4.5)).toBe(4.5);
    expect(floorRatio(21)).toBe(21);
  });
});
