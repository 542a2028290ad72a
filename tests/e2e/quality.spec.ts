import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Issue 21 (Lighthouse): the icons and robots.txt are served to anyone, no page reports a
 * Content-Security-Policy violation (Zod runs without its `Function("")` probe), and the
 * what-if's out-of-date state keeps full contrast.
 */

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Records every securitypolicyviolation the page's document sees, from the first script on. */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}
const cspViolations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);

/** Cedar Logistics' latest assessment result, reached as a user would: list, organization, journey. */
async function openCedarResult(page: Page) {
  await page.goto("/organizations");
  await page.getByTestId("org-table").getByRole("link", { name: "Cedar Logistics" }).click();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await page.getByTestId("journey").getByRole("link").last().click();
  await expect(page.getByTestId("stored-result")).toBeVisible();
}

test("robots.txt and the icons are served without a session; robots.txt keeps crawlers out of all but the sign-in page", async ({
  request,
  page,
}) => {
  const robots = await request.get("/robots.txt", { maxRedirects: 0 });
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  const rules = (await robots.text()).split("\n").map((l) => l.trim());
  expect(rules).toEqual(expect.arrayContaining(["User-Agent: *", "Allow: /login$", "Disallow: /"]));

  const favicon = await request.get("/favicon.ico", { maxRedirects: 0 });
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toBe("image/x-icon");
  const ico = await favicon.body();
  expect([...ico.subarray(0, 4)]).toEqual([0, 0, 1, 0]); // an ICO header, not an HTML page
  expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(2); // several sizes

  for (const [path, type] of [
    ["/icon.svg", "image/svg+xml"],
    ["/apple-icon.png", "image/png"],
  ] as const) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toBe(type);
  }

  // Pages link them (Next's metadata file conventions).
  await page.goto("/login");
  await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="apple-touch-icon"][href^="/apple-icon.png"]')).toHaveCount(1);
});

test("no page reports a Content-Security-Policy violation, forms and charts included (Zod runs jitless)", async ({
  page,
}) => {
  await watchCsp(page);
  const check = async (what: string) => {
    await page.waitForLoadState("networkidle");
    expect(await cspViolations(page), what).toEqual([]);
  };
  await page.goto("/login");
  await check("sign-in");
  await signIn(page, DEMO.owner);
  await check("portfolio");
  await openCedarResult(page);
  await page.getByTestId("what-if-frame").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("what-if-result")).toBeVisible();
  await check("assessment result and what-if");
  await page.goBack();
  await page.getByTestId("new-assessment").click();
  await expect(page.getByTestId("next-step")).toBeVisible();
  await check("assessment wizard");
  await page.goto("/reports");
  const draft = await page.locator('[data-testid="open-report"][href$="/edit"]').first().getAttribute("href");
  await page.goto(draft!);
  await expect(page.getByTestId("save-draft")).toBeVisible();
  await check("report editor");
  await page.goto("/settings");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await check("settings");
});

test("the what-if with an invalid field: the last result is marked out of date at full contrast; axe finds no violation", async ({
  page,
}) => {
  test.setTimeout(180_000); // two axe scans of a long page on a shared machine
  await signIn(page, DEMO.manager);
  await openCedarResult(page);
  // The what-if loads when it comes into view.
  await page.getByTestId("what-if-frame").scrollIntoViewIfNeeded();
  const whatIf = page.getByTestId("what-if");
  const result = whatIf.getByTestId("what-if-result");
  await expect(result).toBeVisible();
  await expect(result).not.toHaveAttribute("data-stale");

  await whatIf.locator("#whatif-headcount").fill("abc");
  await expect(whatIf.locator("#whatif-headcount")).toHaveAttribute("aria-invalid", "true");
  await expect(whatIf.locator("#whatif-headcount-error")).toBeVisible();
  await expect(result).toHaveAttribute("data-stale", "true");
  await expect(result).toContainText("Out of date");
  // Nothing in the result is faded: contrast is left to the colours, which axe checks.
  const faded = await result.evaluate(
    (root) => [root, ...root.querySelectorAll("*")].filter((el) => Number(getComputedStyle(el).opacity) < 1).length,
  );
  expect(faded).toBe(0);

  const scan = await new AxeBuilder({ page }).include('[data-testid="what-if"]').withTags(WCAG_21_AA).analyze();
  expect(scan.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
  const whole = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  expect(whole.violations.map((v) => `${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);

  // Corrected: current again.
  await whatIf.locator("#whatif-headcount").fill("12");
  await expect(result).not.toHaveAttribute("data-stale");
});
