import { Resvg } from "@resvg/resvg-js";

let cached: Buffer | null = null;

/** A small real PNG (64×32, two colours) drawn by resvg, for brand fixtures. */
export function testLogoPng(): Buffer {
  cached ??= new Resvg(
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="32"><rect width="64" height="32" fill="#1d4ed8"/><circle cx="16" cy="16" r="10" fill="#ffffff"/></svg>',
    { font: { loadSystemFonts: false } },
  )
    .render()
    .asPng();
  return cached;
}
