import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LOGO_BOX, LOGO_MAX_BYTES, normalizeLogo, readPngSize } from "@/lib/brand/logo";

const enc = (s: string) => new Uint8Array(Buffer.from(s));
const draw = (svg: string) => new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();

/** A PNG chunk: length, type, data, CRC-32 (the PNG spec's). */
function chunk(type: string, data: Buffer): Buffer {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  let crc = 0xffffffff;
  for (const byte of body) crc = table[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE((crc ^ 0xffffffff) >>> 0, 8 + data.length);
  return out;
}
/** A solid-colour RGBA PNG of any size, built by hand (no library), with optional extra chunks before IDAT. */
function solidPng(width: number, height: number, extra: Buffer[] = []): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 4, 0xcc)]);
  const raw = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    ...extra,
    chunk("IDAT", deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

describe("PNG checks", () => {
  it("reads the size from a real PNG's IHDR and refuses anything else", () => {
    expect(readPngSize(solidPng(40, 20))).toEqual({ width: 40, height: 20 });
    expect(readPngSize(enc("GIF89a........................................"))).toBeNull();
    expect(readPngSize(solidPng(40, 20).subarray(0, 20))).toBeNull();
    const noIhdr = solidPng(40, 20);
    noIhdr.write("IHDX", 12, "latin1");
    expect(readPngSize(noIhdr)).toBeNull();
  });

  it("refuses a fake PNG, sizes out of bounds, and more than 200 KB, before decoding anything", () => {
    expect(normalizeLogo("image/png", enc("<svg onload=alert(1)>"))).toEqual({ ok: false, problem: "logoNotPng" });
    expect(normalizeLogo("image/png", solidPng(8, 40))).toEqual({ ok: false, problem: "logoDimensions" });
    // Only the header claims 5000 px: refused on the header, never decoded.
    const huge = solidPng(20, 20);
    huge.writeUInt32BE(5000, 16);
    expect(normalizeLogo("image/png", huge)).toEqual({ ok: false, problem: "logoDimensions" });
    expect(normalizeLogo("image/png", new Uint8Array(LOGO_MAX_BYTES + 1))).toEqual({
      ok: false,
      problem: "logoTooLarge",
    });
  });

  it("redraws a PNG: same size, and its metadata and anything after IEND are gone", () => {
    const secret = chunk("tEXt", Buffer.from("Comment\0internal-file-server-path", "latin1"));
    const polyglot = Buffer.concat([solidPng(300, 100, [secret]), Buffer.from("<script>alert(1)</script>")]);
    const result = normalizeLogo("image/png", polyglot);
    if (!result.ok) throw new Error(result.problem);
    expect({ width: result.width, height: result.height }).toEqual({ width: 300, height: 100 });
    expect(readPngSize(result.png)).toEqual({ width: 300, height: 100 });
    const text = result.png.toString("latin1");
    expect(text).not.toContain("internal-file-server-path");
    expect(text).not.toContain("<script>");
  });

  it("scales a large PNG down into the box, keeping its proportions", () => {
    const result = normalizeLogo("image/png", solidPng(2048, 1024));
    if (!result.ok) throw new Error(result.problem);
    expect({ width: result.width, height: result.height }).toEqual({ width: 512, height: 256 });
    expect(result.width).toBeLessThanOrEqual(LOGO_BOX.width);
  });
});

describe("SVG logos are rasterized, never kept", () => {
  let server: Server;
  let hits = 0;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "mainstay-logo-"));
    server = createServer((_req, res) => {
      hits++;
      res.writeHead(200, { "content-type": "image/png" }).end(solidPng(16, 16));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  const CLEAN = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#0f766e"/><circle cx="20" cy="20" r="12" fill="#ffffff"/></svg>`;

  it("draws an SVG into a PNG that fills the box's height (vectors scale up)", () => {
    const result = normalizeLogo("image/svg+xml", enc(CLEAN));
    if (!result.ok) throw new Error(result.problem);
    expect(result.png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect({ width: result.width, height: result.height }).toEqual({ width: 768, height: 256 });
  });

  it("refuses an SVG that points outside itself (URL, local file, entity-encoded path, nested SVG, CSS url, DOCTYPE)", async () => {
    const local = path.join(dir, "secret.png");
    await writeFile(local, solidPng(40, 40));
    const { port } = server.address() as AddressInfo;
    const nested = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><image href="${local}"/></svg>`).toString(
      "base64",
    );
    const encoded = [...local].map((c) => `&#${c.charCodeAt(0)};`).join("");
    const outside = [
      `<image href="http://127.0.0.1:${port}/tracker.png" width="120" height="40"/>`,
      `<image href="${local}" width="120" height="40"/>`,
      `<image href="file://${local}" width="120" height="40"/>`,
      `<image xlink:href="../../../..${local}" width="120" height="40" xmlns:xlink="http://www.w3.org/1999/xlink"/>`,
      `<image x:href="${local}" xmlns:x="http://www.w3.org/1999/xlink" width="120" height="40"/>`,
      `<image href = '${encoded}' width="120" height="40"/>`,
      `<image href="data:image/svg+xml;base64,${nested}" width="120" height="40"/>`,
      `<filter id="f"><feImage href="${local}"/></filter>`,
      `<rect width="10" height="10" style="fill:url(http://127.0.0.1:${port}/p.svg#g)"/>`,
      `<style>@import url("http://127.0.0.1:${port}/x.css");</style>`,
      `<use href="http://127.0.0.1:${port}/sprite.svg#a"/>`,
    ];
    for (const extra of outside) {
      const svg = CLEAN.replace("</svg>", `${extra}</svg>`);
      expect(normalizeLogo("image/svg+xml", enc(svg)), extra).toEqual({ ok: false, problem: "logoExternal" });
    }
    const doctype = `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY p "${local}">]>${CLEAN.replace("</svg>", '<image href="&p;"/></svg>')}`;
    expect(normalizeLogo("image/svg+xml", enc(doctype))).toEqual({ ok: false, problem: "logoExternal" });
    // What stays inside is fine: a gradient by #id, an embedded PNG.
    const inside = CLEAN.replace(
      "</svg>",
      `<defs><linearGradient id="g"><stop offset="0" stop-color="#fff"/></linearGradient></defs><rect width="5" height="5" fill="url(#g)"/><image href="data:image/png;base64,${solidPng(16, 16).toString("base64")}" width="16" height="16"/></svg>`,
    );
    expect(normalizeLogo("image/svg+xml", enc(inside))).toMatchObject({ ok: true });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hits).toBe(0);
  });

  it("runs no script or event handler: the PNG is the clean SVG's pixels, with no trace of the markup", () => {
    const scripted = CLEAN.replace("<svg ", `<svg onload="alert(1)" `).replace(
      "</svg>",
      `<script>alert(document.cookie)</script><set attributeName="fill" to="red"/><rect width="1" height="1" fill-opacity="0" onclick="alert(2)"/></svg>`,
    );
    const evil = normalizeLogo("image/svg+xml", enc(scripted));
    const clean = normalizeLogo("image/svg+xml", enc(CLEAN));
    if (!evil.ok || !clean.ok) throw new Error("expected both to draw");
    const pixels = (png: Buffer) =>
      new Resvg(
        `<svg xmlns="http://www.w3.org/2000/svg" width="768" height="256"><image width="768" height="256" href="data:image/png;base64,${png.toString("base64")}"/></svg>`,
      ).render().pixels;
    expect(Buffer.compare(pixels(evil.png), pixels(clean.png))).toBe(0);
    const text = evil.png.toString("latin1");
    for (const needle of ["<svg", "script", "onload", "onclick", "alert"]) expect(text).not.toContain(needle);
  });

  it("refuses what is not a drawable SVG", () => {
    expect(normalizeLogo("image/svg+xml", enc("not xml at all"))).toEqual({ ok: false, problem: "logoUnreadable" });
    expect(normalizeLogo("image/svg+xml", enc("<html><body>hi</body></html>"))).toEqual({
      ok: false,
      problem: "logoUnreadable",
    });
    expect(normalizeLogo("image/svg+xml", new Uint8Array(LOGO_MAX_BYTES + 1))).toEqual({
      ok: false,
      problem: "logoTooLarge",
    });
  });

  it("draws a resvg-made PNG too (the fixture the other tests use)", () => {
    const result = normalizeLogo("image/png", draw(CLEAN));
    expect(result).toMatchObject({ ok: true, width: 120, height: 40 });
  });
});
