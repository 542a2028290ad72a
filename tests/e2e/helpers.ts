import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "mainstay-demo";
export const DEMO = {
  admin: "admin@mainstay.test",
  owner: "owner@northwind.test",
  manager: "alice@northwind.test",
  client: "client.cedar-logistics@northwind.test",
  otherTenantOwner: "owner@bluepeak.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByTestId("sign-in").click();
  await expect(page.getByTestId("user-name")).toBeVisible();
}

export async function signOut(page: Page) {
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/login/);
}

/** Reads the invitation or reset link the UI shows when no mail server is configured. */
export async function shownLink(page: Page): Promise<string> {
  const input = page.getByTestId("invitation-link").last();
  await expect(input).toBeVisible();
  const link = await input.inputValue();
  expect(link).toMatch(/\/(invite|reset)\/[A-Za-z0-9_-]{43}$/);
  return link;
}

/** Opens an invitation link and creates the account (new email): name, password, confirmation. */
export async function acceptInvitationAsNew(page: Page, link: string, name: string, password: string) {
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Repeat the password").fill(password);
  await page.getByTestId("accept-invitation").click();
  await expect(page.getByTestId("user-name")).toHaveText(name);
}

/** The id of a server action in this build (its manifest), to call it the way a browser does. */
export function actionId(exportedName: string): string {
  const manifest = JSON.parse(
    readFileSync(path.join(process.env.NEXT_DIST_DIR || ".next", "server", "server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName)?.[0];
  if (!id) throw new Error(`no server action named ${exportedName} in this build`);
  return id;
}

export type RawResponse = { status: number; body: string; setCookie: string[] };

/**
 * Calls a server action over a plain HTTP connection, optionally from another loopback
 * address (`from`, e.g. 127.0.0.42: Linux routes all of 127/8 to this machine) and with
 * headers a browser would never send (forged X-Forwarded-*).
 */
export function postAction(options: {
  baseURL: string;
  path: string;
  action: string;
  args: unknown[];
  from?: string;
  headers?: Record<string, string>;
}): Promise<RawResponse> {
  const base = new URL(options.baseURL);
  const body = JSON.stringify(options.args);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: "127.0.0.1",
        port: base.port,
        method: "POST",
        path: options.path,
        localAddress: options.from,
        headers: {
          Host: base.host,
          Origin: base.origin,
          "Next-Action": actionId(options.action),
          "Content-Type": "text/plain;charset=UTF-8",
          "Content-Length": Buffer.byteLength(body),
          ...options.headers,
        },
      },
      (res) => {
        let text = "";
        res.on("data", (c: Buffer) => (text += c.toString()));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: text, setCookie: res.headers["set-cookie"] ?? [] }),
        );
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** Opens an organization's report for the current month in the editor, whatever state an earlier run left it in. */
export async function openReportEditor(page: Page, org: string): Promise<string> {
  await page.goto("/reports");
  const r = page.locator(`[data-testid="overview-row"][data-org="${org}"]`);
  const state = await r.getAttribute("data-state");
  if (state === "missing") {
    await r.getByTestId("start-report").click();
  } else if (state === "published" || state === "acknowledged") {
    await r.getByTestId("open-report").click();
    await page.getByTestId("withdraw").click();
    await page.getByLabel("Reason").fill("Re-run of the end-to-end test");
    await page.getByTestId("confirm-withdraw").click();
    await expect(page.getByTestId("report-status")).toHaveText("Withdrawn");
    await page.getByTestId("edit-report").click();
  } else {
    await r.getByTestId("open-report").click();
  }
  await expect(page).toHaveURL(/\/reports\/[^/]+\/edit$/);
  return page.url().split("/").at(-2)!;
}

/** A browser of its own (its own cookies), in British English, signed in as `email`. */
export async function personAt(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(page, email);
  return page;
}

/**
 * axe (WCAG 2.0/2.1, A and AA) finds nothing on the page; `what` names it in the failure.
 * `exclude`: a part not to enter (axe never returns from inside a sandboxed, script-less frame).
 */
export async function expectAccessible(page: Page, what: string, exclude?: string) {
  const builder = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
  const result = await (exclude ? builder.exclude(exclude) : builder).analyze();
  expect(
    result.violations.map((v) => `${what}: ${v.id} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
  ).toEqual([]);
}
