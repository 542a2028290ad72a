import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Issue 16, item 6: a date the calendar does not have (31 February), typed in any date field, is
 * an error next to the field and nothing is saved in its place. The browser keeps such a date to
 * itself (the input's value is ""), so these tests type it key by key as a person would.
 */
test.use({ locale: "en-US" }); // the date inputs read month/day/year
test.describe.configure({ timeout: 120_000 });

/** Types into a date input from its first segment (month), as a keyboard user would. */
async function typeDate(input: Locator, keys: string) {
  await input.evaluate((e) => (e as HTMLElement).blur());
  await input.focus();
  await input.page().keyboard.type(keys);
}
const fieldError = (page: Page, name: string) => page.locator(`[data-field-error="${name}"]`);
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

async function openOrganization(page: Page, name: string) {
  await page.goto(`/organizations?q=${encodeURIComponent(name)}`);
  await page.getByTestId("org-table").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

test("a new client's 'client since' of 31 February is refused, not turned into today", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.goto("/organizations/new");
  const form = page.getByRole("form", { name: "New organization" });
  const name = `Impossible Start ${unique}`;
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("People").fill("12");
  await form.getByLabel("Lifecycle status").selectOption("ACTIVE");
  await typeDate(form.getByLabel("Client since"), "02312025");
  await form.getByTestId("save-organization").click();
  await expect(fieldError(page, "clientSince")).toHaveText("Enter a valid date.");
  await expect(form.getByLabel("Client since")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toHaveValue(name);
  await page.goto(`/organizations?q=${encodeURIComponent(name)}`);
  await expect(page.getByTestId("org-table")).toHaveCount(0);
});

test("a call's follow-up on 31 February and a call on 30 February are refused, nothing is logged", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openOrganization(page, "Cedar Logistics");
  await page.getByTestId("log-call").click();
  const form = page.getByRole("form", { name: "Log a scoping call" });
  await form.getByLabel("Attendees").fill("Director");
  await form.getByLabel("Summary").fill(`Dates test ${unique}`);
  await form.getByLabel("Needs found").fill("Backups.");
  await form.getByLabel("Next steps").fill("Assessment.");
  await typeDate(form.getByLabel("Follow-up date"), "02312025");
  await form.getByTestId("save-call").click();
  await expect(fieldError(page, "followUpDate")).toHaveText("Enter a valid date.");
  await expect(form.getByLabel("Summary")).toHaveValue(`Dates test ${unique}`);

  await typeDate(form.getByLabel("Date and time of the call"), "02302025");
  await form.getByTestId("save-call").click();
  await expect(fieldError(page, "occurredAt")).toHaveText("Enter a valid date.");
  await expect(fieldError(page, "followUpDate")).toHaveText("Enter a valid date.");
  await expect(page).toHaveURL(/\/calls\/new$/);
});

test("a move dated 31 April is refused", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openOrganization(page, "Cedar Logistics");
  await page.goto(`${page.url()}/move`);
  const form = page.getByRole("form", { name: "Record a move" });
  await form.getByRole("radio", { name: /Hybrid/ }).check();
  await form.getByLabel("Reason").fill("Dates test");
  await typeDate(form.getByLabel("Effective date"), "04312025");
  await form.getByTestId("save-move").click();
  await expect(fieldError(page, "effectiveDate")).toHaveText("Enter a valid date.");
  await expect(form.getByLabel("Reason")).toHaveValue("Dates test");
});

test("report figures: proposed as of today while the month runs; 31 February and tomorrow are refused", async ({
  page,
}) => {
  await signIn(page, DEMO.manager);
  // Next month's report for Delta Architects: the month is not over, so figures are proposed as of today.
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
  const today = now.toISOString().slice(0, 10);
  await page.goto("/reports/new");
  await page.getByLabel("Organization").selectOption({ label: "Delta Architects" });
  await page.getByLabel("Month").fill(next);
  await page.getByTestId("create-report").click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const incidents = page.locator('[data-metric-field="metrics.incidentsOpened"]');
  await expect(incidents.getByLabel("As of")).toHaveValue(today);

  await incidents.getByLabel("Value").fill("7");
  await incidents.getByLabel("Source").fill("PSA ticketing");
  await typeDate(incidents.getByLabel("As of"), "02312025");
  await page.getByTestId("save-draft").click();
  await expect(fieldError(page, "metrics.incidentsOpened.asOf")).toHaveText("Enter a valid date.");
  await expect(incidents.getByLabel("Value")).toHaveValue("7");

  // A real day, but tomorrow: figures quote what has happened.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  await incidents.getByLabel("As of").fill(tomorrow);
  await page.getByTestId("save-draft").click();
  await expect(fieldError(page, "metrics.incidentsOpened.asOf")).toHaveText("Cannot be later than today.");
  await expect(page.getByTestId("save-state")).not.toContainText("Saved");
});
