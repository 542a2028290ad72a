/**
 * WCAG 2.x contrast for the MSP's primary colour (pure: no framework, no database).
 *
 * The colour is used the way Mainstay's own indigo is (app/globals.css, `--color-brand-*`): as text
 * and links on the UI's light backgrounds, and as the background of white text (primary buttons,
 * the active step). `brandPalette` derives the shades the shell needs from the one colour, and
 * `checkBrandColor` refuses a colour that would put any of those pairs under WCAG AA for normal
 * text (4.5:1), so a branded page stays as readable as an unbranded one.
 */

export type Rgb = { r: number; g: number; b: number };

/** WCAG AA for normal-size text. */
export const AA_NORMAL_TEXT = 4.5;

/** "#1d4ed8" (six hex digits, the form the settings store). */
export const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;

export function parseHex(hex: string): Rgb | null {
  if (!HEX_COLOR.test(hex)) return null;
  const n = Number.parseInt(hex.slice(1), 16);
  return { r: (n >> 16) & 0xff, g: (n >> 8) & 0xff, b: n & 0xff };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

/** Relative luminance (WCAG 2.2, 1.4.3), 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio between two colours, 1 to 21, whichever is lighter. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `amount` (0..1) of `top` over `base`, as paint mixes in sRGB. */
export function mix(base: Rgb, top: Rgb, amount: number): Rgb {
  const m = (x: number, y: number) => Math.round(x + (y - x) * amount);
  return { r: m(base.r, top.r), g: m(base.g, top.g), b: m(base.b, top.b) };
}

const WHITE: Rgb = { r: 255, g: 255, b: 255 };
const BLACK: Rgb = { r: 0, g: 0, b: 0 };

/**
 * The shades of `--color-brand-*` for one primary colour: 600 and 700 are the colour itself
 * (links, buttons, focus rings), 800 is it darkened (hover, text on the tint: more contrast, never
 * less), 50 and 100 are light tints (the active navigation item, badges, highlighted rows).
 */
export function brandPalette(primary: Rgb) {
  return {
    50: mix(primary, WHITE, 0.92),
    100: mix(primary, WHITE, 0.82),
    600: primary,
    700: primary,
    800: mix(primary, BLACK, 0.2),
  };
}

/** The backgrounds the colour is read on (Tailwind's white, slate-50, slate-100) and the text drawn on it. */
export const UI_BACKGROUNDS = { white: "#ffffff", page: "#f8fafc", muted: "#f1f5f9" } as const;
export const TEXT_ON_BRAND = "#ffffff";

/** Each pair the colour must pass, named as the settings form's error names it. */
export type ContrastPair = "white" | "page" | "muted" | "tint" | "textOnColor";

export type ColorCheck =
  | { ok: true; worst: { pair: ContrastPair; ratio: number } }
  | { ok: false; reason: "format" }
  | { ok: false; reason: "contrast"; worst: { pair: ContrastPair; ratio: number } };

/**
 * Whether `hex` may be a tenant's primary colour: as text on every UI background and on its own
 * tint, and under white text, at least 4.5:1. Returns the weakest pair either way (shown to the
 * owner: "3.1:1 against the page background").
 */
export function checkBrandColor(hex: string): ColorCheck {
  const primary = parseHex(hex);
  if (!primary) return { ok: false, reason: "format" };
  const palette = brandPalette(primary);
  const pairs: [ContrastPair, number][] = [
    ["white", contrastRatio(primary, parseHex(UI_BACKGROUNDS.white)!)],
    ["page", contrastRatio(primary, parseHex(UI_BACKGROUNDS.page)!)],
    ["muted", contrastRatio(primary, parseHex(UI_BACKGROUNDS.muted)!)],
    ["tint", contrastRatio(primary, palette[50])],
    ["textOnColor", contrastRatio(parseHex(TEXT_ON_BRAND)!, primary)],
  ];
  const [pair, ratio] = pairs.reduce((a, b) => (b[1] < a[1] ? b : a));
  const worst = { pair, ratio };
  return ratio >= AA_NORMAL_TEXT ? { ok: true, worst } : { ok: false, reason: "contrast", worst };
}

/** The CSS custom properties that re-colour the shell (`--color-brand-50` … `-800`), for a colour that passed. */
export function brandCssVariables(hex: string): Record<string, string> | null {
  const check = checkBrandColor(hex);
  if (!check.ok) return null;
  const palette = brandPalette(parseHex(hex)!);
  return Object.fromEntries(Object.entries(palette).map(([shade, rgb]) => [`--color-brand-${shade}`, toHex(rgb)]));
}

/** A ratio to one decimal as people read it, rounded down (4.48 → 4.4), so a refused colour never shows "4.5". */
export function floorRatio(ratio: number): number {
  return Math.floor(ratio * 10) / 10;
}
