import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Unread means unread (issue 16, item 11): a review's "New" badge clears once that client user
 * has opened it; a client's comment shows on the staff's reports overview, with a count and a link,
 * until that staff member opens the report.
 */
const stamp = Date.now().toString(36);

async function personAt(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

test("the client's New badge clears once opened; staff see the client's new comment with a count and a link", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const client = await personAt(browser, DEMO.client);
  await expect(client).toHaveURL(/\/portal$/);
  const rows = client.getByTestId("portal-reports").locator("li");
  const fresh = rows.filter({ has: client.getByTestId("portal-report-state").getByText("New", { exact: true }) });
  const before = await fresh.count();
  expect(before).toBeGreaterThan(0);
  const row = fresh.first();
  const link = row.getByTestId("portal-report-link");
  const month = (await link.textContent())!;
  const href = (await link.getAttribute("href"))!;
  const reportId = href.split("/").at(-1)!;

  // Opened: back on the list the badge says so, and one fewer review is new.
  await link.click();
  await expect(client).toHaveURL(new RegExp(`${href}$`));
  await client.goto("/portal");
  const opened = rows.filter({ has: client.locator(`a[href="${href}"]`) });
  await expect(opened.getByTestId("portal-report-state")).toContainText("Opened");
  await expect(fresh).toHaveCount(before - 1);

  // The client asks a question on it.
  await client.goto(href);
  await client.getByLabel("Your comment").fill(`Why did the backup fail? ${stamp}`);
  await client.getByTestId("post-comment").click();
  await expect(client.getByTestId("comment").filter({ hasText: stamp })).toBeVisible();

  // Staff see it where they work: the reports overview, with a count and a link.
  const staff = await personAt(browser, DEMO.manager);
  await staff.goto("/reports");
  const card = staff.getByTestId("new-client-comments");
  await expect(card).toBeVisible();
  const item = card.locator(`[data-report="${reportId}"]`);
  await expect(item).toContainText(`Cedar Logistics · ${month}`);
  await expect(item.getByTestId("new-comments-count")).toHaveText(/^\d+ new comments?$/);
  await item.getByTestId("new-comments-link").click();
  await expect(staff).toHaveURL(new RegExp(`/reports/${reportId}#comments-title$`));
  await expect(staff.getByTestId("comment").filter({ hasText: stamp })).toBeVisible();

  // Read: the overview no longer lists it for this staff member…
  await staff.goto("/reports");
  await expect(staff.locator(`[data-report="${reportId}"]`)).toHaveCount(0);
  // …while the owner, who has not opened it, still sees it.
  const owner = await personAt(browser, DEMO.owner);
  await owner.goto("/reports");
  await expect(owner.getByTestId("new-client-comments").locator(`[data-report="${reportId}"]`)).toBeVisible();
  for (const context of browser.contexts()) await context.close();
});
