import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Limits and layout (issue 16, item 8): a name has a maximum length the input enforces and the
 * server refuses next to the field; the longest name allowed, one unbroken word, wraps instead of
 * widening its heading, its table or the page, on a desktop and on a phone.
 */
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
/** 120 characters without a space (the organization name's maximum, lib/validation/limits.ts). */
const longName = `Unbroken${unique}`.padEnd(120, "x");
const longIndustry = "Ultralonghyphenlessindustry".padEnd(80, "y");

async function pageWidth(page: Page) {
  return page.evaluate(() => ({ scroll: document.scrollingElement!.scrollWidth, inner: window.innerWidth }));
}

test("the longest organization name is enforced, refused next to the field, and wraps everywhere it shows", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await page.goto("/organizations/new");
  const form = page.getByRole("form", { name: "New organization" });
  const name = form.getByLabel("Name");

  // The input stops at the maximum.
  await expect(name).toHaveAttribute("maxlength", "120");
  await expect(form.getByLabel("Industry")).toHaveAttribute("maxlength", "80");
  await name.pressSequentially(`${longName}zzzzz`.slice(0, 125), { delay: 0 });
  await expect(name).toHaveValue(longName);

  // A request that gets past the input (an old page, a script) is refused next to the field; nothing typed is lost.
  await name.evaluate((el) => el.removeAttribute("maxlength"));
  await name.fill(`${longName}z`);
  await form.getByLabel("Industry").fill(longIndustry);
  await form.getByLabel("People").fill("12");
  await form.getByLabel("Sites").fill("1");
  await form.getByLabel("Endpoints").fill("14");
  await form.getByLabel("Lifecycle status").selectOption("PROSPECT");
  await form.getByLabel("How they buy IT support today").selectOption("BREAK_FIX");
  await form.getByTestId("save-organization").click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("Must be at most 120 characters.");
  await expect(name).toHaveValue(`${longName}z`);
  await expect(form.getByLabel("Industry")).toHaveValue(longIndustry);

  await name.fill(longName);
  await form.getByTestId("save-organization").click();
  const heading = page.getByRole("heading", { level: 1, name: longName });
  await expect(heading).toBeVisible();
  const orgUrl = page.url();

  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    for (const url of [orgUrl, `/organizations?q=${encodeURIComponent(unique)}`]) {
      await page.goto(url);
      await expect(page.getByText(longName).first()).toBeVisible();
      const w = await pageWidth(page);
      expect(w.scroll, `${url} at ${width}px`).toBe(w.inner);
      // The name's own box stays inside the screen: it wraps.
      const box = (await page.getByText(longName).first().boundingBox())!;
      expect(box.x + box.width, `${url} at ${width}px`).toBeLessThanOrEqual(width);
    }
    // On a desktop the list's table is not widened by the name: it fits its frame without scrolling.
    if (width === 1280) {
      const frame = page.locator("[data-scroll-frame]").filter({ has: page.getByTestId("org-table") });
      expect(await frame.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    }
  }
});
