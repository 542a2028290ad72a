import type { APIRequestContext, Browser, BrowserContext } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";
import { EMAIL, PAGES, fillIds, recordIds, type Who } from "./pages";

/**
 * The HTTP status of every page for every role, against the production build. A page a
 * role may not open, and a page that does not exist, answers 404 — not the not-found view
 * with a 200. Signed-out visitors are sent to sign in.
 *
 * The expected statuses are written here by hand (this test's own oracle), not read from
 * lib/access/permissions.ts.
 */
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

test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(240_000);
  for (const who of Object.keys(EMAIL) as Who[]) contexts.set(who, await signedIn(browser, who));
  Object.assign(ids, await recordIds((who) => contexts.get(who)!));
});

test.afterAll(async () => {
  for (const context of opened) await context.close();
});

const fill = (path: string) => fillIds(path, ids);

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
