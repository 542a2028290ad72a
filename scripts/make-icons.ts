// npm run icons — draws app/favicon.ico (16, 32, 48 px) and app/apple-icon.png (180 px) from
// app/icon.svg with Debian's chromium (CHROME_PATH). Next.js serves the three through its
// metadata file conventions (/favicon.ico, /icon.svg, /apple-icon.png). Run it after
// changing app/icon.svg and commit the results.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const chrome = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const svg = path.resolve("app/icon.svg");
const work = mkdtempSync(path.join(os.tmpdir(), "mainstay-icons-"));

/** The SVG drawn at size × size pixels; `background` fills behind it (Apple's icons must be opaque). */
function render(size: number, background = "transparent"): Buffer {
  const html = path.join(work, `icon-${size}.html`);
  const png = path.join(work, `icon-${size}.png`);
  writeFileSync(
    html,
    `<html><body style="margin:0;background:${background}"><img src="file://${svg}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  execFileSync(
    chrome,
    [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--hide-scrollbars",
      "--default-background-color=00000000",
      `--window-size=${size},${size}`,
      `--screenshot=${png}`,
      `file://${html}`,
    ],
    { stdio: "ignore" },
  );
  return readFileSync(png);
}

/** An ICO file holding PNG images (supported by every browser since Windows Vista's format revision). */
function ico(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt8(0, entry + 2); // no palette
    header.writeUInt8(0, entry + 3);
    header.writeUInt16LE(1, entry + 4); // colour planes
    header.writeUInt16LE(32, entry + 6); // bits per pixel
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.png)]);
}

try {
  writeFileSync("app/favicon.ico", ico([16, 32, 48].map((size) => ({ size, png: render(size) }))));
  writeFileSync("app/apple-icon.png", render(180, "#4338ca"));
  console.log("Wrote app/favicon.ico and app/apple-icon.png from app/icon.svg.");
} finally {
  rmSync(work, { recursive: true, force: true });
}
