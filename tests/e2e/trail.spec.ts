import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { acceptInvitationAsNew, DEMO, shownLink, signIn } from "./helpers";

/**
 * "Promised vs delivered" (issue 18, item 1): on an organization of its own (stamped, so the demo
 * data is left as found), the owner publishes a review two months back with a roadmap item, the
 * client's approver approves it, the owner marks it in progress in last month's review and done in
 * this month's; the portal's year view and the staff's organization page both show its dated trail
 * and the year's counts, and the staff page the client's decision in force.
 */
test.describe.configure({ mode: "serial" });
const stamp = Date.now().toString(36);
const ORG = `Trail Works ${stamp}`;
const CLIENT = { email: `robin.${stamp}@trail-works.test`, name: `Robin Trail ${stamp}`, password: "trail-e2e-pass-7" };
const ITEM = `Replace the firewall ${stamp}`;

/** "YYYY-MM", `back` months before this one (UTC). */
function month(back: number, now = new Date()): string {
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}
const monthName = (period: string) =>
  new Date(`${period}-01T00:00:00Z`).toLocaleString("en-US", { month: "long", year: "numeric", timeZone: "UTC" });
const [TWO_BACK, LAST, THIS] = [month(2), month(1), month(0)];
const YEAR = THIS.slice(0, 4);

async function personAt(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

async function axeClean(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations).toEqual([]);
}

/** The owner's month of this organization: created from the previous one, the item's status set, published. */
async function publishMonth(page: Page, orgId: string, period: string, status: "planned" | "in_progress" | "done") {
  await page.goto(`/reports/new?organizationId=${orgId}&period=${period}`);
  await page.getByTestId("create-report").click();
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  const title = page.locator('[name="roadmap.0.title"]');
  if (status === "planned") {
    await page.getByRole("button", { name: "Add a roadmap item" }).click();
    await title.fill(ITEM);
  } else {
    // The new month starts from the previous one: the same item, with its id.
    await expect(title).toHaveValue(ITEM);
  }
  await page.locator('[name="roadmap.0.status"]').selectOption(status);
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("save-state")).toContainText("Saved at");
  await page.getByTestId("save-preview").click();
  await expect(page.getByTestId("report-status")).toHaveText("Draft");
  await page.getByTestId("publish").click();
  await page.getByTestId("confirm-publish").click();
  await expect(page.getByTestId("report-status")).toHaveText("Published");
}

let owner: Page;
let client: Page;
let orgId = "";

test("the owner sets up a client of its own with an approver", async ({ browser }) => {
  test.setTimeout(180_000);
  owner = await personAt(browser);
  await signIn(owner, DEMO.owner);
  await owner.goto("/organizations/new");
  await owner.locator('[name="name"]').fill(ORG);
  await owner.locator('[name="headcount"]').fill("18");
  await owner.locator('[name="lifecycleStatus"]').selectOption("ACTIVE");
  await owner.getByTestId("save-organization").click();
  await expect(owner).toHaveURL(/\/organizations\/(?!new)[^/]+$/);
  orgId = owner.url().split("/").at(-1)!;

  await owner.goto("/team");
  await owner.getByLabel("Email").fill(CLIENT.email);
  await owner.locator('[data-testid="invite-form"] [name="role"]').selectOption("CLIENT");
  await owner.locator('[data-testid="invite-form"] [name="organizationId"]').selectOption({ label: ORG });
  await owner.getByTestId("send-invitation").click();
  const link = await shownLink(owner);
  client = await personAt(browser);
  await acceptInvitationAsNew(client, link, CLIENT.name, CLIENT.password);

  await owner.goto("/team");
  const member = owner.locator(`[data-testid="member"][data-email="${CLIENT.email}"]`);
  await member.getByRole("combobox", { name: /^Access for / }).selectOption("APPROVER");
  await member.getByTestId("save-client-access").click();
  await expect(
    owner.locator(`[data-testid="member"][data-email="${CLIENT.email}"]`).getByTestId("client-access"),
  ).toHaveText("Approver");
});

test("before anything is published, the client's year view says so", async () => {
  await client.goto("/portal");
  await client.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Roadmap" }).click();
  await expect(client).toHaveURL(/\/portal\/roadmap$/);
  await expect(client.getByRole("heading", { level: 1 })).toHaveText("Promised vs delivered");
  await expect(client.getByTestId("empty-state")).toContainText(`No review published in ${YEAR}`);
  await axeClean(client);
});

test("proposed, approved by the client, in progress, delivered: the trail and the counts on both sides", async () => {
  test.setTimeout(300_000);
  await publishMonth(owner, orgId, TWO_BACK, "planned");

  // The client's approver approves the item on that review.
  await client.goto("/portal");
  await client
    .getByTestId("portal-report-link")
    .filter({ hasText: monthName(TWO_BACK) })
    .click();
  const item = client.getByTestId("decision-item").filter({ hasText: ITEM });
  await item.getByTestId("decide").click();
  await item.getByLabel("Decision", { exact: true }).selectOption("APPROVED");
  await item.getByLabel("Your full name (signature)").fill(CLIENT.name);
  await item.getByTestId("record-decision").click();
  await expect(item.getByTestId("decision-outcome")).toHaveText("Approved");

  // Approved, not started yet: promised, not delivered.
  await client.goto("/portal/roadmap");
  let trail = client.locator('[data-testid="trail-item"]').filter({ hasText: ITEM });
  await expect(trail.getByTestId("trail-stage")).toHaveText("Approved, not started");
  await expect(client.getByTestId("trail-count-promised").getByTestId("trail-count")).toHaveText("1");
  await expect(client.getByTestId("trail-count-delivered").getByTestId("trail-count")).toHaveText("0");

  await publishMonth(owner, orgId, LAST, "in_progress");
  await publishMonth(owner, orgId, THIS, "done");

  // The client's year view: each step dated, with its source.
  await client.goto("/portal/roadmap");
  trail = client.locator('[data-testid="trail-item"]').filter({ hasText: ITEM });
  await expect(trail).toHaveAttribute("data-stage", "delivered");
  await expect(trail.getByTestId("trail-stage")).toHaveText("Delivered");
  const steps = trail.getByTestId("trail-step");
  await expect(steps).toHaveCount(4);
  expect(await steps.evaluateAll((els) => els.map((e) => e.getAttribute("data-kind")))).toEqual([
    "proposed",
    "approved",
    "in_progress",
    "delivered",
  ]);
  await expect(steps.nth(0)).toContainText(`Proposed in the ${monthName(TWO_BACK)} review`);
  await expect(steps.nth(1)).toContainText(`Approved by ${CLIENT.name}, on the ${monthName(TWO_BACK)} review`);
  await expect(steps.nth(2)).toContainText(`In progress in the ${monthName(LAST)} review`);
  await expect(steps.nth(3)).toContainText(`Delivered: marked done in the ${monthName(THIS)} review`);
  await expect(steps.nth(3).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(steps.nth(3).getByRole("link")).toHaveAttribute("href", /^\/portal\/reports\/[^/]+$/);
  const count = (key: string) => client.getByTestId(`trail-count-${key}`).getByTestId("trail-count");
  await expect(count("promised")).toHaveText("1");
  await expect(count("delivered")).toHaveText("1");
  await expect(count("in_progress")).toHaveText("0");
  await expect(count("declined")).toHaveText("0");
  await expect(count("deferred")).toHaveText("0");
  await expect(client.getByTestId("trail-count-delivered")).toContainText("1 of 1 promised");
  await expect(client.getByTestId("trail-source")).toContainText(`published in ${YEAR}`);
  // The year selector offers no future year.
  const years = await client.getByTestId("trail-years").getByRole("link").allTextContents();
  expect(years.every((y) => Number(y) <= Number(YEAR))).toBe(true);
  await expect(client.getByTestId("trail-years").getByRole("link", { name: YEAR })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await axeClean(client);

  // Staff: the organization page leads to the same trail, and to the client's decision in force.
  await owner.goto(`/organizations/${orgId}`);
  // The organization page itself lists the client's decision in force on each item of this year.
  const onOrgPage = owner.getByTestId("current-decision-row").filter({ hasText: ITEM });
  await expect(onOrgPage).toContainText("Approved");
  await expect(onOrgPage).toContainText(CLIENT.name);
  await expect(owner.getByTestId("current-decisions-trail")).toHaveAttribute("href", `/organizations/${orgId}/roadmap`);
  await axeClean(owner);
  await owner.getByTestId("org-roadmap-link").click();
  await expect(owner).toHaveURL(new RegExp(`/organizations/${orgId}/roadmap$`));
  await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Roadmap and decisions");
  const staffTrail = owner.locator('[data-testid="trail-item"]').filter({ hasText: ITEM });
  await expect(staffTrail).toHaveAttribute("data-stage", "delivered");
  await expect(staffTrail.getByTestId("trail-step")).toHaveCount(4);
  await expect(staffTrail.getByTestId("trail-step").nth(2).getByRole("link")).toHaveAttribute(
    "href",
    /^\/reports\/[^/]+$/,
  );
  await expect(owner.getByTestId("trail-count-promised").getByTestId("trail-count")).toHaveText("1");
  await expect(owner.getByTestId("trail-count-delivered").getByTestId("trail-count")).toHaveText("1");
  const row = owner.getByTestId("current-decision-row").filter({ hasText: ITEM });
  await expect(row).toContainText("Approved");
  await expect(row).toContainText(CLIENT.name);
  await expect(row.getByRole("link", { name: `${monthName(TWO_BACK)} review` })).toHaveAttribute(
    "href",
    /^\/reports\/[^/]+$/,
  );
  await axeClean(owner);

  // A year with nothing published yet, and a future year: an empty state, then a 404.
  await owner.goto(`/organizations/${orgId}/roadmap?year=${Number(YEAR) - 1}`);
  await expect(owner.getByTestId("empty-state")).toContainText(`No review published in ${Number(YEAR) - 1}`);
  const future = await owner.request.get(`/organizations/${orgId}/roadmap?year=${Number(YEAR) + 1}`);
  expect(future.status()).toBe(404);
});

test("another organization's client and another tenant's owner get 404", async ({ browser }) => {
  const other = await personAt(browser);
  await signIn(other, DEMO.otherTenantOwner);
  expect((await other.request.get(`/organizations/${orgId}/roadmap`)).status()).toBe(404);
  await other.context().close();
  const cedar = await personAt(browser);
  await signIn(cedar, DEMO.client);
  expect((await cedar.request.get(`/organizations/${orgId}/roadmap`)).status()).toBe(404);
  // Their own year view shows their organization only.
  await cedar.goto("/portal/roadmap");
  await expect(cedar.getByText(ITEM)).toHaveCount(0);
  await cedar.context().close();
  await owner.context().close();
  await client.context().close();
});
