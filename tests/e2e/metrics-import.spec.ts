import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, openReportEditor, signIn } from "./helpers";

/**
 * A month's metrics from an RMM / PSA trend export (one row per month, a column per metric, the
 * last fourteen months) proposed into a draft report's editor: the preview lists the report's
 * month's figures; using them fills the fields with the source "CSV file <name>" and the as-of
 * date; nothing is saved until the author saves; a file of another month is refused.
 */
const ORG = "Lumen Studio";
/** The month `offset` months before `period` ("YYYY-MM"). */
const monthBefore = (period: string, offset: number) => {
  const d = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)) - 1 - offset, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
};
/** The as-of date of a month's figures: its last day, or today if earlier. */
const asOfFor = (period: string) => {
  const end = new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).toISOString().slice(0, 10);
  const today = new Date().toISOString().slice(0, 10);
  return end < today ? end : today;
};
/** Opened tickets of a month: a figure each month has of its own. */
const opened = (month: string) => 100 + Number(month.slice(2, 4)) * 12 + Number(month.slice(5, 7));
const trend = (months: string[]) => ({
  name: "rmm-trend.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    [
      "Month,Tickets Opened,Tickets Closed,Avg Resolution Time,Patch Compliance %,Failed Backups",
      ...months.map((m) => `${m},${opened(m)},${opened(m) - 2},3:45,97.5,1`),
    ].join("\n"),
  ),
});

test("import a month's metrics into a draft report and see them proposed in the editor", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await openReportEditor(page, ORG);
  const field = (name: string) => page.locator(`[name="${name}"]`);
  // The report's month, from the as-of date the editor proposes (the month's end, or today).
  const period = (await field("metrics.incidentsResolved.asOf").inputValue()).slice(0, 7);
  const before = await field("metrics.incidentsOpened.value").inputValue();

  await page.getByTestId("metrics-import-details").locator("summary").click();
  const upload = page.getByRole("form", { name: "Import this month’s metrics from a CSV file" });

  // A file without the report's month is refused next to the file.
  await upload.getByLabel("CSV file").setInputFiles(trend(["2001-01"]));
  await upload.getByTestId("import-check").click();
  await expect(upload).toContainText("This file is for January 2001");

  const months = Array.from({ length: 14 }, (_, i) => monthBefore(period, 13 - i));
  await upload.getByLabel("CSV file").setInputFiles(trend(months));
  await upload.getByTestId("import-check").click();
  const figures = page.getByTestId("metrics-import-figure");
  await expect(figures).toHaveCount(5);
  await expect(figures.first()).toContainText(String(opened(period)));
  await expect(page.getByTestId("import-summary")).toContainText("5 figures");

  const axe = await new AxeBuilder({ page }).include('[data-testid="metrics-import-details"]').analyze();
  expect(axe.violations).toEqual([]);

  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("Filled in with the source");
  await expect(field("metrics.incidentsOpened.value")).toHaveValue(String(opened(period)));
  await expect(field("metrics.incidentsResolved.value")).toHaveValue(String(opened(period) - 2));
  await expect(field("metrics.mttrHours.value")).toHaveValue("3.75");
  await expect(field("metrics.patchCompliancePct.value")).toHaveValue("97.5");
  await expect(field("metrics.incidentsOpened.source")).toHaveValue("CSV file rmm-trend.csv");
  await expect(field("metrics.incidentsOpened.asOf")).toHaveValue(asOfFor(period));

  // Editable, and not saved until the author saves: a reload shows the stored figures.
  await field("metrics.incidentsOpened.value").fill("7");
  await expect(field("metrics.incidentsOpened.value")).toHaveValue("7");
  page.once("dialog", (d) => void d.accept());
  await page.reload();
  await expect(field("metrics.incidentsOpened.value")).toHaveValue(before);
});
