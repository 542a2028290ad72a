import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Unsaved work is not lost by leaving the page (issue 16, item 7): with changes typed in the
 * report editor or the assessment wizard, a sidebar link, the breadcrumb, the browser's Back
 * button or closing the tab asks first; "Stay" keeps everything typed; "Leave" goes where the user
 * asked; once saved, nothing asks.
 */
const ELM = "Elm Street Legal";
const stamp = Date.now().toString(36);
const dialog = (page: Page) => page.getByRole("alertdialog", { name: "Leave without saving?" });
const sidebar = (page: Page) => page.getByRole("navigation", { name: "Main navigation" });

test("report editor: a sidebar link, the breadcrumb, Back and closing the tab ask before unsaved changes are lost", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await page.goto("/reports");
  await page.locator(`[data-testid="overview-row"][data-org="${ELM}"]`).getByTestId("open-report").click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const editUrl = page.url();
  const highlights = page.locator('[name="narrative.highlights"]');

  // Nothing typed yet: the sidebar leaves at once.
  await sidebar(page).getByRole("link", { name: "Organizations" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await page.goto(editUrl);

  await highlights.fill(`Unsaved highlights ${stamp}`);
  await expect(page.getByTestId("save-state")).toHaveText("Unsaved changes");

  // A sidebar link: the dialog asks, Stay is focused, and the page is accessible with it open.
  await sidebar(page).getByRole("link", { name: "Organizations" }).click();
  await expect(dialog(page)).toBeVisible();
  await expect(dialog(page)).toContainText("not saved yet");
  await expect(dialog(page).getByRole("button", { name: "Stay on this page" })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('[data-testid="leave-dialog"]').analyze();
  expect(axe.violations).toEqual([]);
  await dialog(page).getByRole("button", { name: "Stay on this page" }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page).toHaveURL(editUrl);
  await expect(highlights).toHaveValue(`Unsaved highlights ${stamp}`);

  // The breadcrumb: Escape stays too.
  await page.getByRole("link", { name: "Steering reports" }).first().click();
  await expect(dialog(page)).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog(page)).toBeHidden();
  await expect(highlights).toHaveValue(`Unsaved highlights ${stamp}`);

  // The browser's Back button: the page stays, the dialog asks; Stay keeps the text.
  await page.goBack();
  await expect(dialog(page)).toBeVisible();
  await expect(page).toHaveURL(editUrl);
  await dialog(page).getByRole("button", { name: "Stay on this page" }).click();
  await expect(highlights).toHaveValue(`Unsaved highlights ${stamp}`);
  // …and asks again on the next Back press.
  await page.goBack();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole("button", { name: "Stay on this page" }).click();

  // Closing the tab (or reloading): the browser's own question.
  const asked = new Promise<string>((resolve) => page.once("dialog", (d) => (resolve(d.type()), void d.dismiss())));
  await page.close({ runBeforeUnload: true });
  expect(await asked).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);

  // Leave: goes where the link pointed, and Back from there returns to the editor in one press.
  await sidebar(page).getByRole("link", { name: "Organizations" }).click();
  await dialog(page).getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
  await expect(page.getByRole("heading", { level: 1, name: "Client organizations" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(editUrl);
  // What was not saved is gone, as the dialog said.
  await expect(highlights).not.toHaveValue(`Unsaved highlights ${stamp}`);
});

test("assessment wizard: leaving with unsaved answers asks; after saving the draft nothing asks", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await page.goto("/organizations");
  await page.getByTestId("org-table").locator("tbody a").first().click();
  await expect(page).toHaveURL(/\/organizations\/[^/]+$/);
  const orgUrl = page.url();
  await page.getByTestId("new-assessment").click();
  await expect(page.getByRole("heading", { level: 1, name: "New assessment" })).toBeVisible();
  const remote = page.getByTestId("step-organization").getByLabel("Remote users");

  await remote.fill("3");
  await sidebar(page).getByRole("link", { name: "Follow-ups" }).click();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole("button", { name: "Stay on this page" }).click();
  await expect(remote).toHaveValue("3");

  // An answer on a later step (a radio) counts as unsaved work too; Back asks.
  await page.getByTestId("next-step").click();
  await page
    .getByTestId("step-tools")
    .getByRole("group", { name: "Central document sharing" })
    .getByRole("radio", { name: "Yes" })
    .check();
  await page.goBack();
  await expect(dialog(page)).toBeVisible();
  await dialog(page).getByRole("button", { name: "Stay on this page" }).click();
  await expect(
    page.getByTestId("step-tools").getByRole("group", { name: "Central document sharing" }).getByRole("radio", {
      name: "Yes",
    }),
  ).toBeChecked();

  // Saved as a draft: the sidebar and Back leave without a question.
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("draft-saved")).toBeVisible();
  await sidebar(page).getByRole("link", { name: "Follow-ups" }).click();
  await expect(page).toHaveURL(/\/follow-ups/);
  await expect(dialog(page)).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  await page.goBack();
  await expect(dialog(page)).toHaveCount(0);
  await expect(page).toHaveURL(orgUrl);

  // Leave from the wizard: the organization's page, where it was opened from.
  await page.getByTestId("new-assessment").click();
  await remote.fill("4");
  await page.getByRole("link", { name: "Organizations" }).first().click();
  await dialog(page).getByRole("button", { name: "Leave without saving" }).click();
  await expect(page).toHaveURL(/\/organizations$/);
});
