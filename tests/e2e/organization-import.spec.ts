import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * An account manager imports a company export (semicolons, French words, grouped thousands)
 * from the organizations list: a bad row is shown with its row, column and problem and nothing
 * goes in; the fixed file is imported and the organizations are listed; the same file again
 * changes nothing.
 */
const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const names = [`Alder ${unique}`, `Beech ${unique}`, `Chestnut ${unique}`];
const file = (people: string) => ({
  name: "companies.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    [
      "Company ID;Company Name;Service Model;Status;Number of Employees;Sites",
      `E2E-${unique}-1;${names[0]};Infogérance;Client;1.200;3`,
      `E2E-${unique}-2;${names[1]};Break-fix;Prospect;${people};1`,
      `E2E-${unique}-3;${names[2]};Hybride;Actif;40;2`,
    ].join("\n"),
  ),
});

test("import organizations from a CSV file, fix a bad row, re-import", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await page.goto("/organizations");
  await page.getByTestId("organization-import-details").locator("summary").click();
  const upload = page.getByRole("form", { name: "Import organizations from a CSV file" });
  await upload.getByLabel("Source system").fill("ConnectWise");
  await upload.getByLabel("CSV file").setInputFiles(file("a dozen"));
  await upload.getByTestId("import-check").click();

  // The recognized columns are preselected; the bad row says where and what.
  const mapping = page.getByRole("form", { name: "Columns" });
  await expect(mapping.getByLabel("Name (required)")).toHaveValue("1");
  await expect(mapping.getByLabel("External ID")).toHaveValue("0");
  await expect(mapping.getByLabel("People (employees or seats)")).toHaveValue("4");
  const problem = page.getByTestId("import-problem");
  await expect(problem).toHaveCount(1);
  await expect(problem.locator("td")).toHaveText([
    "3",
    "Number of Employees",
    "Write a whole number between 1 and 100,000.",
  ]);
  await expect(page.getByTestId("import-commit")).toBeDisabled();
  await expect(page.getByTestId("import-summary")).toContainText("3 rows read: 2 new organizations");

  const axe = await new AxeBuilder({ page }).include('[data-testid="organization-import-details"]').analyze();
  expect(axe.violations).toEqual([]);

  // Fixed file: previewed clean, imported, listed.
  await upload.getByLabel("CSV file").setInputFiles(file("12"));
  await upload.getByTestId("import-check").click();
  await expect(page.getByTestId("import-summary")).toContainText("3 rows read: 3 new organizations, 0 to update");
  await expect(page.getByTestId("import-problem")).toHaveCount(0);
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("3 organizations added, 0 updated, 0 unchanged");
  await page.goto(`/organizations?q=${encodeURIComponent(unique)}`);
  const table = page.getByTestId("org-table");
  for (const name of names) await expect(table.getByRole("link", { name })).toBeVisible();
  await expect(table.getByRole("row").filter({ hasText: names[0] })).toContainText("Managed services");
  await expect(table.getByRole("row").filter({ hasText: names[1] })).toContainText("Prospect");

  // The same file again changes nothing.
  await page.getByTestId("organization-import-details").locator("summary").click();
  await upload.getByLabel("Source system").fill("ConnectWise");
  await upload.getByLabel("CSV file").setInputFiles(file("12"));
  await upload.getByTestId("import-check").click();
  await expect(page.getByTestId("import-summary")).toContainText("0 to update, 3 unchanged");
  await page.getByTestId("import-commit").click();
  await expect(page.getByTestId("import-done")).toContainText("0 organizations added, 0 updated, 3 unchanged");
  await page.goto(`/organizations?q=${encodeURIComponent(unique)}`);
  await expect(page.getByTestId("org-table").getByRole("link", { name: new RegExp(unique) })).toHaveCount(3);
});
