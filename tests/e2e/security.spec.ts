import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * The proxy is a convenience; pages, actions and routes authorize on their own.
 * These requests try the known ways around a Next.js middleware/proxy and must
 * still get nothing.
 */
const PROTECTED = ["/portfolio", "/organizations", "/admin/tenants", "/portal", "/team", "/reports"];
const BYPASS_HEADERS: Record<string, string>[] = [
  { "x-middleware-subrequest": "middleware:middleware:middleware:middleware:middleware" },
  { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
  { "x-middleware-subrequest": "src/middleware:src/middleware:src/middleware:src/middleware:src/middleware" },
  { RSC: "1" },
  { RSC: "1", "Next-Router-Prefetch": "1" },
  { "Next-Router-State-Tree": "%5B%22%22%2C%7B%7D%5D", RSC: "1" },
];

test.describe("signed-out requests get nothing, whatever the headers", () => {
  for (const path of PROTECTED) {
    for (const [i, headers] of BYPASS_HEADERS.entries()) {
      test(`${path} with bypass variant ${i}`, async ({ request }) => {
        for (const url of [path, `${path}?_rsc=abc`, `${path}.rsc`]) {
          const response = await request.get(url, { headers, maxRedirects: 0 });
          expect([302, 303, 307, 308, 404]).toContain(response.status());
          const body = await response.text();
          expect(body).not.toContain("Northwind IT Services");
          expect(body).not.toContain("Cedar Logistics");
        }
      });
    }
  }
});

test("security headers on an authenticated page", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load)/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, DEMO.owner);
  const response = await page.goto("/portfolio");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["cache-control"]).toContain("no-store");
  expect(headers["x-powered-by"]).toBeUndefined();
  // The app still works under that CSP: its scripts carry the nonce, nothing is refused.
  await page.reload();
  await expect(page.getByTestId("user-name")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a client who edits the URL to another organization's report gets a real 404", async ({ browser }) => {
  // Birch & Co.s client opens one of their published reviews...
  const acme = await browser.newContext();
  const acmePage = await acme.newPage();
  await signIn(acmePage, "client.birch-co-accountants@northwind.test");
  await acmePage.getByTestId("portal-report-link").first().click();
  await expect(acmePage).toHaveURL(/\/portal\/reports\/[A-Za-z0-9_-]+$/);
  const reportPath = new URL(acmePage.url()).pathname;
  const reportId = reportPath.split("/").pop()!;
  await acme.close();

  // ...and Cedar Logistics' client, same MSP, tries the same address, the PDF, and the staff page.
  const cedar = await browser.newContext();
  const page = await cedar.newPage();
  await signIn(page, DEMO.client);
  for (const path of [reportPath, `/reports/${reportId}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByTestId("not-found")).toBeVisible();
  }
  const pdf = await page.request.get(`/api/reports/${reportId}/pdf`);
  expect(pdf.status()).toBe(404);
  await cedar.close();
});
