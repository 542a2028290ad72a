import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The portfolio's decision panels (issue 18) on the seeded demo (lib/seed/demo-decisions.ts):
 * "Approved, not yet delivered" and "Declined risks", each row with its organization, the item,
 * who decided and when, and the review it is read from; the account-manager filter applies.
 * Other journeys decide on Cedar Logistics' items, so counts are not asserted exactly: the
 * seeded rows are (Kestrel Manufacturing, Quarry Builders: Alice's; Fjord Retail: Bruno's).
 */
async function settled(page: Page) {
  const search = new URL(page.url()).search.slice(1);
  await expect(page.getByTestId("dashboard")).toHaveAttribute("data-query", search, { timeout: 30_000 });
  await expect(page.getByTestId("dashboard")).toHaveAttribute("aria-busy", "false");
}

test("the owner sees approved work not yet delivered and declined risks, each linked to its client and review", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.owner);
  await expect(page).toHaveURL(/\/portfolio$/);
  const approved = page.getByTestId("approved-pending");
  const declined = page.getByTestId("declined-risks");
  await approved.scrollIntoViewIfNeeded();
  await expect(approved.getByRole("heading", { name: "Approved, not yet delivered" })).toBeVisible();
  await expect(declined.getByRole("heading", { name: "Declined risks" })).toBeVisible();
  await expect(page.getByTestId("approved-pending-count")).toHaveText(/^\d+ approved items?$/);
  await expect(page.getByTestId("declined-risks-count")).toHaveText(/^\d+ declined items?$/);

  // Kestrel approved the SharePoint migration, in progress in its latest review.
  const kestrel = approved.getByTestId("approved-pending-item").filter({ hasText: "Kestrel Manufacturing" });
  await expect(kestrel).toContainText("Migrate file shares to SharePoint");
  await expect(kestrel).toContainText("Roadmap: In progress");
  await expect(kestrel).toContainText("Approved by Kestrel Manufacturing contact on");
  // Fjord Retail's approved SharePoint migration is delivered ("done"): not waiting; its approved MFA is.
  const fjord = approved.getByTestId("approved-pending-item").filter({ hasText: "Fjord Retail" });
  await expect(fjord).toHaveCount(1);
  await expect(fjord).toContainText("Enable multi-factor authentication");
  await expect(fjord).toContainText("Recommendation still in the latest review");

  // Quarry Builders deferred MFA, then declined it: counted once, as declined, with the note.
  const quarry = declined.getByTestId("declined-risk").filter({ hasText: "Quarry Builders" });
  await expect(quarry).toHaveCount(1);
  await expect(quarry).toContainText("Enable multi-factor authentication");
  await expect(quarry).toContainText("High priority");
  await expect(quarry).toContainText(/Declined by Quarry Builders contact on .+ \(\w+ \d{4} review\)/);
  await expect(quarry).toContainText("Site staff share their phones");
  await expect(declined.getByTestId("declined-risk").first()).toContainText("High priority");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Bruno's clients only: Fjord Retail stays, Alice's clients go.
  await page.getByLabel("Account manager").selectOption({ label: "Bruno Keller" });
  await settled(page);
  await expect(approved.getByTestId("approved-pending-item").filter({ hasText: "Fjord Retail" })).toHaveCount(1);
  await expect(approved).not.toContainText("Kestrel Manufacturing");
  await expect(declined).not.toContainText("Quarry Builders");

  // The review the row is read from, then the client's page.
  await page.getByRole("button", { name: "Reset filters" }).click();
  await settled(page);
  await quarry.getByRole("link", { name: /review$/ }).click();
  await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Quarry Builders");
  await page.goBack();
  await declined
    .getByTestId("declined-risk")
    .filter({ hasText: "Quarry Builders" })
    .getByRole("link", { name: "Quarry Builders" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Quarry Builders" })).toBeVisible();
});
