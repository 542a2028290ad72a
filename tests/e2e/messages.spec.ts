import { readdirSync, readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/**
 * Each page gives its client components only the messages they use
 * (components/i18n/client-messages.tsx). Every kind of page, as each role: it
 * renders, shows no message key in place of a text (next-intl's fallback for a
 * missing message is "namespace.key"), and logs no MISSING_MESSAGE (fixtures.ts).
 * The other files cover the states a page reaches after a click.
 */
type Catalog = { [key: string]: string | Catalog };
/** Every message's full key ("orgs.form.name"): what next-intl shows when that message is missing. */
const KEYS = new Set<string>();
const collect = (catalog: Catalog, prefix: string) => {
  for (const [key, value] of Object.entries(catalog)) {
    if (typeof value === "string") KEYS.add(`${prefix}.${key}`);
    else collect(value, `${prefix}.${key}`);
  }
};
for (const file of readdirSync("messages/en"))
  collect(JSON.parse(readFileSync(`messages/en/${file}`, "utf8")) as Catalog, file.replace(/\.json$/, ""));
const ID = "[a-z0-9]{20,}";

async function visit(page: Page, path: string, status = 200) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(status);
  await page.waitForLoadState("networkidle"); // hydrated: client components rendered in the browser too
  const text = await page.locator("body").innerText();
  const shown = (text.match(/\b[a-z]+(?:\.[A-Za-z_]+)+\b/g) ?? []).filter((word) => KEYS.has(word));
  expect(shown, `message keys shown instead of texts on ${path}`).toEqual([]);
}

/** The links on the current page whose path matches `pattern` (anchored). */
async function links(page: Page, pattern: string): Promise<string[]> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const re = new RegExp(`^${pattern}$`);
  return [...new Set(hrefs.filter((h) => re.test(h)))];
}

test("MSP staff pages", async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, DEMO.owner);
  for (const path of [
    "/portfolio",
    "/organizations",
    "/organizations/new",
    "/follow-ups",
    "/reports",
    "/reports/all",
    "/reports/new",
    "/team",
    "/settings",
    "/audit",
    "/data-export",
    "/profile",
  ]) {
    await visit(page, path);
  }

  // An organization with an assessment and a scoping call, and its pages.
  await visit(page, "/organizations");
  let org = "",
    assessment = "",
    call = "";
  for (const href of await links(page, `/organizations/${ID}`)) {
    await visit(page, href);
    assessment = (await links(page, `${href}/assessments/${ID}`))[0] ?? "";
    call = (await links(page, `${href}/calls/${ID}`))[0] ?? "";
    if (assessment && call) {
      org = href;
      break;
    }
  }
  expect(org, "a seeded organization with an assessment and a call").not.toBe("");
  for (const path of [
    `${org}/edit`,
    `${org}/move`,
    `${org}/calls/new`,
    call,
    `${call}/edit`,
    `${org}/assessments/new`,
    assessment,
  ]) {
    await visit(page, path);
  }

  // Security posture: the questionnaire (new and draft) and a finalized result.
  await visit(page, `${org}/posture/new`);
  await visit(page, "/organizations");
  const posture: { final?: string; draft?: string } = {};
  for (const href of await links(page, `/organizations/${ID}`)) {
    await visit(page, href);
    for (const link of await links(page, `${href}/posture/${ID}`)) {
      await visit(page, link);
      const isDraft = (await page.getByTestId("posture-answered").count()) > 0;
      posture[isDraft ? "draft" : "final"] ??= link;
    }
    if (posture.final && posture.draft) break;
  }
  expect(posture.final, "a finalized posture assessment").toBeTruthy();
  expect(posture.draft, "a posture assessment in progress").toBeTruthy();

  // A report that can be edited (a draft) and one that cannot (published), each the first of the
  // list filtered by its status (visiting the whole list in turn took most of the time budget).
  const firstReport = async (status: "DRAFT" | "PUBLISHED") => {
    await visit(page, `/reports/all?status=${status}`);
    const href = (await links(page, `/reports/${ID}`))[0] ?? "";
    expect(href, `a ${status} report`).not.toBe("");
    await visit(page, href);
    return { href, editable: (await page.getByTestId("edit-report").count()) > 0 };
  };
  const draft = await firstReport("DRAFT");
  expect(draft.editable, "a draft can be edited").toBe(true);
  const published = await firstReport("PUBLISHED");
  expect(published.editable, "a published report cannot").toBe(false);
  await visit(page, `${draft.href}/edit`);

  await visit(page, "/organizations/c000000000000000000000000", 404);
  await visit(page, "/no-such-page", 404);
});

test("account manager pages (their own follow-ups, with the buttons to complete them)", async ({ page }) => {
  await signIn(page, DEMO.manager);
  for (const path of ["/portfolio", "/follow-ups", "/organizations", "/reports", "/profile"]) await visit(page, path);
  await visit(page, "/follow-ups");
  await expect(page.getByTestId("mark-done").first()).toBeVisible();
});

test("client user pages", async ({ page }) => {
  await signIn(page, DEMO.client);
  await visit(page, "/portal");
  const reports = await links(page, `/portal/reports/${ID}`);
  expect(reports.length, "a published report").toBeGreaterThan(0);
  await visit(page, reports[0]!);
  await visit(page, "/profile");
});

test("platform admin pages", async ({ page }) => {
  await signIn(page, DEMO.admin);
  for (const path of ["/admin", "/admin/tenants", "/admin/tenants/new", "/profile"]) await visit(page, path);
  await visit(page, "/admin/tenants");
  const tenants = await links(page, `/admin/tenants/${ID}`);
  expect(tenants.length).toBeGreaterThan(0);
  await visit(page, tenants[0]!);
});

test("signed-out pages", async ({ page }) => {
  await visit(page, "/login");
  await visit(page, "/invite/not-a-real-token-0000000000000000000000000");
  await visit(page, "/reset/not-a-real-token-0000000000000000000000000");
});
