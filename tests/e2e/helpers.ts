import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "mainstay-demo";
export const DEMO = {
  admin: "admin@mainstay.test",
  owner: "owner@northwind.test",
  manager: "alice@northwind.test",
  client: "client.cedar-logistics@northwind.test",
  otherTenantOwner: "owner@bluepeak.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByTestId("sign-in").click();
  await expect(page.getByTestId("user-name")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/login/);
}

/** Reads the invitation or reset link the UI shows when no mail server is configured. */
export async function shownLink(page: Page): Promise<string> {
  const input = page.getByTestId("invitation-link").last();
  await expect(input).toBeVisible();
  const link = await input.inputValue();
  expect(link).toMatch(/\/(invite|reset)\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** Opens an invitation link and creates the account (new email): name, password, confirmation. */
export async function acceptInvitationAsNew(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByTestId("accept-invitation").click();
  await expect(page.getByTestId("user-name")).toHaveText(name);
}
