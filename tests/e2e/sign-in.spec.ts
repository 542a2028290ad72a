import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { DEMO, signIn, signOut } from "./helpers";

test.describe("sign-in lands each role on its home", () => {
  test("the login page has a real form", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByLabel("Password")).toHaveAttribute("type", "password");
  });

  test("forgot your password: a link from the sign-in page; without mail, ask the administrator", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await expect(page).toHaveURL(/\/forgot$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forgot your password?");
    // This server has no mail server: no form that could not deliver, and no setting's name.
    await expect(page.getByTestId("forgot-ask-admin")).toHaveText(
      "Ask your administrator to send you a link to choose a new password.",
    );
    await expect(page.getByTestId("forgot-form")).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText("SMTP");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await page.getByRole("link", { name: "Back to sign in" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });

  test("wrong credentials get one generic message", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(DEMO.owner);
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("form-error")).toHaveText("The email or password is not right.");
    await page.getByLabel("Email").fill("nobody@nowhere.test");
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("form-error")).toHaveText("The email or password is not right.");
    // What was typed is still there.
    await expect(page.getByLabel("Email")).toHaveValue("nobody@nowhere.test");
  });

  test("platform admin → tenants", async ({ page }) => {
    await signIn(page, DEMO.admin);
    await expect(page).toHaveURL(/\/admin\/tenants$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tenants" })).toBeVisible();
    await signOut(page);
  });

  test("MSP owner → portfolio", async ({ page }) => {
    await signIn(page, DEMO.owner);
    await expect(page).toHaveURL(/\/portfolio$/);
    await expect(page.getByTestId("tenant-name")).toHaveText("Northwind IT Services");
    await signOut(page);
  });

  test("account manager → portfolio", async ({ page }) => {
    await signIn(page, DEMO.manager);
    await expect(page).toHaveURL(/\/portfolio$/);
    await expect(
      page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Team" }),
    ).toHaveCount(0);
    await signOut(page);
  });

  test("client → their organization's reviews", async ({ page }) => {
    await signIn(page, DEMO.client);
    await expect(page).toHaveURL(/\/portal$/);
    // Only the client's own pages: their reviews first, then the portal's other pages; no staff page.
    const links = page.getByRole("navigation", { name: "Main navigation" }).getByRole("link");
    await expect(links.first()).toHaveAttribute("href", "/portal");
    const hrefs = await links.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("href")));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(hrefs.filter((href) => !href?.startsWith("/portal"))).toEqual([]);
    await signOut(page);
  });
});
