import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The owner's webhooks: add an endpoint (a bad address is refused next to the field and what
 * was typed stays), see the signing secret once, open the endpoint with its (empty) delivery
 * log, rotate the secret, pause it, delete it. Managers do not see Integrations.
 */
test.describe.configure({ mode: "serial" });

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const url = `https://hooks.example.com/mainstay/${unique}`;

test("an owner adds a webhook endpoint, sees its secret once, rotates it, pauses and deletes it", async ({ page }) => {
  await signIn(page, DEMO.owner);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Integrations" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await expect(page).toHaveURL(/\/integrations\/webhooks$/);

  const form = page.getByTestId("webhook-create-form");
  await form.getByLabel("Endpoint URL").fill("ftp://example.com/hook");
  await form.getByLabel("Description").fill(`CRM ${unique}`);
  await form.getByLabel("Report published").check();
  await form.getByTestId("add-webhook").click();
  await expect(page.locator('[data-field-error="url"]')).toHaveText("Enter an http:// or https:// address.");
  await expect(form.getByLabel("Description")).toHaveValue(`CRM ${unique}`);
  await expect(form.getByLabel("Report published")).toBeChecked();

  await form.getByLabel("Endpoint URL").fill(url);
  await form.getByTestId("add-webhook").click();
  const secret = page.getByTestId("webhook-secret").getByTestId("secret");
  await expect(secret).toHaveText(/^whsec_[A-Za-z0-9+/]{32}$/);
  const first = await secret.textContent();
  const row = page.getByTestId("webhook-endpoint").filter({ hasText: url });
  await expect(row).toContainText("Report published");
  await expect(row).toContainText("Active");
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  await row.getByRole("link", { name: url }).click();
  await expect(page.getByText(`Secret starting ${first!.slice(0, 10)}…`)).toBeVisible();
  await expect(page.getByText("Nothing delivered yet")).toBeVisible();
  // The secret is not on the page any more.
  await expect(page.getByText(first!)).toHaveCount(0);

  await page.getByTestId("rotate-secret").click();
  await page.getByTestId("rotate-secret-confirm").click();
  const rotated = page.getByTestId("rotated-secret").getByTestId("secret");
  await expect(rotated).toHaveText(/^whsec_/);
  expect(await rotated.textContent()).not.toBe(first);

  const settings = page.getByTestId("webhook-settings-form");
  await settings.getByLabel("Send events to this endpoint").uncheck();
  await settings.getByTestId("save-webhook").click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByText("Paused", { exact: true })).toBeVisible();
  const axeDetail = await new AxeBuilder({ page }).analyze();
  expect(axeDetail.violations).toEqual([]);

  await page.getByTestId("delete-webhook").click();
  await page.getByTestId("delete-webhook-confirm").click();
  await expect(page).toHaveURL(/\/integrations\/webhooks$/);
  await expect(page.getByTestId("webhook-endpoint").filter({ hasText: url })).toHaveCount(0);
});

test("an account manager has no Integrations and gets 404 on its pages", async ({ page }) => {
  await signIn(page, DEMO.manager);
  await expect(
    page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Integrations" }),
  ).toHaveCount(0);
  const response = await page.goto("/integrations/webhooks");
  expect(response?.status()).toBe(404);
});
