import { randomUUID } from "node:crypto";
import type { APIRequestContext, Browser, BrowserContext, Page, Request } from "@playwright/test";
import { SEARCH_FORMS } from "../support/search-forms";
import { expect, test } from "./fixtures";
import { DEMO, shownLink, signIn } from "./helpers";
import { EMAIL, PAGES, fillIds, recordIds, type Who } from "./pages";

/**
 * Issue 22: no form is ever sent by GET except the listed search and filter forms, and the
 * forms that matter work before (or without) JavaScript: a form sent before its script runs
 * must never put a password in a URL.
 */
test.describe.configure({ mode: "serial" });

const run = randomUUID().slice(0, 8);
const PASSWORD = "a long passphrase without script";

/** Every request a page makes, to show that no URL carries a secret and nothing was sent by GET. */
function recordRequests(page: Page): Request[] {
  const seen: Request[] = [];
  page.on("request", (r) => seen.push(r));
  return seen;
}

test.describe("with JavaScript disabled", () => {
  test.use({ javaScriptEnabled: false });

  let ownerEmail: string;

  test("an invitation is accepted without JavaScript: the account is created and signed in", async ({
    browser,
    page,
  }) => {
    test.setTimeout(180_000);
    // The platform admin creates a tenant of its own (with JavaScript), so the demo data stays as it is.
    ownerEmail = `owner.${run}@nojs.test`;
    const adminContext = await browser.newContext({ javaScriptEnabled: true });
    const admin = await adminContext.newPage();
    await signIn(admin, DEMO.admin);
    await admin.goto("/admin/tenants/new");
    await admin.getByLabel("Name", { exact: true }).fill(`No Script IT ${run}`);
    await admin.getByLabel("Owner's email").fill(ownerEmail);
    await admin.getByTestId("create-tenant").click();
    const link = await shownLink(admin);
    await adminContext.close();

    const requests = recordRequests(page);
    await page.goto(link);
    const form = page.getByTestId("accept-form");
    // A refused submit keeps what was typed (not the passwords) and says what is wrong, next to the field.
    await form.getByLabel("Your name").fill("Nora No-Script");
    await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form.getByLabel("Repeat the password").fill("not the same passphrase");
    await form.getByTestId("accept-invitation").click();
    await expect(page.locator('[data-field-error="passwordConfirm"]')).toBeVisible();
    await expect(form.getByLabel("Your name")).toHaveValue("Nora No-Script");
    await expect(form.getByLabel("Password", { exact: true })).toHaveValue("");

    await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
    await form.getByLabel("Repeat the password").fill(PASSWORD);
    await form.getByTestId("accept-invitation").click();
    await expect(page.getByTestId("user-name")).toHaveText("Nora No-Script");
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), "not%20the%20same", "not+the+same"]) {
      expect(requests.map((r) => r.url()).filter((u) => u.includes(secret))).toEqual([]);
    }
    expect(requests.filter((r) => r.resourceType() === "document" && r.method() === "POST").length).toBe(2);
    expect(requests.map((r) => r.url()).filter((u) => /password/i.test(new URL(u).search))).toEqual([]);
  });

  test("sign-in works without JavaScript; a wrong password keeps the email; no URL ever carries the password", async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await page.goto("/login");
    await page.getByLabel("Email").fill(ownerEmail);
    await page.getByLabel("Password").fill("not-my-password");
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("form-error")).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue(ownerEmail);
    await expect(page.getByLabel("Password")).toHaveValue("");

    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("user-name")).toHaveText("Nora No-Script");
    const posts = requests.filter((r) => r.resourceType() === "document" && r.method() === "POST");
    expect(posts.map((r) => new URL(r.url()).pathname)).toEqual(["/login", "/login"]);
    for (const secret of ["not-my-password", PASSWORD, encodeURIComponent(PASSWORD)]) {
      expect(requests.map((r) => r.url()).filter((u) => u.includes(secret))).toEqual([]);
    }
    expect(requests.filter((r) => r.method() === "GET" && /[?&](email|password)=/.test(r.url()))).toEqual([]);
  });

  test("create an organization and log a call without JavaScript; a refused one keeps what was typed", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const requests = recordRequests(page);
    await page.goto("/login");
    await page.getByLabel("Email").fill(ownerEmail);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("user-name")).toBeVisible();

    await page.goto("/organizations/new");
    const org = page.getByRole("form", { name: "New organization" });
    await org.getByLabel("Name", { exact: true }).fill(`Quiet Harbour ${run}`);
    await org.getByLabel("People").fill("many");
    await org.getByTestId("save-organization").click();
    await expect(page.locator('[data-field-error="headcount"]')).toBeVisible();
    await expect(org.getByLabel("Name", { exact: true })).toHaveValue(`Quiet Harbour ${run}`);
    await org.getByLabel("People").fill("24");
    await org.getByTestId("save-organization").click();
    await expect(page).toHaveURL(/\/organizations\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Quiet Harbour ${run}`);

    await page.goto(`${new URL(page.url()).pathname}/calls/new`);
    const call = page.getByRole("form", { name: "Log a scoping call" });
    await call.getByLabel("Attendees").fill("Director, IT lead");
    await call.getByLabel("Summary").fill(`Call logged without script ${run}`);
    await call.getByLabel("Needs found").fill("Backups that work");
    await call.getByLabel("Next steps").fill("Send a proposal");
    await call.getByTestId("save-call").click();
    await expect(page).toHaveURL(/\/calls\/[A-Za-z0-9_-]+$/);
    await expect(page.getByText(`Call logged without script ${run}`)).toBeVisible();

    // Nothing was sent by GET with the forms' fields.
    expect(
      requests.filter((r) => r.method() === "GET" && /[?&](name|headcount|summary|attendees)=/.test(r.url())),
    ).toEqual([]);
  });

  test("a form that needs JavaScript cannot be sent, and says so", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(ownerEmail);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByTestId("sign-in").click();
    await expect(page.getByTestId("user-name")).toBeVisible();
    await page.goto("/profile");
    const requests = recordRequests(page);
    const save = page.getByTestId("save-name");
    await expect(save).toBeDisabled();
    await expect(save).toHaveAccessibleDescription(/once the page has finished loading/);
    // Shown by a browser with JavaScript off (Playwright's switch does not render <noscript>, so read it).
    expect((await page.locator("noscript").allTextContents()).join(" ")).toContain("check that JavaScript is enabled");
    await page.getByLabel("Name", { exact: true }).press("Enter");
    await page.waitForTimeout(500);
    expect(requests.filter((r) => r.resourceType() === "document")).toEqual([]);
  });
});

test("before its scripts load, the team page's access form posts: the owner makes a client a reader, then an approver", async ({
  page,
}) => {
  // A page whose scripts have not loaded yet: JavaScript is on, the application's bundles are
  // blocked, so the form is sent by the browser itself, as a POST.
  const contact = "client.birch-co-accountants@northwind.test";
  await signIn(page, DEMO.owner);
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const requests = recordRequests(page);
  const level = async (access: "READER" | "APPROVER", shown: string) => {
    await page.goto("/team");
    const member = page.locator(`[data-testid="member"][data-email="${contact}"]`);
    await member.getByRole("combobox", { name: /^Access for / }).selectOption(access);
    await member.getByTestId("save-client-access").click();
    await expect(page).toHaveURL(/\/team$/);
    await expect(
      page.locator(`[data-testid="member"][data-email="${contact}"]`).getByTestId("client-access"),
    ).toHaveText(shown);
  };
  // A demo client contact (an approver), put back as it was.
  await level("READER", "Reader");
  await level("APPROVER", "Approver");
  expect(requests.filter((r) => r.resourceType() === "document" && r.method() === "POST").length).toBe(2);
});

test("a URL carrying a password or a token is answered with a 303 to the same address without them", async ({
  request,
  page,
}) => {
  const response = await request.get("/login?email=a%40b.test&password=hunter2-secret&next=%2Fteam&token=abc", {
    maxRedirects: 0,
  });
  expect(response.status()).toBe(303);
  expect(new URL(response.headers()["location"]!, "http://x").pathname).toBe("/login");
  expect(new URL(response.headers()["location"]!, "http://x").search).toBe("?email=a%40b.test&next=%2Fteam");
  expect(await response.text()).not.toContain("hunter2");

  await page.goto("/login?email=a%40b.test&password=hunter2-secret");
  await expect(page).toHaveURL(/\/login\?email=a%40b\.test$/);
  expect(await page.content()).not.toContain("hunter2");
});

/** The opening tag of every <form> of an HTML page. */
const formTags = (html: string) => [...html.matchAll(/<form\b[^>]*>/gi)].map((m) => m[0]);

/** What is wrong with one form tag, or null: POST, or GET only as a listed search form. */
function wrongForm(tag: string): string | null {
  const method = /\smethod="([a-z]+)"/i.exec(tag)?.[1]?.toLowerCase() ?? "get";
  if (method === "post") return null;
  const search = /\sdata-search-form="([a-z-]+)"/.exec(tag)?.[1];
  if (search && (SEARCH_FORMS as readonly string[]).includes(search)) return null;
  return `${method.toUpperCase()} form not listed as a search form: ${tag.slice(0, 160)}`;
}

test.describe("every form on every page of every role", () => {
  const contexts = new Map<Who, APIRequestContext>();
  const opened: BrowserContext[] = [];
  let ids: Record<string, string> = {};
  const searchSeen = new Set<string>();
  let formsSeen = 0;

  async function signedIn(browser: Browser, who: Who) {
    const context = await browser.newContext();
    opened.push(context);
    const page = await context.newPage();
    await signIn(page, EMAIL[who]);
    await page.close();
    return context.request;
  }

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    for (const who of Object.keys(EMAIL) as Who[]) contexts.set(who, await signedIn(browser, who));
    ids = await recordIds((who) => contexts.get(who)!);
  });

  test.afterAll(async () => {
    for (const context of opened) await context.close();
  });

  test("signed out: the sign-in (and forgot-password) forms post", async ({ request }) => {
    const wrong: string[] = [];
    for (const path of ["/login", "/forgot"]) {
      const tags = formTags(await (await request.get(path)).text());
      // "/forgot" shows a form only where mail is configured.
      if (path === "/login") expect(tags.length, path).toBeGreaterThan(0);
      for (const tag of tags) {
        const problem = wrongForm(tag);
        if (problem) wrong.push(`${path}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  for (const who of Object.keys(EMAIL) as Who[]) {
    test(`${who}: every form posts or is a listed search form`, async () => {
      test.setTimeout(180_000);
      const request = contexts.get(who)!;
      const wrong: string[] = [];
      for (const [template, allowed] of PAGES) {
        if (!allowed.includes(who)) continue;
        const path = fillIds(template, ids);
        const response = await request.get(path);
        expect(response.status(), path).toBe(200);
        for (const tag of formTags(await response.text())) {
          formsSeen++;
          const problem = wrongForm(tag);
          if (problem) wrong.push(`${template}: ${problem}`);
          const search = /\sdata-search-form="([a-z-]+)"/.exec(tag)?.[1];
          if (search) searchSeen.add(search);
        }
      }
      expect(wrong).toEqual([]);
    });
  }

  test("the walk saw forms, the organization, tenant and audit filters among them", () => {
    expect(formsSeen).toBeGreaterThan(20);
    for (const name of ["organizations", "tenants", "audit"]) expect([...searchSeen]).toContain(name);
  });
});
