import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Issue 21: links prefetch on intent (components/ui/intent-link.tsx), not on sight. A page view
 * used to fetch the navigation's ten pages and the page's actions at once (15–30 server
 * renders and payloads the phone processed while becoming interactive); now a link's page is
 * fetched when the pointer is over it or it has the keyboard focus, and navigation still works.
 */
test("a page view prefetches nothing; hovering or focusing a navigation link prefetches that page only", async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  const prefetched: string[] = [];
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.searchParams.has("_rsc")) prefetched.push(url.pathname);
  });
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1_000);
  expect(prefetched).toEqual([]);

  const nav = page.getByRole("navigation");
  await nav.getByRole("link", { name: "Organizations" }).hover();
  await expect.poll(() => prefetched.includes("/organizations")).toBe(true);
  await nav.getByRole("link", { name: "Follow-ups" }).focus();
  await expect.poll(() => prefetched.includes("/follow-ups")).toBe(true);
  expect(new Set(prefetched)).toEqual(new Set(["/organizations", "/follow-ups"]));

  await nav.getByRole("link", { name: "Organizations" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByTestId("org-table")).toBeVisible();
});
