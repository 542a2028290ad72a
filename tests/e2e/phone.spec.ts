import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The client on a phone (issue 16, item 9): at 390 px wide the portal and a service review
 * (metrics, trend charts, budget, roadmap, comments) and the navigation fit the screen. The page
 * itself never scrolls sideways; a table wider than the screen scrolls inside its own frame, which
 * says so and can be scrolled with the keyboard.
 */
test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

/** Delta Architects' client: six published months with figures, charts and a budget (lib/seed/demo.ts). */
const CLIENT = "client.delta-architects@northwind.test";

/** The page's width against the screen's, and what sticks out (for the failure message). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const scrolling = document.scrollingElement!;
    const culprits = Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      // Inside a frame that scrolls on its own, wide content is allowed.
      .filter((el) => !el.parentElement?.closest('[data-scroll-frame], [class*="overflow-x-auto"]'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className.toString().slice(0, 60)}`);
    return { scrollWidth: scrolling.scrollWidth, innerWidth: width, culprits };
  });
}

async function expectNoSidewaysScroll(page: Page, where: string) {
  const o = await overflow(page);
  expect(o.scrollWidth, `${where}: page ${o.scrollWidth}px wide on a ${o.innerWidth}px screen; ${o.culprits}`).toBe(
    o.innerWidth,
  );
}

test("a client reads the portal and a service review at 390 px without scrolling the page sideways", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, CLIENT);
  await expect(page).toHaveURL(/\/portal$/);
  await expectNoSidewaysScroll(page, "portal");
  // The page starts under the brand: the navigation is folded behind "Menu" on a phone.
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expect(nav).toBeHidden();
  expect((await page.getByRole("heading", { level: 1 }).boundingBox())!.y).toBeLessThan(450);
  // Unfolded, its links are on screen and readable (not cut off); Escape folds it again.
  await menu.click();
  await expect(menu).toHaveAttribute("aria-expanded", "true");
  await expect(nav.getByRole("link", { name: "Service reviews" })).toBeInViewport();
  await nav.getByRole("link", { name: "Service reviews" }).focus();
  await page.keyboard.press("Escape");
  await expect(nav).toBeHidden();
  await expect(menu).toBeFocused();

  await page.getByTestId("portal-report-link").first().click();
  await expect(page).toHaveURL(/\/portal\/reports\/[^/]+$/);
  await expect(nav).toBeHidden();
  await expect(page.getByTestId("report-view")).toBeVisible();
  await expect(page.getByTestId("metric-cards")).toBeVisible();
  await expect(page.getByTestId("trend-chart").first()).toBeVisible();
  await expect(page.getByTestId("budget")).toBeVisible();
  await expectNoSidewaysScroll(page, "report");

  // Each chart and metric card fits the screen.
  for (const box of [
    ...(await page.getByTestId("trend-chart").all()),
    ...(await page.locator("[data-metric]").all()),
  ]) {
    const b = (await box.boundingBox())!;
    expect(b.x).toBeGreaterThanOrEqual(0);
    expect(b.x + b.width).toBeLessThanOrEqual(390);
  }

  // The budget: inside its own frame; if wider than the screen, the frame says so and takes the keyboard.
  const frame = page.locator("[data-scroll-frame]").filter({ has: page.getByTestId("budget") });
  await expect(frame).toHaveCount(1);
  const fb = (await frame.boundingBox())!;
  expect(fb.x + fb.width).toBeLessThanOrEqual(390);
  const scrolls = await frame.evaluate((el) => el.scrollWidth > el.clientWidth);
  if (scrolls) {
    await expect(frame).toHaveAttribute("tabindex", "0");
    await expect(frame).toHaveAccessibleName(/scroll sideways/i);
    await expect(frame.locator("xpath=following-sibling::*[1]")).toHaveText(/scroll sideways/i);
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  } else {
    await expect(frame).not.toHaveAttribute("tabindex", "0");
  }
  await expectNoSidewaysScroll(page, "report after scrolling the budget");
});

test("on a phone, staff unfold the menu, go to another page, and the menu is folded there", async ({ page }) => {
  await signIn(page, DEMO.owner);
  const nav = page.getByRole("navigation", { name: "Main navigation" });
  const menu = page.getByRole("button", { name: "Menu" });
  await expect(nav).toBeHidden();
  await menu.click();
  await nav.getByRole("link", { name: "Organizations" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByTestId("org-table")).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute("aria-expanded", "false");
  await expectNoSidewaysScroll(page, "organizations");
});
