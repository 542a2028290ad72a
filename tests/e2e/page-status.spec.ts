import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The HTTP status of every page for every role, against the production build. A page a
 * role may not open, and a page that does not exist, answers 404 — not the not-found view
 * with a 200 streamed under a loading skeleton. Signed-out visitors are sent to sign in.
 *
 * The expected statuses are written here by hand (this test's own oracle), not read from
 * lib/access/permissions.ts.
 */
type Who = "admin" | "owner" | "manager" | "client" | "otherOwner";
const EMAIL: Record<Who, string> = {
  admin: DEMO.admin,
  owner: DEMO.owner,
  manager: DEMO.manager,
  client: DEMO.client,
  otherOwner: DEMO.otherTenantOwner,
};

/** Who gets 200; everyone else signed in gets 404. `{…}` is a Northwind record found below. */
const PAGES: [path: string, allowed: Who[]][] = [
  ["/admin", ["admin"]],
  ["/admin/tenants", ["admin"]],
  ["/admin/tenants/new", ["admin"]],
  ["/admin/tenants/{tenant}", ["admin"]],
  ["/audit", ["owner", "otherOwner"]],
  ["/data-export", ["owner", "otherOwner"]],
  ["/team", ["owner", "otherOwner"]],
  ["/settings", ["owner", "otherOwner"]],
  ["/portfolio", ["owner", "manager", "otherOwner"]],
  ["/follow-ups", ["owner", "manager", "otherOwner"]],
  ["/organizations", ["owner", "manager", "otherOwner"]],
  ["/organizations/new", ["owner", "manager", "otherOwner"]],
  ["/organizations/{org}", ["owner", "manager"]],
  ["/organizations/{org}/edit", ["owner", "manager"]],
  ["/organizations/{org}/move", ["owner", "manager"]],
  ["/organizations/{org}/calls/new", ["owner", "manager"]],
  ["/organizations/{org}/calls/{call}", ["owner", "manager"]],
  ["/organizations/{org}/calls/{call}/edit", ["owner", "manager"]],
  ["/organizations/{org}/assessments/{assessment}", ["owner", "manager"]],
  ["/reports", ["owner", "manager", "otherOwner"]],
  ["/reports/all", ["owner", "manager", "otherOwner"]],
  ["/reports/new", ["owner", "manager", "otherOwner"]],
  ["/reports/{report}", ["owner", "manager"]],
  ["/reports/{report}/edit", ["owner", "manager"]],
  ["/portal", ["client"]],
  ["/portal/reports/{report}", ["client"]],
  ["/profile", ["admin", "owner", "manager", "client", "otherOwner"]],
  // Pages that do not exist, at every level.
  ["/no-such-page", []],
  ["/admin/no-such-page", []],
  ["/admin/tenants/no-such-tenant", []],
  ["/team/no-such-page", []],
  ["/settings/no-such-page", []],
  ["/audit/no-such-page", []],
  ["/portal/no-such-page", []],
  ["/portal/reports/no-such-report", []],
  ["/portfolio/no-such-page", []],
  ["/follow-ups/no-such-page", []],
  ["/organizations/no-such-org", []],
  ["/organizations/{org}/no-such-page", []],
  ["/reports/no-such-report", []],
  ["/reports/all/no-such-page", []],
  ["/profile/no-such-page", []],
];

const ids: Record<string, string> = {};
const contexts = new Map<Who, APIRequestContext>();
const opened: BrowserContext[] = [];

async function signedIn(browser: Browser, who: Who) {
  const context = await browser.newContext();
  opened.push(context);
  const page = await context.newPage();
  await signIn(page, EMAIL[who]);
  await page.close();
  return context.request;
}

async function firstMatch(request: APIRequestContext, url: string, pattern: RegExp): Promise<string> {
  const html = await (await request.get(url)).text();
  const found = [...html.matchAll(pattern)].map((m) => m[1]!).find((id) => id !== "new");
  expect(found, `${pattern} in ${url}`).toBeTruthy();
  return found!;
}

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  for (const who of Object.keys(EMAIL) as Who[]) contexts.set(who, await signedIn(browser, who));
  const owner = contexts.get("owner")!;
  const client = contexts.get("client")!;
  ids.tenant = await firstMatch(contexts.get("admin")!, "/admin/tenants", /href="\/admin\/tenants\/([A-Za-z0-9_-]+)"/g);
  ids.report = await firstMatch(client, "/portal", /href="\/portal\/reports\/([A-Za-z0-9_-]+)"/g);
  ids.org = await firstMatch(owner, "/organizations?q=Cedar", /href="\/organizations\/([A-Za-z0-9_-]+)"/g);
  ids.call = await firstMatch(
    owner,
    `/organizations/${ids.org}`,
    new RegExp(`href="/organizations/${ids.org}/calls/([A-Za-z0-9_-]+)"`, "g"),
  );
  ids.assessment = await firstMatch(
    owner,
    `/organizations/${ids.org}`,
    new RegExp(`href="/organizations/${ids.org}/assessments/([A-Za-z0-9_-]+)"`, "g"),
  );
});

test.afterAll(async () => {
  for (const context of opened) await context.close();
});

const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, key: string) => ids[key]!);

for (const who of Object.keys(EMAIL) as Who[]) {
  test(`every page's status for ${who}`, async () => {
    test.setTimeout(180_000);
    const request = contexts.get(who)!;
    const wrong: string[] = [];
    for (const [template, allowed] of PAGES) {
      const path = fill(template);
      const response = await request.get(path, { maxRedirects: 0 });
      const expected = allowed.includes(who) ? 200 : 404;
      if (response.status() !== expected) wrong.push(`${template}: ${response.status()}, expected ${expected}`);
      // And the product's not-found view (Next.js may send it as data the page's script renders).
      else if (expected === 404 && !/data-testid(=|\\?":\\?")"?not-found/.test(await response.text()))
        wrong.push(`${template}: 404 without the not-found view`);
    }
    expect(wrong).toEqual([]);
  });
}

test("signed-out visitors are sent to sign in from every page", async ({ playwright }) => {
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const wrong: string[] = [];
  for (const [template] of PAGES) {
    const path = fill(template);
    const response = await request.get(path, { maxRedirects: 0 });
    const location = response.headers()["location"] ?? "";
    if (response.status() !== 307 || !/\/login(\?|$)/.test(location))
      wrong.push(`${template}: ${response.status()} ${location}`);
  }
  await request.dispose();
  expect(wrong).toEqual([]);
});
