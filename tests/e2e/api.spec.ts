import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The REST API v1 from an owner's browser to a client's HTTP calls: create a token (a bad
 * expiry is refused next to the field), see its secret once, call the API with it (Playwright's
 * request fixture: no cookie) and get the tenant's organizations; read the reference page; revoke
 * the token and get 401. Axe on both pages.
 */
test.describe.configure({ mode: "serial" });

const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("an owner creates an API token, the API answers with it, and refuses it once revoked", async ({
  page,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.owner);
  await page.goto("/integrations/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "Integrations" })).toBeVisible();
  await expect(page.getByRole("link", { name: "API tokens" })).toBeVisible();

  const form = page.getByTestId("api-token-create-form");
  await form.getByLabel("Name").fill(`PSA sync ${unique}`);
  await form.getByLabel("Access").selectOption("READ");
  await form.getByLabel("Expires after").fill("2020-01-01");
  await form.getByTestId("add-api-token").click();
  await expect(page.locator('[data-field-error="expiresOn"]')).toHaveText("Choose today or a later day.");
  await expect(form.getByLabel("Name")).toHaveValue(`PSA sync ${unique}`);

  await form.getByLabel("Expires after").fill("");
  await form.getByTestId("add-api-token").click();
  const secretBox = page.getByTestId("api-token-secret").getByTestId("secret");
  await expect(secretBox).toHaveText(/^mst_[A-Za-z0-9_-]{43}$/);
  const secret = (await secretBox.textContent())!;
  const row = page.getByTestId("api-token").filter({ hasText: `PSA sync ${unique}` });
  await expect(row).toContainText("Read");
  await expect(row).toContainText("Active");
  await expect(row).toContainText("Not used yet");
  await expect(row).toContainText(secret.slice(0, 10));
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);

  // A client system calls the API with the token alone.
  const api = await playwright.request.newContext({ baseURL });
  const list = await api.get("/api/v1/organizations?limit=200", {
    headers: { authorization: `Bearer ${secret}` },
  });
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { data: { name: string }[]; nextCursor: string | null };
  expect(body.data.map((o) => o.name)).toContain("Cedar Logistics");
  expect(body.data.map((o) => o.name)).not.toContain("Indigo Print");
  // A read token cannot write.
  const write = await api.post("/api/v1/organizations", {
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    data: { name: `API ${unique}`, headcount: 5, sites: 1, currentModel: "BREAK_FIX", lifecycleStatus: "PROSPECT" },
  });
  expect(write.status()).toBe(403);
  expect(write.headers()["content-type"]).toBe("application/problem+json");

  await page.reload();
  await expect(page.getByTestId("api-token").filter({ hasText: `PSA sync ${unique}` })).not.toContainText(
    "Not used yet",
  );
  // The secret is not shown again.
  await expect(page.getByText(secret)).toHaveCount(0);

  await page.getByRole("link", { name: "API reference" }).first().click();
  await expect(page).toHaveURL(/\/integrations\/api-reference$/);
  await expect(page.getByRole("heading", { name: "List client organizations" })).toBeVisible();
  await expect(page.locator("#problem-rate-limited")).toContainText("429");
  const axeReference = await new AxeBuilder({ page }).analyze();
  expect(axeReference.violations).toEqual([]);
  const document = await api.get("/api/v1/openapi.json");
  expect(document.status()).toBe(200);
  expect(((await document.json()) as { openapi: string }).openapi).toBe("3.1.0");

  await page.goto("/integrations/tokens");
  const mine = page.getByTestId("api-token").filter({ hasText: `PSA sync ${unique}` });
  await mine.getByTestId("revoke-api-token").click();
  await page.getByTestId("revoke-api-token-confirm").click();
  await expect(mine).toContainText("Revoked");

  const refused = await api.get("/api/v1/organizations", { headers: { authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["www-authenticate"]).toMatch(/^Bearer/);
  await api.dispose();
});

test("an account manager has no API tokens page", async ({ page }) => {
  await signIn(page, DEMO.manager);
  const response = await page.goto("/integrations/tokens");
  expect(response?.status()).toBe(404);
});
