import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, signIn } from "./helpers";

/**
 * Security posture: an account manager assesses a new client twice, reads the scores per NIST CSF
 * function, compares the second assessment with the first, turns two gaps into recommendations
 * of the next steering report, and exports the result; the client reads the posture trend in a
 * published report; the new pages pass axe (WCAG 2.1 A/AA).
 */
test.describe.configure({ mode: "serial" });

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const orgName = `Posture Client ${unique}`;
const FUNCTIONS = ["GV", "ID", "PR", "DE", "RS", "RC"] as const;
let orgUrl = "";
let secondUrl = "";

/** Answers every question of every section with `level`, except those in `skip`. */
async function answerAll(page: Page, level: string, skip: string[] = []) {
  for (const fn of FUNCTIONS) {
    await page.getByTestId(`posture-step-${fn}`).click();
    const section = page.getByTestId(`posture-section-${fn}`);
    await expect(section).toBeVisible();
    const questions = section.locator('[data-testid^="question-"]');
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const q = questions.nth(i);
      const id = (await q.getAttribute("data-testid"))!.replace(/^question-/, "");
      if (skip.includes(id)) continue;
      await q.getByLabel(level, { exact: true }).check();
    }
  }
}

async function answer(
  page: Page,
  { fn, question, level, evidence }: { fn: string; question: string; level: string; evidence?: string },
) {
  await page.getByTestId(`posture-step-${fn}`).click();
  const q = page.getByTestId(`question-${question}`);
  await q.getByLabel(level, { exact: true }).check();
  if (evidence !== undefined) await q.getByLabel("Evidence").fill(evidence);
}

test("an account manager runs a first posture assessment; incomplete answers are refused field by field", async ({
  page,
}) => {
  test.setTimeout(420_000);
  await signIn(page, DEMO.manager);
  await page.goto("/organizations/new");
  const form = page.getByRole("form", { name: "New organization" });
  await form.getByLabel("Name").fill(orgName);
  await form.getByLabel("People").fill("14");
  await form.getByLabel("Sites").fill("1");
  await form.getByLabel("Lifecycle status").selectOption("ACTIVE");
  await form.getByLabel("How they buy IT support today").selectOption("HYBRID");
  await form.getByTestId("save-organization").click();
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  orgUrl = page.url();
  await expect(page.getByTestId("org-posture")).toContainText("No security-posture assessment yet.");

  await page.getByTestId("org-posture").getByTestId("new-posture").click();
  await expect(page.getByRole("heading", { level: 1, name: "New security-posture assessment" })).toBeVisible();
  await expect(page.getByText("Each answer starts with today as its as-of date")).toBeVisible();
  await expect(page.getByTestId("posture-answered")).toHaveText("0 of 45 answered");
  await expectAccessible(page, "new posture assessment");

  await answerAll(page, "Partly in place", ["gv-owner"]);
  await answer(page, { fn: "PR", question: "pr-mfa-email", level: "Verified", evidence: "" });
  await expect(page.getByTestId("posture-answered")).toHaveText("44 of 45 answered");
  await page.getByTestId("posture-step-review").click();
  await expect(page.getByTestId("posture-review")).toContainText("One question needs an answer");
  await page.getByTestId("finalize").click();
  await expect(page.getByTestId("form-error")).toContainText("2 questions are not complete yet");
  // The first problem's section opens and its field has the focus.
  await expect(page.getByTestId("posture-section-GV")).toBeVisible();
  await expect(page.locator('[data-field-error="answers.gv-owner.level"]')).toHaveText("This field is required.");
  await expect(page.getByTestId("posture-step-PR")).toContainText("1 to fix");
  await page.getByTestId("posture-step-PR").click();
  await expect(page.locator('[data-field-error="answers.pr-mfa-email.evidence"]')).toHaveText(
    "Say what was checked: “verified” needs its evidence.",
  );
  // Nothing typed was lost; a future as-of date is refused on its field.
  await expect(page.getByTestId("question-pr-backups").getByLabel("Partly in place", { exact: true })).toBeChecked();
  await page.getByTestId("question-pr-mfa-email").getByLabel("Evidence").fill("Seen in the Microsoft 365 admin center");
  await page.getByTestId("question-pr-mfa-email").getByLabel("As of").fill("2099-01-01");
  await answer(page, { fn: "GV", question: "gv-owner", level: "Partly in place" });
  await page.getByTestId("save-draft").click();
  await expect(page.locator('[data-field-error="answers.pr-mfa-email.asOf"]')).toHaveText(
    "The date cannot be in the future.",
  );
  await expectAccessible(page, "questionnaire with errors");
  await page.getByTestId("question-pr-mfa-email").getByLabel("As of").fill("2026-01-05");
  await page.getByTestId("posture-step-review").click();
  await expect(page.getByTestId("posture-review")).toContainText("Every question has an answer");
  await page.getByTestId("finalize").click();

  await expect(page.getByRole("heading", { level: 1, name: /^Security posture on / })).toBeVisible();
  for (const fn of FUNCTIONS) await expect(page.getByTestId(`score-${fn}-value`)).toHaveText(/^\d+ \/ 100$/);
  await expect(page.getByTestId("score-GV-value")).toHaveText("33 / 100");
  await expect(page.getByTestId("posture-compare-first")).toBeVisible();
});

test("a second assessment compares with the first, and two gaps become recommendations of the next report", async ({
  page,
}) => {
  test.setTimeout(420_000);
  await signIn(page, DEMO.manager);
  await page.goto(orgUrl);
  await expect(page.getByTestId("org-posture-overall")).toHaveText(/^\d+ \/ 100$/);
  await page.getByTestId("org-posture").getByTestId("new-posture").click();
  await expect(page.getByText("Answers start from the assessment finalized on")).toBeVisible();
  await expect(page.getByTestId("posture-answered")).toHaveText("45 of 45 answered");
  await answer(page, { fn: "GV", question: "gv-owner", level: "Verified", evidence: "Named in the staff handbook" });
  await answer(page, { fn: "GV", question: "gv-rules", level: "In place" });
  await answer(page, {
    fn: "PR",
    question: "pr-backups",
    level: "Not in place",
    evidence: "The external disk was not plugged in for weeks",
  });
  await page.getByTestId("posture-step-review").click();
  await page.getByTestId("finalize").click();

  await expect(page.getByRole("heading", { level: 1, name: /^Security posture on / })).toBeVisible();
  secondUrl = page.url();
  // Scores per function, before and after, as figures and as a chart.
  await expect(page.getByTestId("posture-scores")).toContainText("Before (");
  await expect(page.getByTestId("score-GV-change")).toHaveText(/^\+\d+$/);
  await expect(page.getByTestId("score-PR-change")).toHaveText(/^-\d+$/);
  await expect(page.getByTestId("posture-chart").locator("rect[data-bar]").first()).toBeVisible();
  await expect(page.getByTestId("posture-compare-with")).toContainText("Before: the assessment finalized on");
  await expect(page.getByTestId("change-gv-owner")).toContainText("Better");
  await expect(page.getByTestId("change-pr-backups")).toContainText("Worse");
  await expect(page.getByTestId("posture-changes").locator("tbody tr")).toHaveCount(3);
  // The weakest item first: the backups, now not in place.
  await expect(page.getByTestId("posture-weakest").locator("tbody tr").first()).toHaveAttribute(
    "data-testid",
    "item-pr-backups",
  );
  await expectAccessible(page, "posture result with comparison");

  // Two gaps into next month's steering report, as recommendations.
  await page.getByTestId("gap-pr-backups").check();
  await page.getByTestId("gap-rs-plan").check();
  await page.getByTestId("posture-gaps-submit").click();
  await expect(page.getByTestId("posture-gaps-done")).toContainText("2 items were added to the report of");
  await page.getByTestId("posture-gaps-report").click();
  const recommendations = page.getByTestId("report-view");
  await expect(
    recommendations.getByText("Set up automatic backups of critical data with one copy offline or off-site"),
  ).toBeVisible();
  await expect(
    recommendations.getByText("Write a one-page incident response plan and share it with the people it names"),
  ).toBeVisible();
  await expect(page.getByTestId("posture-trend").locator("thead th")).toHaveCount(3);
  await expect(page.getByTestId("posture-trend-chart").locator("path[data-line]")).toHaveCount(6);
  await expectAccessible(page, "report preview with the posture trend");

  // Repeating the action adds nothing twice.
  await page.goto(secondUrl);
  await page.getByTestId("gap-pr-backups").check();
  await page.getByTestId("posture-gaps-submit").click();
  await expect(page.getByTestId("posture-gaps-done")).toContainText("Nothing new was added");
});

test("the result exports as OSCAL assessment results and CSV", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, DEMO.manager);
  await page.goto(secondUrl);
  const oscal = await page.request.get((await page.getByTestId("export-oscal").getAttribute("href"))!);
  expect(oscal.status()).toBe(200);
  const doc = (await oscal.json())["assessment-results"];
  expect(doc.metadata.title).toContain(orgName);
  expect(doc.results[0].observations).toHaveLength(45);
  expect(doc.results[0].findings.length).toBeGreaterThan(20);
  const csv = await page.request.get((await page.getByTestId("export-csv").getAttribute("href"))!);
  expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await csv.text()).trim().split("\r\n")).toHaveLength(46);
});

test("the organization page and the client's published report show the posture; clients cannot open assessments", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const staff = await (await browser.newContext()).newPage();
  await signIn(staff, DEMO.manager);
  // A demo client with a posture history (lib/seed/demo-posture.ts).
  await staff.goto("/organizations?q=Cedar");
  await staff.getByTestId("org-table").getByRole("link", { name: "Cedar Logistics" }).click();
  await expect(staff.getByTestId("org-posture")).toContainText("Earlier assessments");
  await expectAccessible(staff, "organization page with posture");

  const client = await (await browser.newContext()).newPage();
  await signIn(client, DEMO.client);
  await client.getByTestId("portal-report-link").first().click();
  await expect(client.getByTestId("report-view")).toBeVisible();
  await expect(client.getByTestId("posture-trend")).toBeVisible();
  await expect(client.getByTestId("posture-trend-chart").locator("path[data-line]")).toHaveCount(6);
  await expectAccessible(client, "portal report with posture");
  // The staff pages and exports of a posture assessment are not the client's: 404.
  await staff.getByTestId("org-posture-latest").click();
  await expect(staff.getByTestId("posture-scores")).toBeVisible();
  const assessmentUrl = staff.url();
  const response = await client.goto(assessmentUrl);
  expect(response?.status()).toBe(404);
  const exported = await client.request.get(`${assessmentUrl.replace(/.*\/posture\//, "/api/posture/")}/export`);
  expect(exported.status()).toBe(404);
  await staff.context().close();
  await client.context().close();
});

test("a new service-model assessment takes its backups answer from the latest posture assessment, with its source", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await page.goto(`${orgUrl}/assessments/new`);
  await expect(page.getByRole("heading", { level: 1, name: "New assessment" })).toBeVisible();
  // The second posture assessment said backups are not in place: the blank answer is filled, and says where from.
  await page.getByRole("button", { name: /Tools, data and documentation/ }).click();
  const note = page.getByTestId("from-posture-backups");
  await expect(note).toHaveAttribute("data-kind", "applied");
  await expect(note).toContainText("Filled in from the security posture assessment of");
  await expect(note).toContainText("“No backups”");
  await expect(note.getByRole("link")).toHaveAttribute("href", new URL(secondUrl).pathname);
  await expect(page.getByRole("radio", { name: /^No backups/ })).toBeChecked();
  await expect(page.getByTestId("from-posture-documentation")).toBeVisible();
  await expectAccessible(page, "new assessment prefilled from the posture");
});
