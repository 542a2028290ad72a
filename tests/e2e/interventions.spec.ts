import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, openReportEditor, signIn } from "./helpers";

/**
 * An account manager logs interventions on an organization page: a bad value is refused next
 * to its field and what was typed stays; the amount is computed from the hourly rate when none
 * was billed; the list filters (in the URL) and totals what it shows.
 */
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const category = `Printers ${unique}`;

test("log interventions on an organization and filter them", async ({ page }) => {
  test.setTimeout(180_000); // several pages on a loaded 2-core machine (it ran out of 60 s there)
  await signIn(page, DEMO.manager);
  await page.goto("/organizations?q=Delta%20Architects");
  await page.getByTestId("org-table").getByRole("link", { name: "Delta Architects" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Delta Architects" })).toBeVisible();

  const form = page.getByRole("form", { name: "Add an intervention" });
  await form.getByLabel("Hours").fill("-2");
  await form.getByLabel("Category").fill(category);
  await form.getByLabel("People whose work stopped").fill("4");
  await form.getByTestId("add-intervention").click();
  await expect(page.locator('[data-field-error="hours"]')).toBeVisible();
  await expect(form.getByLabel("Category")).toHaveValue(category);
  await expect(form.getByLabel("People whose work stopped")).toHaveValue("4");

  await form.getByLabel("Hours").fill("1.5");
  await form.getByLabel("How it was detected").selectOption("MONITORING");
  await form.getByLabel("Recurring cause").check();
  await form.getByTestId("add-intervention").click();
  await expect(form.getByText("Intervention added.")).toBeVisible();

  const row = page.getByTestId("intervention").filter({ hasText: category });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Detected by monitoring");
  await expect(row).toContainText("Recurring");
  await expect(row).toContainText(/computed at/);

  // Billed amount, reported by a user.
  await form.getByLabel("Hours").fill("3");
  await form.getByLabel("Category").fill(category);
  await form.getByLabel(/Amount billed/).fill("400");
  await form.getByTestId("add-intervention").click();
  await expect(page.getByTestId("intervention").filter({ hasText: category })).toHaveCount(2);

  const filters = page.getByRole("form", { name: "Filter interventions" });
  await filters.getByLabel("Category").selectOption(category);
  await filters.getByLabel("Detection").selectOption("MONITORING");
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/detection=MONITORING/);
  await expect(page.getByTestId("intervention")).toHaveCount(1);
  await expect(page.getByTestId("intervention-totals")).toContainText("1 intervention · 1.5 h");

  const axe = await new AxeBuilder({ page }).include('[data-testid="interventions"]').analyze();
  expect(axe.violations).toEqual([]);

  // A new assessment takes its incident history from the log, and says so.
  await page.getByTestId("new-assessment").click();
  await expect(page.getByRole("heading", { level: 1, name: "New assessment" })).toBeVisible();
  await page
    .getByRole("navigation", { name: "Assessment steps" })
    .getByRole("button", { name: /History and prices/ })
    .click();
  const note = page.getByTestId("history-log");
  await expect(note).toContainText("From this client's interventions log");
  await expect(note).toContainText("saved as coming from the log");
  const tickets = Number((await note.textContent())!.match(/(\d+) tickets?/)![1]);
  expect(tickets).toBeGreaterThanOrEqual(2);
  await expect(page.getByLabel("Interventions billed over the last 12 months")).toHaveValue(String(tickets));
  const axeWizard = await new AxeBuilder({ page }).include('[data-testid="step-economics"]').analyze();
  expect(axeWizard.violations).toEqual([]);
});

test("the month's report proposes its incident figures from the log", async ({ page }) => {
  test.setTimeout(180_000); // three pages and an axe run on a loaded two-core machine
  const org = "Granite Engineering";
  const proposed = `Proposed ${unique}`;
  await signIn(page, DEMO.manager);
  await page.goto(`/organizations?q=${encodeURIComponent(org)}`);
  await page.getByTestId("org-table").getByRole("link", { name: org }).click();
  const form = page.getByRole("form", { name: "Add an intervention" });
  for (const n of [1, 2]) {
    await form.getByLabel("Hours").fill("1");
    await form.getByLabel("Category").fill(proposed);
    await form.getByTestId("add-intervention").click();
    await expect(page.getByTestId("intervention").filter({ hasText: proposed })).toHaveCount(n);
  }

  // This month's report (today's interventions are in it): the editor says what the log holds.
  await openReportEditor(page, org);
  const panel = page.getByTestId("log-proposal");
  await expect(panel).toContainText("From the interventions log");
  const opened = Number((await panel.getByTestId("log-proposal-opened").textContent())!.match(/(\d+)/)![1]);
  expect(opened).toBeGreaterThanOrEqual(2);
  await expect(panel).toContainText("Incidents resolved and time to resolve are not in the log");
  const axe = await new AxeBuilder({ page }).include('[data-testid="log-proposal"]').analyze();
  expect(axe.violations).toEqual([]);

  await panel.getByTestId("use-log-figures").click();
  await expect(panel.getByRole("status")).toContainText("Filled in with the source");
  const today = new Date().toISOString().slice(0, 10);
  const field = (name: string) => page.locator(`[name="${name}"]`);
  await expect(field("metrics.incidentsOpened.value")).toHaveValue(String(opened));
  await expect(field("metrics.incidentsOpened.source")).toHaveValue("Interventions log");
  await expect(field("metrics.incidentsOpened.asOf")).toHaveValue(today);
  await expect(field("metrics.ticketsByCategory.source")).toHaveValue("Interventions log");
  const row = page.locator('[data-row="ticket-category"]').filter({
    has: page.locator(`input[name$=".category"][value="${proposed}"]`),
  });
  await expect(row.locator('input[name$=".count"]')).toHaveValue("2");

  // Editable before it is saved: the manager corrects one figure, saves, and finds it kept.
  await field("metrics.majorIncidents.value").fill("1");
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("save-state")).toContainText("Saved");
  await page.reload();
  await expect(field("metrics.incidentsOpened.value")).toHaveValue(String(opened));
  await expect(field("metrics.majorIncidents.value")).toHaveValue("1");
  await expect(field("metrics.incidentsOpened.source")).toHaveValue("Interventions log");
});
