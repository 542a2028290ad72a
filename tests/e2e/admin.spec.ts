import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { acceptInvitationAsNew, DEMO, shownLink, signIn } from "./helpers";

/**
 * Issue 8's journey, one browser context per person: the platform admin creates
 * a tenant and invites its owner (no SMTP here, so the UI shows the link); the
 * owner accepts, invites an account manager, creates a client organization
 * (the workspace pages exist) and invites a client user of it; both accept and
 * land on their homes. The admin suspends the tenant: the owner's next request
 * shows the reason, and so does signing in; reactivation restores access.
 */
test.describe.configure({ mode: "serial" });

const run = randomUUID().slice(0, 8);
const tenantName = `Harbor IT ${run}`;
const slug = `harbor-it-${run}`;
const ownerEmail = `owner.${run}@harbor.test`;
const managerEmail = `manager.${run}@harbor.test`;
const clientEmail = `client.${run}@harbor.test`;
const orgName = `Lighthouse Dental ${run}`;
const PASSWORD = "correct horse battery staple";
const reason = `Unpaid invoices since March (${run})`;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

let admin: Page;
let owner: Page;
let ownerLink: string;

test("the admin creates a tenant with a unique slug and invites its owner", async ({ browser }) => {
  admin = await newPage(browser);
  await signIn(admin, DEMO.admin);
  await expect(admin).toHaveURL(/\/admin\/tenants$/);
  await admin.getByTestId("new-tenant").click();
  await admin.getByLabel("Name", { exact: true }).fill(tenantName);
  // The slug is suggested from the name.
  await expect(admin.getByLabel("Slug")).toHaveValue(slug);
  await admin.getByLabel("Owner's email").fill("not-an-email");
  await admin.getByTestId("create-tenant").click();
  await expect(admin.locator('[data-field-error="ownerEmail"]')).toHaveText("Enter a valid email address.");
  // What was typed is still there.
  await expect(admin.getByLabel("Name", { exact: true })).toHaveValue(tenantName);

  // A taken slug is refused on the slug field.
  await admin.getByLabel("Slug").fill("northwind");
  await admin.getByLabel("Owner's email").fill(ownerEmail);
  await admin.getByTestId("create-tenant").click();
  await expect(admin.locator('[data-field-error="slug"]')).toHaveText("This slug is already used by another tenant.");

  await admin.getByLabel("Slug").fill(slug);
  await admin.getByTestId("create-tenant").click();
  await expect(admin.getByTestId("tenant-created")).toContainText(`${tenantName} was created and its owner invited.`);
  await expect(admin.getByTestId("invitation-not-emailed")).toContainText("No email was sent");
  // The platform admin runs the installation: they are told which setting is missing.
  await expect(admin.getByTestId("invitation-not-emailed")).toContainText("SMTP_URL is not set");
  ownerLink = await shownLink(admin);

  // The list finds it by search.
  await admin.goto("/admin/tenants");
  await admin.getByLabel("Name or slug").fill(run);
  await admin.getByRole("button", { name: "Search" }).click();
  await expect(admin.getByTestId("tenant-row")).toHaveCount(1);
  await expect(admin.getByTestId("tenant-row")).toContainText(tenantName);
});

test("the owner accepts, lands on the portfolio, invites a manager and a client user, who accept and land on their homes", async ({
  browser,
}) => {
  test.setTimeout(180_000); // three accounts created (password hashing) and eight pages, on a shared machine
  owner = await newPage(browser);
  await acceptInvitationAsNew(owner, ownerLink, "Olivia Owner", PASSWORD);
  await expect(owner).toHaveURL(/\/portfolio$/);
  await expect(owner.getByTestId("tenant-name")).toHaveText(tenantName);

  // The link is single use.
  const reuse = await newPage(browser);
  await reuse.goto(ownerLink);
  await expect(reuse.getByTestId("link-problem")).toHaveText(
    "This invitation has already been accepted. Sign in with your email and password.",
  );

  // An account manager.
  await owner.goto("/team");
  await owner.getByLabel("Email").fill(managerEmail);
  await owner.getByLabel("Role").selectOption("ACCOUNT_MANAGER");
  await owner.getByTestId("send-invitation").click();
  const managerLink = await shownLink(owner);
  await expect(owner.getByTestId("pending-invitation").filter({ hasText: managerEmail })).toBeVisible();

  // A client organization, through the workspace UI, then a client user of it.
  await owner.goto("/organizations/new");
  await owner.getByLabel("Name").first().fill(orgName);
  await owner.getByLabel("People").fill("14");
  await owner.getByTestId("save-organization").click();
  // Not /organizations/new itself (which the pattern would match before the save lands).
  await expect(owner).toHaveURL(/\/organizations\/(?!new$)[a-z0-9]+$/);

  await owner.goto("/team");
  await owner.getByLabel("Email").fill(clientEmail);
  await owner.getByLabel("Role").selectOption("CLIENT");
  await owner.getByTestId("send-invitation").click();
  await expect(owner.locator('[data-field-error="organizationId"]')).toHaveText("This field is required.");
  await owner.getByLabel("Organization").selectOption({ label: orgName });
  await owner.getByTestId("send-invitation").click();
  const clientLink = await shownLink(owner);

  const manager = await newPage(browser);
  await acceptInvitationAsNew(manager, managerLink, "Marco Manager", PASSWORD);
  await expect(manager).toHaveURL(/\/portfolio$/);
  await expect(manager.getByTestId("tenant-name")).toHaveText(tenantName);

  const client = await newPage(browser);
  await client.goto(clientLink);
  await expect(client.getByRole("heading", { level: 1 })).toHaveText(`Join ${tenantName} on Mainstay`);
  await expect(client.getByText(`You have been invited as a client user of ${orgName}.`)).toBeVisible();
  await acceptInvitationAsNew(client, clientLink, "Clara Client", PASSWORD);
  await expect(client).toHaveURL(/\/portal$/);

  await owner.goto("/team");
  await expect(owner.getByTestId("member")).toHaveCount(3);
  await expect(owner.getByTestId("no-pending")).toBeVisible();
});

test("the admin suspends the tenant: the owner's next request is refused with the reason; reactivating restores access", async ({
  browser,
}) => {
  await admin.goto("/admin/tenants");
  await admin.getByLabel("Name or slug").fill(slug);
  await admin.getByRole("button", { name: "Search" }).click();
  await admin.getByRole("link", { name: tenantName }).click();
  await expect(admin.getByTestId("tenant-status")).toHaveText("Active");
  await expect(admin.getByTestId("owners")).toContainText(ownerEmail);

  // A reason is required.
  await admin.getByTestId("suspend-tenant").click();
  await expect(admin.locator('[data-field-error="reason"]')).toHaveText("This field is required.");
  await admin.getByLabel("Reason").fill(reason);
  await admin.getByTestId("suspend-tenant").click();
  // It asks first, in a dialog that has the focus; cancelling changes nothing.
  const dialog = admin.getByRole("dialog", { name: `Suspend ${tenantName}?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await admin.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(admin.getByTestId("tenant-status")).toHaveText("Active");
  await admin.getByTestId("suspend-tenant").click();
  await dialog.getByRole("button", { name: "Yes, suspend" }).click();
  await expect(admin.getByTestId("tenant-status")).toHaveText("Suspended");
  await expect(admin.getByTestId("tenant-suspended")).toContainText(reason);

  // The owner, already signed in, on their very next request.
  await owner.goto("/team");
  await expect(owner).toHaveURL(/\/suspended$/);
  await expect(owner.getByTestId("suspended-reason")).toHaveText(`This organization's account is suspended: ${reason}`);

  // Signing in again says why too.
  const fresh = await newPage(browser);
  await fresh.goto("/login");
  await fresh.getByLabel("Email").fill(ownerEmail);
  await fresh.getByLabel("Password").fill(PASSWORD);
  await fresh.getByTestId("sign-in").click();
  await expect(fresh.getByTestId("form-error")).toHaveText(`Your organization's account is suspended: ${reason}`);

  // Reactivation: access and data as they were.
  await admin.getByLabel("Reason").fill("Paid in full");
  await admin.getByTestId("reactivate-tenant").click();
  await expect(admin.getByTestId("tenant-status")).toHaveText("Active");
  await owner.goto("/team");
  await expect(owner).toHaveURL(/\/team$/);
  await expect(owner.getByTestId("member")).toHaveCount(3);
  await owner.goto("/organizations");
  await expect(owner.getByText(orgName)).toBeVisible();
});
