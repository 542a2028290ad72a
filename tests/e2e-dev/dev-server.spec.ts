import { expect, test } from "@playwright/test";
import { DEMO, DEMO_PASSWORD } from "../e2e/helpers";

/**
 * `npm run dev`, opened at http://127.0.0.1:<port> (issue 22): the development scripts load,
 * the sign-in page hydrates and signs in through React (a server action call, not the
 * browser's own form submission), and no request is refused as cross-origin.
 */
test("the dev server at 127.0.0.1: the sign-in page hydrates and signs in", async ({ page }) => {
  const refused: string[] = [];
  page.on("response", (r) => {
    if (r.status() === 403 && new URL(r.url()).pathname.startsWith("/_next")) refused.push(r.url());
  });
  const posts: { url: string; action: boolean }[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST") posts.push({ url: r.url(), action: !!r.headers()["next-action"] });
  });

  await page.goto("/login");
  const button = page.getByTestId("sign-in");
  // React marks the elements it has hydrated; a page whose scripts were refused never gets there.
  await expect
    .poll(() => button.evaluate((el) => Object.keys(el).some((key) => key.startsWith("__reactFiber"))), {
      timeout: 240_000,
    })
    .toBe(true);

  await page.getByLabel("Email").fill(DEMO.owner);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await button.click();
  await expect(page.getByTestId("user-name")).toBeVisible();
  expect(posts.length).toBeGreaterThan(0);
  expect(posts.every((p) => p.action)).toBe(true);
  expect(posts.map((p) => p.url).filter((u) => u.includes(DEMO_PASSWORD))).toEqual([]);
  expect(refused).toEqual([]);
});
