import { expect, test, type Browser } from "@playwright/test";
import { DEMO, signIn } from "./helpers";

/**
 * Issue 20: no page response is ever kept for anyone else. Pages are rendered for each request
 * (no `use cache`, no prerendered page with data: the per-request CSP nonce alone forbids it), so
 * the same URL asked in turn by the owners of two tenants and by a second user of the first carries
 * each caller's own shell and data, and tells every cache on the way (the browser, nginx, a CDN) not
 * to store it — the HTML of a full load and the RSC payload of a client-side navigation alike.
 */
const PAGES = ["/about", "/portfolio", "/organizations"] as const;

async function as(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  const tenant = (await page.getByTestId("tenant-name").innerText()).trim();
  const user = (await page.getByTestId("user-name").innerText()).trim();
  return { context, page, tenant, user };
}

test("the same page asked in turn by two tenants and two users is each one's own, and never stored for sharing", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const callers = [
    await as(browser, DEMO.owner),
    await as(browser, DEMO.otherTenantOwner),
    await as(browser, DEMO.manager),
  ];
  // Two tenants, and two users of the first.
  expect(callers[0]!.tenant).not.toBe(callers[1]!.tenant);
  expect(callers[2]!.tenant).toBe(callers[0]!.tenant);
  expect(callers[2]!.user).not.toBe(callers[0]!.user);

  for (const path of PAGES)
    for (let round = 0; round < 2; round++)
      for (const caller of callers) {
        const others = callers.filter((c) => c.tenant !== caller.tenant);
        const response = await caller.page.goto(path);
        expect(response!.status(), `${path} as ${caller.user}`).toBe(200);
        expect(response!.headers()["cache-control"], `${path} as ${caller.user}`).toContain("no-store");
        await expect(caller.page.getByTestId("tenant-name")).toHaveText(caller.tenant);
        await expect(caller.page.getByTestId("user-name")).toHaveText(caller.user);
        const html = await response!.text();
        for (const other of others) expect(html, `${path} as ${caller.user}`).not.toContain(other.tenant);

        // The payload a client-side navigation fetches follows the same rule.
        const rsc = await caller.page.request.get(path, { headers: { RSC: "1" } });
        expect(rsc.status()).toBe(200);
        expect(rsc.headers()["content-type"]).toContain("text/x-component");
        expect(rsc.headers()["cache-control"], `${path} (RSC) as ${caller.user}`).toContain("no-store");
        const payload = await rsc.text();
        expect(payload).toContain(caller.user);
        expect(payload).toContain(caller.tenant);
        for (const other of others) expect(payload, `${path} (RSC) as ${caller.user}`).not.toContain(other.tenant);
      }
  for (const caller of callers) await caller.context.close();
});
