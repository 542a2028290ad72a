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

test("a click shows a bar along the top until the next page is ready; the page then replaces the last", async ({
  page,
}) => {
  await signIn(page, DEMO.owner);
  await page.goto("/about");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // Hold the next page's payload (prefetch and navigation alike) until the bar has been seen.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/reports" && url.searchParams.has("_rsc"),
    async (route) => {
      await held;
      await route.continue();
    },
  );
  const bar = page.getByTestId("navigation-pending");
  await expect(bar).toHaveCount(0);
  await page.getByRole("navigation").getByRole("link", { name: "Steering reports" }).click();
  await expect(bar).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Steering reports");
  release();
  await expect(page).toHaveURL(/\/reports$/);
  await expect(page.getByRole("heading", { level: 1, name: "Steering reports" })).toBeVisible();
  await expect(bar).toHaveCount(0);
});

test("the first response carries each page's content: no loading boundary streams it in later", async ({ page }) => {
  // A loading boundary's content is sent after the shell and revealed by an inline script
  // ($RC) at the earliest 300 ms after the shell has painted (React 19.2); a page's content is
  // its largest paint, so it must be in the shell.
  await signIn(page, DEMO.owner);
  for (const path of ["/portfolio", "/organizations", "/reports", "/follow-ups", "/team", "/settings", "/profile"]) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    expect(html, path).toContain("<h1");
    expect(html.includes("$RC("), `${path} streams a Suspense boundary`).toBe(false);
  }
});
