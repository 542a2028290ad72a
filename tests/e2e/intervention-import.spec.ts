import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * An owner imports a CSV export of interventions (semicolons, decimal commas, day-first dates)
 * into an organization's log: a bad row is shown with its row, column and problem and nothing
 * goes in; the fixed file is imported and its rows appear in the log; the same file again
 * changes nothing.
 */
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const category = `Wi-Fi ${unique}`;
/** "DD/MM/YYYY" of a recent day (days ago, UTC), as a European export writes it. */
const daysAgo = (n: number) => {
  const d = new Date(Date.now() - n * 86_400_000);
  return `${String(d.getUTCDate()).padStart(2, "0")}/${String(d.getUTCMonth() + 1).padStart(2, "0")}/${d.getUTCFullYear()}`;
};
const file = (firstDate: string) => ({
  name: "time-entries.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    [
      "Ticket Number;Date Worked;Hours Worked;Work Type;Billable Amount;Source;Summary",
      `E2E-${unique}-1;${firstDate};1,5;${category};;RMM alert;Access point rebooted`,
      `E2E-${unique}-2;${daysAgo(2)};2,25;${category};310,50;Phone;Guest network down`,
      `E2E-${unique}-3;${daysAgo(3)};0,5;${category};;Email;Password reset`,
    ].join("\n"),
  ),
});

test("import interventions from a CSV file, fix a bad row, re-import", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.owner);
  await page.goto("/organizations?q=Nimbus%20Travel");
  await page.getByTestId("org-table").getByRole("link", { name: "Nimbus Travel" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nimbus Travel" })).toBeVisible();

  await page.getByTestId("intervention-import-details").locator("summary").click();
  const upload = page.getByRole("form", { name: "Import from a CSV file" });
  await upload.getByLabel("Source system").fill("Autotask");
  await upload.getByLabel("CSV file").setInputFiles(file("31/02/2026"));
  await upload.getByTestId("import-check").click();

  // The recognized columns are preselected; the bad row says where and what.
  const mapping = page.getByRole("form", { name: "Columns" });
  await expect(mapping.getByLabel("Date (required)")).toHaveValue("1");
  await expect(mapping.getByLabel("Hours (required)")).toHaveValue("2");
  await expect(mapping.getByLabel("Dates such as 04/03/2026 mean")).toHaveValue("DMY");
  const problem = page.getByTestId("import-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem.locator("td")).toHaveText([
    "2",
    "Date Worked",
    "This is not a date (or not one in the order chosen above).",
  ]);
  await expect(page.getByTestId("import-commit")).toBeDisabled();
  await expect(page.getByTestId("import-summary")).toContainText("3 rows read: 2 can be imported");

  const axe = await new AxeBuilder({ page }).include('[data-testid="intervention-import"]').analyze();
  expect(axe.violations).toEqual([]);

  // Fixed file: previewed clean, imported, shown in the log.
  await upload.getByLabel("CSV file").setInputFiles(file(daysAgo(1)));
  await upload.getByTestId("import-check").click();
  await expect(page.getByTestId("import-summary")).toContainText("3 rows read: 3 can be imported, none already");
  await expect(page.getByTestId("import-problem")).toHaveCount(0);
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("3 interventions added, 0 updated, 0 unchanged");
  const orgUrl = page.url().split("?")[0]!.split("#")[0]!;
  await page.goto(`${orgUrl}?${new URLSearchParams({ category })}#interventions`);
  const rows = page.getByTestId("intervention").filter({ hasText: category });
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: "Guest network down" })).toContainText("310.50");
  await expect(rows.filter({ hasText: "Access point rebooted" })).toContainText("Detected by monitoring");
  await expect(rows.filter({ hasText: "Access point rebooted" })).toContainText(`Autotask E2E-${unique}-1`);

  // The same file again changes nothing.
  await page.getByTestId("intervention-import-details").locator("summary").click();
  await upload.getByLabel("Source system").fill("Autotask");
  await upload.getByLabel("CSV file").setInputFiles(file(daysAgo(1)));
  await upload.getByTestId("import-check").click();
  await expect(page.getByTestId("import-summary")).toContainText("3 already in the log");
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("0 interventions added, 0 updated, 3 unchanged");
  await expect(page.getByTestId("intervention").filter({ hasText: category })).toHaveCount(3);
});
