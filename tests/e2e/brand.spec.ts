import { execFile } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { expect, test } from "./fixtures";
import { expectAccessible, personAt } from "./helpers";
import { pdfUsesColour } from "../support/pdf";

/**
 * The MSP's brand (issue 18, item 4), on Bluepeak (the second demo tenant, so Northwind's pages
 * and PDFs that other journeys read keep their name): the owner refuses a colour that fails WCAG
 * AA, uploads an SVG logo and sets a colour; the client's portal shows them and stays axe-clean;
 * the report's PDF carries the name, the logo and the colour; the sign-in page of the tenant's
 * link shows the brand, an unknown slug the plain page; staff keep Mainstay's shell. The brand is
 * removed again at the end (shared demo data). The e-mails are checked on a captured SMTP
 * exchange in tests/integration/brand-mail.test.ts.
 */
const run = promisify(execFile);
const stamp = Date.now().toString(36);
const OWNER = "owner@bluepeak.test";
const CLIENT = "client.alder-clinic@bluepeak.test";
const NAME = `Bluepeak Care ${stamp}`;
const TEAL = { hex: "#0f766e", rgb: "rgb(15, 118, 110)" };
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" onload="alert(1)"><script>alert(2)</script><rect width="120" height="40" rx="6" fill="${TEAL.hex}"/><circle cx="20" cy="20" r="12" fill="#ffffff"/></svg>`;

test("an owner brands the portal; the client's portal, PDF and the sign-in page show it, AA kept", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const owner = await personAt(browser, OWNER);
  try {
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    await expect(form).toBeVisible();

    // A colour too light to read is refused next to its field; what was typed stays.
    await form.getByLabel("Display name").fill(NAME);
    await form.getByLabel("Primary colour").fill("#facc15");
    await form.getByLabel("Support e-mail").fill("help@bluepeak-care.test");
    await form.getByLabel("Support phone").fill("+44 20 7946 0018");
    await owner.getByTestId("save-brand").click();
    const colourError = form.locator('[data-field-error="primaryColor"]');
    await expect(colourError).toContainText("This colour is too light to read");
    await expect(colourError).toContainText("4.5:1 needed (WCAG AA)");
    await expect(form.getByLabel("Primary colour")).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByLabel("Display name")).toHaveValue(NAME);
    await expect(form.getByLabel("Support e-mail")).toHaveValue("help@bluepeak-care.test");

    // An SVG logo (with a script in it: rasterized on upload) and a readable colour.
    await form.locator('input[name="logo"]').setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(LOGO_SVG),
    });
    await form.getByLabel("Primary colour").fill(TEAL.hex);
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();
    await expect(owner.getByTestId("current-logo")).toBeVisible();
    const logoSrc = (await owner.getByTestId("current-logo").getAttribute("src"))!;
    expect(logoSrc).toMatch(/^\/api\/brand\/[A-Za-z0-9_-]+\/logo\?v=[0-9a-f]{16}$/);
    const logo = await owner.request.get(logoSrc);
    expect(logo.status()).toBe(200);
    expect(logo.headers()["content-type"]).toBe("image/png");
    expect(logo.headers()["x-content-type-options"]).toBe("nosniff");
    // No shared cache keeps it; the browser revalidates (session checked) and gets a 304 when unchanged.
    expect(logo.headers()["cache-control"]).toBe("private, no-cache");
    expect(logo.headers()["vary"]).toContain("Cookie");
    expect((await owner.request.get(logoSrc, { headers: { "if-none-match": logo.headers()["etag"]! } })).status()).toBe(
      304,
    );
    expect((await logo.body()).subarray(1, 4).toString()).toBe("PNG");
    // Staff keep Mainstay's shell.
    await expect(owner.getByTestId("tenant-name")).toHaveText("Bluepeak Managed IT");
    await expect(owner.getByTestId("brand-name")).toHaveCount(0);
    const signInLink = (await owner.getByTestId("sign-in-link").textContent())!;
    expect(signInLink).toMatch(/\/login\?tenant=bluepeak$/);

    // ── The client's portal: the MSP's name, logo, colour and support contact; axe-clean.
    const client = await personAt(browser, CLIENT);
    await expect(client).toHaveURL(/\/portal$/);
    await expect(client.getByTestId("brand-name")).toHaveText(NAME);
    const shellLogo = client.getByTestId("brand-logo");
    await expect(shellLogo).toHaveAttribute("src", logoSrc);
    expect(await shellLogo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(768);
    await expect(client.getByTestId("support-contact")).toContainText("help@bluepeak-care.test");
    await expect(client.getByTestId("support-contact")).toContainText("+44 20 7946 0018");
    const link = client.getByTestId("portal-report-link").first();
    await expect(link).toHaveCSS("color", TEAL.rgb);
    await expect(client.getByRole("heading", { level: 1 })).toBeVisible();
    await expectAccessible(client, "branded portal");

    // A review: the same shell, and its PDF carries the brand.
    await link.click();
    await expect(client).toHaveURL(/\/portal\/reports\/[A-Za-z0-9_-]+$/);
    await expect(client.getByTestId("brand-name")).toHaveText(NAME);
    await expectAccessible(client, "branded review");
    const reportId = client.url().split("/").at(-1)!;
    const pdf = await client.request.get(`/api/reports/${reportId}/pdf`);
    expect(pdf.status()).toBe(200);
    const bytes = await pdf.body();
    const file = test.info().outputPath("branded.pdf");
    await writeFile(file, bytes);
    const { stdout: text } = await run("pdftotext", ["-layout", file, "-"]);
    expect(text).toContain(NAME);
    const { stdout: images } = await run("pdfimages", ["-list", file]);
    expect(images).toMatch(/\n\s*1\s+\d+\s+image\s+768\s+256\s/);
    expect(pdfUsesColour(Buffer.from(await readFile(file)), TEAL.hex)).toBe(true);

    // ── The sign-in page of the tenant's link wears the brand; an unknown slug is the plain page.
    const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await visitor.goto("/login?tenant=bluepeak");
    await expect(visitor.getByTestId("sign-in-title")).toHaveText(`Sign in to ${NAME}'s client portal`);
    await expect(visitor.getByTestId("brand-logo")).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(visitor.getByTestId("sign-in")).toHaveCSS("background-color", TEAL.rgb);
    await expectAccessible(visitor, "branded sign-in page");
    await visitor.goto("/login?tenant=no-such-msp");
    await expect(visitor.getByTestId("sign-in-title")).toHaveText("Sign in to Mainstay");
    await expect(visitor.getByTestId("brand-logo")).toHaveCount(0);
    const unknown = await visitor.locator("main").innerHTML();
    await visitor.goto("/login");
    // Nothing differs between an unknown slug and no slug at all.
    expect(await visitor.locator("main").innerHTML()).toBe(unknown);
  } finally {
    // Shared demo data: Bluepeak goes back to Mainstay's look.
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    for (const label of ["Display name", "Primary colour", "Support e-mail", "Support phone"])
      await form.getByLabel(label).fill("");
    const remove = form.getByRole("checkbox", { name: "Remove the logo" });
    if ((await remove.count()) > 0) await remove.check();
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();
  }
});
