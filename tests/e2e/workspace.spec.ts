import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The account manager's day: create an organization, log a scoping call, assess the seed's
 * forty-person example, see managed services with the reasons and the cost chart, try a what-if,
 * record the move and find it on the organization's timeline; forms keep what was typed.
 */
test.describe.configure({ mode: "serial" });

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const orgName = `Forty Example ${unique}`;
let orgUrl = "";

async function openOrg(page: Page) {
  await page.goto(orgUrl);
  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
}

test("create an organization; bad values show field errors and keep what was typed", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Organizations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Client organizations" })).toBeVisible();
  await page.getByTestId("new-organization").click();

  const form = page.getByRole("form", { name: "New organization" });
  await form.getByLabel("Name").fill(orgName);
  await form.getByLabel("Industry").fill("Logistics");
  await form.getByLabel("People").fill("-5");
  await form.getByLabel("Sites").fill("two");
  await form.getByLabel("Endpoints").fill("45");
  await form.getByTestId("save-organization").click();

  await expect(page.locator('[data-field-error="headcount"]')).toHaveText("Must be at least 1.");
  await expect(page.locator('[data-field-error="sites"]')).toHaveText("This value is not valid.");
  await expect(form.getByLabel("People")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Name")).toHaveValue(orgName);
  await expect(form.getByLabel("People")).toHaveValue("-5");
  await expect(form.getByLabel("Sites")).toHaveValue("two");
  await expect(form.getByLabel("Endpoints")).toHaveValue("45");
  // The first invalid field has the focus.
  await expect(form.getByLabel("People")).toBeFocused();

  await form.getByLabel("People").fill("40");
  await form.getByLabel("Sites").fill("1");
  await form.getByLabel("Lifecycle status").selectOption("PROSPECT");
  await form.getByLabel("How they buy IT support today").selectOption("BREAK_FIX");
  await form.getByTestId("save-organization").click();

  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  orgUrl = page.url();
  await expect(page.getByTestId("current-model")).toContainText("Break-fix");
  await expect(page.getByTestId("current-model")).toContainText("Prospect");

  // It is in the list, found by a search on its name.
  await page.goto(`/organizations?q=${encodeURIComponent(unique)}`);
  await expect(page.getByTestId("org-table").getByRole("link", { name: orgName })).toBeVisible();
  await expect(page.getByTestId("pagination-summary")).toHaveText("1–1 of 1");
});

test("log a scoping call, then find and complete its follow-up", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openOrg(page);
  await page.getByTestId("log-call").click();
  const form = page.getByRole("form", { name: "Log a scoping call" });
  await form.getByLabel("Attendees").fill("Managing director, office manager");
  await form
    .getByLabel("Summary")
    .fill("Forty people, remote access for fifteen, everything in Microsoft 365; the ERP is critical.");
  await form.getByLabel("Needs found").fill("Monitored backups, continuity of the ERP.");
  await form.getByLabel("Next steps").fill("Run the assessment together next week.");
  // A follow-up before the call is refused, and nothing typed is lost.
  await form.getByLabel("Follow-up date").fill("2001-01-01");
  await form.getByTestId("save-call").click();
  await expect(page.locator('[data-field-error="followUpDate"]')).toHaveText(
    "The follow-up cannot be before the call.",
  );
  await expect(form.getByLabel("Needs found")).toHaveValue("Monitored backups, continuity of the ERP.");
  const today = new Date().toISOString().slice(0, 10);
  await form.getByLabel("Follow-up date").fill(today);
  await form.getByTestId("save-call").click();

  await expect(page.getByTestId("call-details")).toContainText("the ERP is critical");
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Follow-ups" }).click();
  const row = page.getByTestId("follow-ups-due").getByTestId("follow-up-row").filter({ hasText: orgName });
  await expect(row).toBeVisible();
  await row.getByTestId("mark-done").click();
  // Done, and it can be undone right there.
  await expect(row.getByTestId("follow-up-done")).toHaveText("Marked done.");
  await row.getByTestId("undo-done").click();
  await expect(row.getByTestId("mark-done")).toBeVisible();
  await page.reload();
  await expect(
    page.getByTestId("follow-ups-due").getByTestId("follow-up-row").filter({ hasText: orgName }),
  ).toHaveCount(1);
  await row.getByTestId("mark-done").click();
  await expect(row.getByTestId("follow-up-done")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("follow-up-row").filter({ hasText: orgName })).toHaveCount(0);
});

test("assess the seed's forty-person example: managed services, reasons, cost chart, what-if", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openOrg(page);
  await page.getByTestId("new-assessment").click();
  await expect(page.getByRole("heading", { level: 1, name: "New assessment" })).toBeVisible();

  const s1 = page.getByTestId("step-organization");
  await expect(s1.getByLabel("People", { exact: true })).toHaveValue("40"); // from the organization's facts
  await expect(s1.getByLabel("Endpoints")).toHaveValue("45");
  await s1.getByLabel("Remote users").fill("55");
  await page.getByTestId("save-draft").click();
  // More remote users than people: refused on the field, the draft is not saved.
  await expect(page.locator('[data-field-error="remoteUsers"]')).toHaveText("Cannot be more than the headcount.");
  await expect(s1.getByLabel("Remote users")).toHaveValue("55");
  await s1.getByLabel("Remote users").fill("15");
  await page.getByTestId("next-step").click();

  const s2 = page.getByTestId("step-tools");
  await s2.getByRole("checkbox", { name: /Microsoft 365/ }).check();
  await s2.getByRole("group", { name: "Central document sharing" }).getByRole("radio", { name: "Yes" }).check();
  await s2.getByRole("radio", { name: /Backups checked regularly/ }).check();
  await s2
    .getByRole("group", { name: "Dependence on business applications" })
    .getByRole("radio", { name: /Strong/ })
    .check();
  // A draft can be saved half way.
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("draft-saved")).toBeVisible();
  await expect(page).toHaveURL(/\/assessments\/[^/]+$/);
  // The draft is stored: reloading its page shows the saved answers.
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Draft assessment" })).toBeVisible();
  await expect(page.getByTestId("step-organization").getByLabel("Remote users")).toHaveValue("15");
  await page.getByTestId("next-step").click();
  await expect(page.getByTestId("step-tools").getByRole("checkbox", { name: /Microsoft 365/ })).toBeChecked();
  await expect(page.getByTestId("step-tools").getByRole("radio", { name: /Backups checked regularly/ })).toBeChecked();
  await page.getByTestId("next-step").click();

  const s3 = page.getByTestId("step-criticality");
  await s3
    .getByRole("group", { name: "Continuity requirement" })
    .getByRole("radio", { name: /Moderate/ })
    .check();
  await s3
    .getByRole("group", { name: "Tolerance for interruption" })
    .getByRole("radio", { name: /Medium/ })
    .check();
  await s3.getByRole("group", { name: "Dependence on digital tools" }).getByRole("radio", { name: /High/ }).check();
  await page.getByTestId("next-step").click();

  const s4 = page.getByTestId("step-buying");
  await s4
    .getByRole("group", { name: "The client needs a predictable run budget" })
    .getByRole("radio", { name: "No" })
    .check();
  await s4
    .getByRole("group", { name: "The client wants a monthly service review" })
    .getByRole("radio", { name: "No" })
    .check();
  await page.getByTestId("next-step").click();
  await page.getByTestId("next-step").click(); // history and prices: the tenant's price list, an estimate from size

  await expect(page.getByTestId("review")).toContainText("Every question is answered");
  await page.getByTestId("finalize").click();

  // The stored result.
  const stored = page.getByTestId("stored-result");
  await expect(stored.getByTestId("recommendation-model")).toHaveAttribute("data-model", "MANAGED", {
    timeout: 30_000,
  });
  await expect(stored.getByTestId("recommendation-model")).toHaveText("Managed services");
  await expect(stored.getByTestId("reasons").getByRole("listitem").first()).toContainText("Managed services fit best");
  await expect(stored.getByTestId("decision-grid").locator('tr[data-applies="true"]')).toHaveCount(2); // remote users, monitored backups
  await expect(stored.getByTestId("triggers").getByRole("listitem").filter({ hasText: "Remote access" })).toContainText(
    "present",
  );
  await expect(stored.getByTestId("triggers").getByRole("listitem").filter({ hasText: "Several sites" })).toContainText(
    "absent",
  );
  // The chart is server-drawn SVG (a line per model); the what-if loads when it comes into view.
  await stored.getByTestId("cost-chart").scrollIntoViewIfNeeded();
  await expect(stored.getByTestId("cost-chart").locator("path[data-line]")).toHaveCount(3);
  await expect(stored.getByTestId("break-even")).toContainText(/break-even/i);
  await expect(stored.getByTestId("outside-contract")).toContainText("migration");
  // Every cost has its range, and every assumption says where it comes from.
  await expect(stored.getByTestId("cost-table")).toContainText("Range after 36 months");
  await expect(stored.getByTestId("assumptions")).toContainText("Your price list");
  await expect(stored.getByTestId("assumptions")).toContainText("Estimate from size");

  // What-if: no remote users and no Microsoft 365 → hybrid, computed in the browser; the stored result does not move.
  await page.getByTestId("what-if-frame").scrollIntoViewIfNeeded();
  const whatIf = page.getByTestId("what-if");
  await expect(whatIf.getByTestId("what-if-recommendation-model")).toHaveAttribute("data-model", "MANAGED");
  await whatIf.getByLabel("Remote users").fill("0");
  await whatIf.getByRole("checkbox", { name: "Microsoft 365" }).uncheck();
  await expect(whatIf.getByTestId("what-if-recommendation-model")).toHaveAttribute("data-model", "HYBRID");
  await expect(whatIf).toContainText("Differs from the stored result");
  await expect(stored.getByTestId("recommendation-model")).toHaveAttribute("data-model", "MANAGED");
  await whatIf.getByLabel("People", { exact: true }).fill("4");
  await expect(whatIf.locator("#whatif-remoteUsers-error, #whatif-headcount-error")).toHaveCount(0);
});

test("record the move from the assessment and find it on the timeline and the journey", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await openOrg(page);
  await page
    .getByTestId("timeline")
    .getByRole("link", { name: /Assessment finalized/ })
    .first()
    .click();
  await page.getByTestId("record-move").click();
  await expect(page.getByTestId("motivating-assessment")).toContainText("Managed services");
  const form = page.getByRole("form", { name: "Record a move" });
  await expect(form.getByRole("radio", { name: /Managed services/ })).toBeChecked();
  // No reason: refused, the choice stays.
  await form.getByTestId("save-move").click();
  await expect(page.locator('[data-field-error="reason"]')).toHaveText("This field is required.");
  await expect(form.getByRole("radio", { name: /Managed services/ })).toBeChecked();
  await form.getByLabel("Reason").fill("Signed the managed services contract after the assessment review.");
  await form.getByTestId("save-move").click();

  await expect(page.getByRole("heading", { level: 1, name: orgName })).toBeVisible();
  await expect(page.getByTestId("current-model")).toContainText("Managed services");
  await expect(page.getByTestId("current-model")).toContainText("Active");
  const move = page.getByTestId("timeline-modelChange").first();
  await expect(move).toContainText("Became a client on Managed services");
  await expect(move).toContainText("Signed the managed services contract");
  await expect(move.getByRole("link", { name: "the assessment behind it" })).toBeVisible();
  await expect(page.getByTestId("journey").getByTestId("journey-move")).toHaveCount(1);
  await expect(page.getByTestId("journey")).toContainText("Motivated by the assessment of");
});

test("the workspace pages have no WCAG 2.1 A/AA violations (axe)", async ({ page }) => {
  test.setTimeout(180_000); // eight axe scans, one of a long page, on a shared machine
  const scan = async (what: string) => {
    const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(
      result.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    ).toEqual([]);
  };
  await signIn(page, DEMO.manager);
  await page.goto("/organizations");
  await scan("organization list");
  await page.getByTestId("org-table").getByRole("link", { name: "Cedar Logistics" }).click();
  await expect(page.getByTestId("timeline")).toBeVisible();
  await scan("organization page");
  await page.getByTestId("journey").getByRole("link").last().click();
  await expect(page.getByTestId("stored-result")).toBeVisible();
  await page.getByTestId("cost-chart").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("cost-chart").locator("path[data-line]")).toHaveCount(3);
  await page.getByTestId("what-if-frame").scrollIntoViewIfNeeded();
  await expect(page.getByTestId("what-if")).toBeVisible();
  await scan("assessment result and what-if");
  await page.goBack();
  await page.getByTestId("new-assessment").click();
  await scan("assessment form, first step");
  await page.getByTestId("next-step").click();
  await scan("assessment form, tools");
  await page.goto("/follow-ups");
  await scan("follow-ups");
  await page.goto("/organizations/new");
  await page.getByTestId("save-organization").click();
  await expect(page.locator('[data-field-error="name"]')).toBeVisible();
  await scan("organization form with errors");
});
