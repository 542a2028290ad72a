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
