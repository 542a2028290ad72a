import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, openReportEditor, signIn } from "./helpers";

/**
 * Monthly steering reports, end to end, on the seeded demo (lib/seed/demo.ts):
 * Delta Architects (a managed Northwind client, managed by Bruno) has six
 * published months and no report for the current month; Cedar Logistics has
 * this month's report as a draft; Elm Street Legal too.
 */
const run = promisify(execFile);
const DELTA = { name: "Delta Architects", client: "client.delta-architects@northwind.test" };
const CEDAR = { name: "Cedar Logistics", client: DEMO.client };
const ELM = "Elm Street Legal";
const MONTH = new Date().toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const stamp = Date.now().toString(36);
/** How many months the client sees in the trend once this month's report is published. */
function publishedMonths(now = new Date()) {
  const lastMonthPublishedAt = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 4, 9);
  return now.getTime() >= lastMonthPublishedAt ? 7 : 6;
}

/** Each person in their own browser context (their own cookies), as two people on two machines. */
async function personAt(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
const row = (page: Page, org: string) => page.locator(`[data-testid="overview-row"][data-org="${org}"]`);

test.describe("monthly steering reports", () => {
  test("an account manager publishes; the client reads it with its trends, downloads the PDF and acknowledges; others get 404", async ({
    browser,
  }) => {
    test.setTimeout(300_000);
    // ── Alice (account manager) fills in and publishes Delta Architects' report for this month.
    let page = await personAt(browser, DEMO.manager);
    await page.goto("/reports");
    await expect(page.getByRole("heading", { level: 1, name: "Steering reports" })).toBeVisible();
    await expect(page.getByText(`Where each client’s service review for ${MONTH} stands.`)).toBeVisible();
    // Cedar's draft of this month: its id, to prove later that its client cannot see it.
    await expect(row(page, CEDAR.name)).toHaveAttribute("data-state", "draft");
    const cedarDraftId = (await row(page, CEDAR.name).getByTestId("open-report").getAttribute("href"))!.split("/")[2]!;

    const id = await openReportEditor(page, DELTA.name);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${DELTA.name} · ${MONTH}`);
    // The new month starts from last month's structure: sources and recommendations are there, figures are not.
    await expect(field(page, "metrics.incidentsOpened.source")).toHaveValue("PSA ticketing");
    await expect(page.locator('[data-row="recommendation"]')).not.toHaveCount(0);

    // A wrong figure: the error sits next to the field and what was typed stays.
    await field(page, "narrative.highlights").fill(`E2E highlights ${stamp}`);
    await field(page, "metrics.incidentsOpened.value").fill("lots");
    await page.getByTestId("save-draft").click();
    await expect(page.locator('[data-field-error="metrics.incidentsOpened.value"]')).toHaveText(
      "This value is not valid.",
    );
    await expect(field(page, "narrative.highlights")).toHaveValue(`E2E highlights ${stamp}`);

    await field(page, "metrics.incidentsOpened.value").fill("7");
    await field(page, "metrics.incidentsResolved.value").fill("6");
    await field(page, "metrics.majorIncidents.value").fill("0");
    await field(page, "metrics.mttrHours.value").fill("2.5");
    await field(page, "metrics.availabilityPct.value").fill("99.9");
    await field(page, "metrics.backupJobsSucceeded.value").fill("60");
    await field(page, "metrics.backupJobsFailed.value").fill("1");
    await field(page, "metrics.patchCompliancePct.value").fill(""); // not measured this month: "No data", never 0
    await field(page, "metrics.ticketsByCategory.value.0.count").fill("5");
    await field(page, "narrative.risks").fill("One backup job failed on the 14th.");
    await page.getByRole("button", { name: "Add a recommendation" }).click();
    await field(page, "recommendations.2.title").fill(`Renew the firewall licence ${stamp}`);
    await page.getByTestId("save-draft").click();
    await expect(page.getByTestId("save-state")).toContainText("Saved at");
    await page.getByTestId("save-preview").click();

    await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
    await expect(page.getByTestId("report-status")).toHaveText("Draft");
    await expect(page.getByTestId("metric-patchCompliancePct")).toHaveText("No data");
    await page.getByTestId("publish").click();
    await expect(page.getByTestId("publish-confirm")).toContainText("Patch compliance");
    await page.getByTestId("confirm-publish").click();
    await expect(page.getByTestId("report-status")).toHaveText("Published");
    await expect(page.getByTestId("status-line")).toContainText("by Alice Martin");
    await page.goto("/reports");
    await expect(row(page, DELTA.name)).toHaveAttribute("data-state", "published");
    const alice = page;

    // ── Delta's client reads it in the portal.
    page = await personAt(browser, DELTA.client);
    await expect(page).toHaveURL(/\/portal$/);
    await page.getByTestId("portal-report-link").filter({ hasText: MONTH }).click();
    await expect(page).toHaveURL(new RegExp(`/portal/reports/${id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Service review · ${MONTH}`);
    await expect(page.getByTestId("narrative-highlights")).toContainText(`E2E highlights ${stamp}`);
    await expect(page.getByTestId("metric-incidentsOpened")).toHaveText("7");
    await expect(page.getByTestId("metric-patchCompliancePct")).toHaveText("No data");
    await expect(page.getByTestId("recommendations")).toContainText(`Renew the firewall licence ${stamp}`);
    // The trend chart over the published months: the demo's six earlier ones (last month's only once
    // it is published, on the 4th at 09:00 UTC, as lib/seed/demo.ts does) and this one, drawn on the
    // server as SVG (one rect per bar).
    await page.getByTestId("trend-incidents").scrollIntoViewIfNeeded();
    await expect(page.getByTestId("trend-incidents").locator("svg[data-chart=bar]")).toBeVisible();
    await expect(page.getByTestId("trend-incidents").locator("rect[data-bar]").first()).toBeVisible();
    await expect(page.getByText(`The last ${publishedMonths()} published months`, { exact: false })).toBeVisible();

    // The PDF downloads and reads as the report.
    const downloading = page.waitForEvent("download");
    await page.getByTestId("download-pdf").click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^delta-architects-\d{4}-\d{2}\.pdf$/);
    const file = await download.path();
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("%PDF-");
    const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
    expect(stdout).toContain("Northwind IT Services");
    expect(stdout).toContain(DELTA.name);
    expect(stdout).toContain(MONTH);
    expect(stdout).toContain(`E2E highlights ${stamp}`);
    expect(stdout).toMatch(/Patch compliance\s+No data/);

    // Acknowledge (once), and leave a comment.
    await page.getByTestId("acknowledge").click();
    await expect(page.getByTestId("acknowledged")).toContainText("You acknowledged this review");
    await page.reload();
    await expect(page.getByTestId("acknowledged")).toBeVisible();
    await page.getByLabel("Your comment").fill(`Thanks — what failed on the 14th? ${stamp}`);
    await page.getByTestId("post-comment").click();
    await expect(page.getByTestId("comments")).toContainText(`what failed on the 14th? ${stamp}`);
    await expect(page.getByLabel("Your comment")).toHaveValue("");

    // ── Another organization's client gets the 404 page, for the report and its PDF; nobody sees drafts.
    page = await personAt(browser, CEDAR.client);
    await page.goto(`/portal/reports/${id}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    expect((await page.request.get(`/api/reports/${id}/pdf`)).status()).toBe(404);
    await page.goto(`/portal/reports/${cedarDraftId}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    expect((await page.request.get(`/api/reports/${cedarDraftId}/pdf`)).status()).toBe(404);
    await page.goto(`/reports/${cedarDraftId}`);
    await expect(page.getByTestId("not-found")).toBeVisible();
    await page.goto("/portal");
    await expect(page.getByTestId("portal-report-link").first()).toBeVisible();
    await expect(page.getByTestId("portal-report-link").filter({ hasText: MONTH })).toHaveCount(0);

    // ── Back on the MSP side, the acknowledgement and the comment are there.
    page = alice;
    await page.goto(`/reports/${id}`);
    await expect(page.getByTestId("acknowledgements")).toContainText("Delta Architects contact");
    await expect(page.getByTestId("comments")).toContainText(`what failed on the 14th? ${stamp}`);
    await page.goto("/reports");
    await expect(row(page, DELTA.name)).toHaveAttribute("data-state", "acknowledged");
    for (const context of browser.contexts()) await context.close();
  });

  test("two people save the same draft: one wins, the other keeps what they typed and can choose to save over it", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    const alice = await personAt(browser, DEMO.manager);
    const bruno = await personAt(browser, "bruno@northwind.test");
    const id = await openReportEditor(alice, ELM);
    await bruno.goto(`/reports/${id}/edit`);
    await expect(field(bruno, "narrative.highlights")).toBeVisible();

    await field(alice, "narrative.highlights").fill(`Alice's summary ${stamp}`);
    await alice.getByTestId("save-draft").click();
    await expect(alice.getByTestId("save-state")).toContainText("Saved at");

    await field(bruno, "narrative.highlights").fill(`Bruno's summary ${stamp}`);
    await field(bruno, "narrative.risks").fill(`Bruno's risks ${stamp}`);
    await bruno.getByTestId("save-draft").click();
    await expect(bruno.getByTestId("form-error")).toContainText("Someone else saved this report after you opened it");
    await expect(bruno.getByTestId("conflict")).toBeVisible();
    await expect(field(bruno, "narrative.highlights")).toHaveValue(`Bruno's summary ${stamp}`);
    await expect(field(bruno, "narrative.risks")).toHaveValue(`Bruno's risks ${stamp}`);

    await bruno.getByTestId("take-over").click();
    await expect(bruno.getByTestId("save-state")).toContainText("Saved at");
    await bruno.goto(`/reports/${id}`);
    await expect(bruno.getByTestId("narrative-highlights")).toContainText(`Bruno's summary ${stamp}`);
    await alice.context().close();
    await bruno.context().close();
  });

  test("the report pages pass an accessibility scan (axe, WCAG 2.1 A and AA)", async ({ browser }) => {
    test.setTimeout(180_000);
    const scan = async (page: Page, what: string) => {
      const result = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(
        result.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
      ).toEqual([]);
    };
    const staff = await personAt(browser, DEMO.manager);
    await staff.goto("/reports");
    await scan(staff, "overview");
    const draft = (await row(staff, CEDAR.name).getByTestId("open-report").getAttribute("href"))!;
    await staff.goto(draft);
    await scan(staff, "editor");
    await field(staff, "metrics.incidentsOpened.value").fill("several");
    await staff.getByTestId("save-draft").click();
    await expect(staff.locator('[data-field-error="metrics.incidentsOpened.value"]')).toBeVisible();
    await expect(field(staff, "metrics.incidentsOpened.value")).toBeFocused();
    await scan(staff, "editor with errors");
    await staff.goto(draft.replace(/\/edit$/, ""));
    await staff.getByTestId("trend-incidents").scrollIntoViewIfNeeded();
    await expect(staff.getByTestId("trend-incidents").locator("svg[data-chart=bar]")).toBeVisible();
    await scan(staff, "preview");
    await staff.goto("/reports/all");
    await scan(staff, "list");
    const client = await personAt(browser, CEDAR.client);
    await client.getByTestId("trend-incidents").scrollIntoViewIfNeeded();
    await expect(client.getByTestId("trend-incidents").locator("svg[data-chart=bar]")).toBeVisible();
    await scan(client, "portal");
    await client.getByTestId("portal-report-link").first().click();
    await expect(client.getByTestId("report-view")).toBeVisible();
    await scan(client, "portal report");
    for (const context of browser.contexts()) await context.close();
  });
});
