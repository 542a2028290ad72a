import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Proposals that close the move: the account manager shares an assessment's recommendation with
 * the client, the client reads it in their words (reasons, what is covered, the cost comparison
 * with its range and assumptions) and an approver signs it; the account manager then records the
 * move, prefilled and linked, and the journey shows who decided and why.
 */
test.describe.configure({ mode: "serial" });

/** Acme Dental: a break-fix client whose latest assessment recommends more than break-fix (demo seed). */
const ORG = "Acme Dental";
const CLIENT = "client.acme-dental@northwind.test";
const note = `Proposal note ${Date.now().toString(36)}`;
let proposalUrl = "";

async function openOrg(page: Page) {
  await page.goto(`/organizations?q=${encodeURIComponent(ORG)}`);
  await page.getByTestId("org-table").getByRole("link", { name: ORG }).click();
  await expect(page.getByRole("heading", { level: 1, name: ORG })).toBeVisible();
}

test("the account manager shares a finalized assessment's recommendation as a proposal", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await openOrg(page);
  await page.getByTestId("key-facts").getByRole("link").first().click();
  await expect(page.getByTestId("assessment-proposals")).toBeVisible();
  const form = page.getByRole("form", { name: "Share with the client" });
  await form.getByLabel("Note to the client").fill(note);
  await form.getByTestId("share-proposal").click();

  await expect(page.getByRole("heading", { level: 1, name: `Proposal to ${ORG}` })).toBeVisible();
  proposalUrl = page.url();
  expect(proposalUrl).toMatch(/\/organizations\/[^/]+\/proposals\/[^/]+$/);
  await expect(page.getByTestId("proposal-status")).toHaveText("Awaiting decision");
  await expect(page.getByTestId("proposal-message")).toHaveText(note);
  await expect(page.getByTestId("proposal-lead")).toContainText("We suggest");
  await expect(page.getByTestId("proposal-costs")).toBeVisible();
  await expect(page.getByTestId("proposal-assumptions")).toContainText("Northwind");
  await expect(page.getByTestId("proposal-fingerprint")).toContainText(/[0-9a-f]{64}/);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The assessment now has an open proposal: it cannot be shared twice.
  await page.getByRole("link", { name: "Open the assessment" }).click();
  await expect(page.getByTestId("assessment-proposals")).toContainText("This assessment has an open proposal.");
  await expect(page.getByRole("form", { name: "Share with the client" })).toHaveCount(0);
});

test("the client reads the proposal in their words, with the costs, their range and where each figure comes from", async ({
  page,
}) => {
  await signIn(page, CLIENT);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Proposals" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Proposals" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByTestId("portal-proposal-link").first().click();
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: /^(Support paid as you need it|Hybrid service|Fully managed service)$/,
    }),
  ).toBeVisible();
  await expect(page.getByTestId("proposal-message")).toHaveText(note);
  await expect(page.getByTestId("proposal-reasons")).toContainText("The costs below help you compare");
  // No engine wording reaches the client.
  await expect(page.getByTestId("proposal-view")).not.toContainText("the client");
  await expect(page.getByTestId("proposal-cost-MANAGED")).toContainText(" to ");
  await expect(page.getByTestId("proposal-costs")).toContainText("Likely range");
  await expect(page.getByTestId("proposal-view")).toContainText("Figures computed on");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  const clientUrl = page.url();

  // Another organization's client gets the 404 page.
  await page.context().clearCookies();
  await signIn(page, DEMO.client);
  const response = await page.goto(clientUrl);
  expect(response?.status()).toBe(404);
});

test("a client approver signs the proposal: a name that is not theirs is refused next to the field, then the approval is recorded", async ({
  page,
}) => {
  await signIn(page, CLIENT);
  await page.goto("/portal/proposals");
  await page.getByTestId("portal-proposal-link").first().click();
  const form = page.getByRole("form", { name: "Approve or decline this proposal" });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await form.getByRole("radio", { name: /^Approve/ }).check();
  await form.getByLabel("Your full name, as your signature").fill("Somebody Else");
  await form.getByTestId("sign-decision").click();
  await expect(page.locator('[data-field-error="signatureName"]')).toContainText("Type your full name exactly");
  await expect(form.getByLabel("Your full name, as your signature")).toHaveValue("Somebody Else");
  await form.getByLabel("Your full name, as your signature").fill(`${ORG} contact`);
  await form.getByTestId("sign-decision").click();
  await expect(page.getByTestId("proposal-status")).toHaveText("Approved");
  await expect(page.getByTestId("proposal-decision")).toContainText(`Approved by ${ORG} contact`);
  await expect(page.getByTestId("proposal-decision")).toContainText(/Signed fingerprint: [0-9a-f]{64}/);
});

test("the account manager records the move prefilled from the approval; the journey shows who decided and why", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.manager);
  await openOrg(page);
  const notice = page.getByTestId("proposal-approved");
  await expect(notice).toContainText(`${ORG} contact approved the proposal`);
  await notice.getByTestId("record-proposal-move").click();
  await expect(page.getByTestId("closing-proposal")).toBeVisible();
  await expect(page.getByLabel("Reason")).toHaveValue(new RegExp(`^Approved by ${ORG} contact on `));
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.getByTestId("save-move").click();
  await expect(page.getByRole("heading", { level: 1, name: ORG })).toBeVisible();
  const decided = page.getByTestId("journey-decided-by");
  await expect(decided).toContainText(`Approved for the client by ${ORG} contact`);
  await expect(decided.getByRole("listitem").first()).toBeVisible();
  await expect(page.getByTestId("proposal-approved")).toHaveCount(0);
  await page.goto(proposalUrl);
  await expect(page.getByTestId("proposal-move")).toBeVisible();
});
