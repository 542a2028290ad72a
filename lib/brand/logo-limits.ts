/** The logo's limits, apart from the renderer (lib/brand/logo.ts) so the browser's form can read them. */
export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ["image/png", "image/svg+xml"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];
/** The stored PNG fits in this box. */
export const LOGO_BOX = { width: 1024, height: 256 } as const;
/** An uploaded PNG: at least this many pixels a side, at most LOGO_MAX_SIDE (a 4096² image decodes to 64 MB). */
export const LOGO_MIN_SIDE = 16;
export const LOGO_MAX_SIDE = 4096;
