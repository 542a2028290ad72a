import { Resvg } from "@resvg/resvg-js";
import { LOGO_BOX, LOGO_MAX_BYTES, LOGO_MAX_SIDE, LOGO_MIN_SIDE, type LogoType } from "@/lib/brand/logo-limits";

/**
 * The MSP's logo, checked and normalized on upload (pure: no framework, no database).
 *
 * Accepted: PNG or SVG, at most LOGO_MAX_BYTES as uploaded. Whatever comes in, what is stored and
 * ever served is a PNG that resvg (the Rust SVG renderer, through @resvg/resvg-js) drew:
 * - an SVG is rasterized, so no SVG is ever served: its scripts, event handlers (onload…) and
 *   animations are not run by a rasterizer. resvg has no network, but it reads local files an
 *   `<image href>` names, so an SVG that refers to anything outside itself is refused first
 *   (`svgReferencesOutside`);
 * - a PNG must start with the PNG signature, have a well-formed IHDR and sensible dimensions; it is
 *   then redrawn the same way (embedded in an SVG as a data: image), which drops every ancillary
 *   chunk (text, metadata, anything appended after IEND) and bounds its size.
 * The result fits in LOGO_BOX (the shell shows it 40 px high, the PDF 36 pt, e-mails 48 px: room
 * for high-density screens), keeping its proportions.
 */

export {
  LOGO_BOX,
  LOGO_MAX_BYTES,
  LOGO_MAX_SIDE,
  LOGO_MIN_SIDE,
  LOGO_TYPES,
  type LogoType,
} from "@/lib/brand/logo-limits";

/** Catalog keys (settings.brand.errors.*) of the refusals, in the order the checks run. */
export type LogoProblem = "logoTooLarge" | "logoNotPng" | "logoDimensions" | "logoExternal" | "logoUnreadable";

export type LogoResult = { ok: true; png: Buffer; width: number; height: number } | { ok: false; problem: LogoProblem };

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR, or null when the bytes are not a PNG (signature, IHDR first, length 13). */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (buf.readUInt32BE(8) !== 13 || buf.toString("latin1", 12, 16) !== "IHDR") return null;
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  if (width === 0 || height === 0) return null;
  return { width, height };
}

const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** An attribute value as the XML parser will read it (character and the five predefined entity references decoded). */
function decodeXml(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return XML_ENTITIES[ref.toLowerCase()] ?? whole;
    const code =
      ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}
/** A reference resvg may follow: inside the document (#id) or an embedded raster (never an embedded SVG, which could point further). */
function isSelfContained(target: string): boolean {
  const t = target
    .replace(/[\s\u0000-\u001f]/g, "")
    .replace(/^['"]|['"]$/g, "")
    .toLowerCase();
  return t.startsWith("#") || /^data:image\/(png|jpeg|jpg|gif)[;,]/.test(t);
}

/**
 * Whether an SVG refers to anything outside itself. resvg never uses the network, but it does read
 * local files an `<image href>` names (an absolute or relative path), which would draw a file of
 * the server into the logo: such an SVG is refused. Checked on the text as the XML parser will read
 * it: every `…href` attribute and every CSS `url(…)` (attributes, <style>, CDATA) must point inside
 * the document or be an embedded raster; a DOCTYPE (custom entities) or a stylesheet instruction is
 * refused outright. Over-inclusive on purpose (a match in text content refuses too).
 */
export function svgReferencesOutside(svg: string): boolean {
  if (/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i.test(svg)) return true;
  for (const m of svg.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)) {
    const name = m[1]!.toLowerCase();
    const value = decodeXml(m[2]!.slice(1, -1));
    if ((name === "href" || name.endsWith(":href") || name === "src") && !isSelfContained(value)) return true;
    for (const u of value.matchAll(/url\s*\(([^)]*)\)/gi)) if (!isSelfContained(u[1]!)) return true;
  }
  for (const u of decodeXml(svg).matchAll(/url\s*\(([^)]*)\)/gi)) if (!isSelfContained(u[1]!)) return true;
  return /@import/i.test(svg);
}

function render(svg: string | Buffer, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: true },
    logLevel: "off",
  });
  return resvg.render().asPng();
}

function fitted(width: number, height: number, upscale: boolean): number {
  const scale = Math.min(LOGO_BOX.width / width, LOGO_BOX.height / height, upscale ? Infinity : 1);
  return Math.max(1, Math.round(width * scale));
}

function finish(png: Buffer): LogoResult {
  const size = readPngSize(png);
  if (!size) return { ok: false, problem: "logoUnreadable" };
  if (png.length > LOGO_MAX_BYTES) return { ok: false, problem: "logoTooLarge" };
  return { ok: true, png, width: size.width, height: size.height };
}

/** Checks an upload and returns the PNG to store, or the problem to show next to the field. */
export function normalizeLogo(type: LogoType, bytes: Uint8Array): LogoResult {
  if (bytes.byteLength > LOGO_MAX_BYTES) return { ok: false, problem: "logoTooLarge" };
  if (type === "image/png") {
    const size = readPngSize(bytes);
    if (!size) return { ok: false, problem: "logoNotPng" };
    const { width, height } = size;
    if (Math.min(width, height) < LOGO_MIN_SIDE || Math.max(width, height) > LOGO_MAX_SIDE)
      return { ok: false, problem: "logoDimensions" };
    const data = Buffer.from(bytes).toString("base64");
    const wrapper =
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
      `<image width="${width}" height="${height}" href="data:image/png;base64,${data}"/></svg>`;
    try {
      return finish(render(wrapper, fitted(width, height, false)));
    } catch {
      return { ok: false, problem: "logoUnreadable" };
    }
  }
  const svg = Buffer.from(bytes);
  if (svgReferencesOutside(svg.toString("utf8"))) return { ok: false, problem: "logoExternal" };
  try {
    const probe = new Resvg(svg, { font: { loadSystemFonts: false }, logLevel: "off" });
    const { width, height } = probe;
    if (!(width > 0 && height > 0)) return { ok: false, problem: "logoUnreadable" };
    return finish(render(svg, fitted(width, height, true)));
  } catch {
    return { ok: false, problem: "logoUnreadable" };
  }
}
