import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { acceptInvitationAsNew, DEMO, shownLink, signIn } from "./helpers";

/**
 * The owner's tools in a tenant of its own (created through the admin UI, so
 * the demo accounts are never changed): team management with the last-owner
 * rule, disabling and password resets; profile; settings; the audit trail.
 */
test.describe.configure({ mode: "serial" });

const run = randomUUID().slice(0, 8);
const tenantName = `Keel IT ${run}`;
const ownerEmail = `owner.${run}@keel.test`;
const managerEmail = `manager.${run}@keel.test`;
const PASSWORD = "correct horse battery staple";
const MANAGER_RESET = "a reset manager passphrase";
const OWNER_NEW = "the owner's new passphrase";

async function newPage(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

let owner: Page;
let manager: Page;

test("setup: a tenant, its owner and an account manager, all through the UI", async ({ browser }) => {
  const admin = await newPage(browser);
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/tenants/new");
  await admin.getByLabel("Name", { exact: true }).fill(tenantName);
  await admin.getByLabel("Owner's email").fill(ownerEmail);
  await admin.getByTestId("create-tenant").click();
  const ownerLink = await shownLink(admin);
  await admin.context().close();

  owner = await newPage(browser);
  await acceptInvitationAsNew(owner, ownerLink, "Oscar Owner", PASSWORD);
  await owner.goto("/team");
  await owner.getByLabel("Email").fill(managerEmail);
  await owner.getByTestId("send-invitation").click();
  const managerLink = await shownLink(owner);
  manager = await newPage(browser);
  await acceptInvitationAsNew(manager, managerLink, "Mia Manager", PASSWORD);
  await expect(manager).toHaveURL(/\/portfolio$/);
});

test("invitations: the page tells nothing about an account elsewhere; a wrong password reads the same", async ({
  browser,
}) => {
  // One address has an account in another tenant (the demo's second MSP), the other none.
  const links: string[] = [];
  for (const email of [DEMO.otherTenantOwner, `nobody.${run}@keel.test`]) {
    await owner.goto("/team");
    await owner.getByLabel("Email").fill(email);
    await owner.getByTestId("send-invitation").click();
    links.push(await shownLink(owner));
    // An owner is told e-mail is not configured, not which setting is missing (that is for platform admins).
    const notice = owner.getByTestId("invitation-not-emailed");
    await expect(notice).toContainText("E-mail is not configured here");
    await expect(notice).not.toContainText("SMTP");
  }
  const seen: string[] = [];
  for (const link of links) {
    const visitor = await newPage(browser);
    await visitor.goto(link);
    const form = visitor.getByTestId("accept-form");
    await expect(form.getByRole("radio", { name: "No, create my account" })).toBeChecked();
    await expect(form.getByLabel("Your name")).toBeVisible();
    await form.getByRole("radio", { name: "Yes, I have an account" }).check();
    await form.getByLabel("Your current password").fill("not the password at all");
    await form.getByTestId("accept-invitation").click();
    await expect(visitor.locator('[data-field-error="password"]')).toHaveText(
      "This is not the password of a Mainstay account with this email.",
    );
    const email = await form.getByLabel("Email").inputValue();
    const text = await visitor.locator("main").innerText();
    // The same page but for the address and the minute the link expires.
    seen.push(text.replaceAll(email, "<email>").replace(/expires on [^\n]* UTC/, "expires on <when> UTC"));
    await visitor.context().close();
  }
  expect(seen[0]).toEqual(seen[1]);
});

test("team: the last owner cannot step down; disabling ends a session on the next click; a reset link sets a new password once", async ({
  browser,
}) => {
  await owner.goto("/team");
  const me = owner.getByTestId("member").filter({ hasText: ownerEmail });
  await me.getByTestId("manage-member").click();
  await me.getByLabel("Role").selectOption("ACCOUNT_MANAGER");
  await me.getByTestId("change-role").click();
  await expect(me.getByTestId("form-error")).toHaveText(
    "This is the last active owner. Make someone else an owner first.",
  );

  const mia = owner.getByTestId("member").filter({ hasText: managerEmail });
  await mia.getByTestId("manage-member").click();
  await mia.getByTestId("disable-user").click();
  await mia.getByTestId("disable-user-confirm").click();
  await expect(mia.getByTestId("member-disabled")).toBeVisible();

  await manager.goto("/portfolio");
  await expect(manager).toHaveURL(/\/login\?ended=1$/);
  await expect(manager.getByText("Your session has ended. Please sign in again.")).toBeVisible();

  // The panel stays open across the refresh.
  await mia.getByTestId("enable-user").click();
  await expect(mia.getByTestId("member-disabled")).toHaveCount(0);

  await mia.getByTestId("reset-password").click();
  await expect(mia.getByTestId("invitation-not-emailed")).toContainText("it lets them choose a new password");
  const resetLink = await shownLink(owner);

  const reset = await newPage(browser);
  await reset.goto(resetLink);
  await expect(reset.getByRole("heading", { level: 1 })).toHaveText("Choose a new password");
  await reset.getByLabel("New password", { exact: true }).fill("too short");
  await reset.getByLabel("Repeat the new password").fill("too short");
  await reset.getByTestId("set-password").click();
  await expect(reset.locator('[data-field-error="password"]')).toHaveText("Use at least 12 characters.");
  await reset.getByLabel("New password", { exact: true }).fill(MANAGER_RESET);
  await reset.getByLabel("Repeat the new password").fill(MANAGER_RESET);
  await reset.getByTestId("set-password").click();
  await expect(reset).toHaveURL(/\/portfolio$/);
  await expect(reset.getByTestId("user-name")).toHaveText("Mia Manager");

  const again = await newPage(browser);
  await again.goto(resetLink);
  await expect(again.getByTestId("link-problem")).toContainText("already been used");
  await again.goto(`${resetLink.slice(0, -1)}${resetLink.endsWith("A") ? "B" : "A"}`);
  await expect(again.getByTestId("link-problem")).toContainText("is not valid");
  manager = reset;
});

test("profile: a new name shows everywhere; a new password ends the other sessions and keeps this one", async ({
  browser,
}) => {
  const elsewhere = await newPage(browser);
  await signIn(elsewhere, ownerEmail, PASSWORD);

  await owner.goto("/profile");
  await owner.getByLabel("Name").fill("Oscar O. Owner");
  await owner.getByTestId("save-name").click();
  await expect(owner.getByText("Your name was saved.")).toBeVisible();
  await expect(owner.getByTestId("user-name")).toHaveText("Oscar O. Owner");

  await owner.getByLabel("Current password").fill("not my password");
  await owner.getByLabel("New password", { exact: true }).fill(OWNER_NEW);
  await owner.getByLabel("Repeat the new password").fill(OWNER_NEW);
  await owner.getByTestId("change-password").click();
  await expect(owner.locator('[data-field-error="currentPassword"]')).toHaveText("This is not your current password.");
  await expect(owner.getByLabel("New password", { exact: true })).toHaveValue(OWNER_NEW);
  await owner.getByLabel("Current password").fill(PASSWORD);
  await owner.getByTestId("change-password").click();
  await expect(owner.getByTestId("password-changed")).toBeVisible();

  // This browser is still signed in; the other one is not.
  await owner.goto("/team");
  await expect(owner).toHaveURL(/\/team$/);
  await elsewhere.goto("/team");
  await expect(elsewhere).toHaveURL(/\/login\?ended=1$/);
  await signIn(elsewhere, ownerEmail, OWNER_NEW);
});

test("settings: errors show next to the fields and keep what was typed; saved values stay", async () => {
  await owner.goto("/settings");
  await owner.getByLabel("Currency").selectOption("USD");
  await expect(owner.getByLabel("Hourly rate (USD per hour)")).toBeVisible();
  await owner.getByLabel("Hourly rate (USD per hour)").fill("-5");
  await owner.getByLabel("Horizon (months)").fill("500");
  await owner.getByTestId("save-settings").click();
  await expect(owner.locator('[data-field-error="hourlyRate"]')).toHaveText("Must be at least 0.");
  await expect(owner.locator('[data-field-error="horizonMonths"]')).toHaveText("Must be at most 120.");
  await expect(owner.getByLabel("Hourly rate (USD per hour)")).toHaveValue("-5");

  await owner.getByLabel("Hourly rate (USD per hour)").fill("135");
  await owner.getByLabel("Horizon (months)").fill("48");
  await owner.getByTestId("save-settings").click();
  await expect(owner.getByTestId("settings-saved")).toBeVisible();
  await owner.reload();
  await expect(owner.getByLabel("Hourly rate (USD per hour)")).toHaveValue("135");
  await expect(owner.getByLabel("Horizon (months)")).toHaveValue("48");
});

test("audit: the owner reads what happened and filters it; an account manager gets a 404", async () => {
  await owner.goto("/audit");
  await expect(owner.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  for (const action of [
    "tenant.create",
    "invitation.accept",
    "team.disableUser",
    "team.resetPassword",
    "password.reset",
    "profile.changePassword",
    "settings.update",
  ]) {
    await expect(owner.locator(`[data-testid="audit-row"][data-action="${action}"]`).first()).toBeVisible();
  }
  await owner.getByLabel("Action").selectOption("settings.update");
  await owner.getByRole("button", { name: "Filter" }).click();
  await expect(owner).toHaveURL(/action=settings\.update/);
  await expect(owner.getByTestId("audit-row")).toHaveCount(1);
  await expect(owner.getByTestId("audit-row")).toContainText("Oscar O. Owner");

  await manager.goto("/audit");
  await expect(manager.getByTestId("not-found")).toBeVisible();
  await expect(
    manager.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Audit trail" }),
  ).toHaveCount(0);
});
