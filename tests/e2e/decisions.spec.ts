import { execFile } from "node:child_process";
import { promisify } from "node:util";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The decision ledger (issue 18, item 1) on the seeded demo: Cedar Logistics' contact is an
 * approver ("Cedar Logistics contact"), its reader (reader.cedar-logistics@…) reads only. The
 * approver approves one recommendation and declines the other on the latest published review,
 * signing with their name; the PDF shows both decisions; the reader gets no form.
 */
test.describe.configure({ mode: "serial" });
const run = promisify(execFile);
const APPROVER = { email: DEMO.client, name: "Cedar Logistics contact" };
const READER = "reader.cedar-logistics@northwind.test";

async function openLatestReview(page: Page): Promise<string> {
  await page.goto("/portal");
  const href = await page.locator('a[href^="/portal/reports/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  await page.goto(href!);
  await expect(page.getByTestId("decision-items")).toBeVisible();
  return href!;
}

test("an approver approves one recommendation and declines another; the PDF shows both", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, APPROVER.email);
  await openLatestReview(page);
  const items = page.getByTestId("decision-item");
  const first = items.nth(0);
  const second = items.nth(1);

  await first.getByTestId("decide").click();
  await first.getByLabel("Decision", { exact: true }).selectOption("APPROVED");
  await first.getByLabel("Your full name (signature)").fill(APPROVER.name);
  await first.getByTestId("record-decision").click();
  await expect(first.getByTestId("decision-outcome")).toHaveText("Approved");
  await expect(first.getByTestId("current-decision")).toContainText(`by ${APPROVER.name}`);

  // A wrong signature is refused next to the field, and what was typed stays.
  await second.getByTestId("decide").click();
  await second.getByLabel("Decision", { exact: true }).selectOption("DECLINED");
  await second.getByLabel("Note for your provider").fill("Not this year.");
  await second.getByLabel("Your full name (signature)").fill("Somebody Else");
  await second.getByTestId("record-decision").click();
  await expect(second.locator('[data-field-error="signature"]')).toContainText(APPROVER.name);
  await expect(second.getByLabel("Note for your provider")).toHaveValue("Not this year.");
  await second.getByLabel("Your full name (signature)").fill(APPROVER.name);
  await second.getByTestId("record-decision").click();
  await expect(second.getByTestId("decision-outcome")).toHaveText("Declined");

  // The page with an open decision form passes axe.
  await items.nth(2).getByTestId("decide").click();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  const downloading = page.waitForEvent("download");
  await page.getByTestId("download-pdf").click();
  const file = await (await downloading).path();
  const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
  const text = stdout.replace(/\s+/g, " ");
  expect(text).toContain("Decisions");
  expect(text).toContain(`Approved by ${APPROVER.name}`);
  expect(text).toContain(`Declined by ${APPROVER.name}`);
  expect(text).toMatch(/fingerprint of the item as published: [0-9a-f]{12}/);
});

test("a reader sees the decisions but cannot decide", async ({ page }) => {
  await signIn(page, READER);
  await openLatestReview(page);
  await expect(page.getByTestId("reader-note")).toContainText("only an approver of your organization can decide");
  await expect(page.getByTestId("decision-form")).toHaveCount(0);
  await expect(page.getByTestId("decision-outcome").first()).toBeVisible();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});
