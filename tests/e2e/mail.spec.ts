import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectAccessible, openReportEditor, personAt, signIn } from "./helpers";

/**
 * E-mail on the job queue (issue 18 item 3) with the MSP's brand (item 4's "a captured e-mail
 * shows them"), on Bluepeak (the brand journey's tenant; the brand is removed again at the end):
 * the owner brands the portal; the account manager publishes a client's review; the job worker
 * inside the server writes the mail, and with no mail server it is captured in the dev mailbox
 * (/dev/mailbox, MAIL_DEV_MAILBOX=1 in playwright.config.ts) with the logo and the colour; its
 * link opens the review for the client; the client turns these e-mails off on their profile and
 * the next publication is recorded as not sent, with why.
 */
const stamp = Date.now().toString(36);
const OWNER = "owner@bluepeak.test";
const MANAGER = "carol@bluepeak.test";
const NAME = `Bluepeak Mail ${stamp}`;
const TEAL = { hex: "#0f766e", rgb: "rgb(15, 118, 110)" };
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="${TEAL.hex}"/></svg>`;
// Left alone: the brand journey's client and the French-speaking one.
const SKIP = new Set(["Alder Clinic", "Indigo Print"]);

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/** Publishes (or withdraws and publishes again) this month's review of `org`; returns its id. */
async function publish(page: Page, org: string, highlights: string): Promise<string> {
  const id = await openReportEditor(page, org);
  await page.locator('[name="narrative.highlights"]').fill(highlights);
  await page.getByTestId("save-draft").click();
  await expect(page.getByTestId("save-state")).toContainText("Saved at");
  await page.getByTestId("save-preview").click();
  await expect(page).toHaveURL(new RegExp(`/reports/${id}$`));
  await page.getByTestId("publish").click();
  await page.getByTestId("confirm-publish").click();
  await expect(page.getByTestId("report-status")).toHaveText("Published");
  return id;
}

/** The mailbox's newest mail of a kind to `email` newer than `after` (ids seen before), once written. */
async function awaitMail(page: Page, email: string, seen: Set<string>, status: string) {
  const mail = page.locator('[data-testid="mailbox-mail"][data-kind="REPORT_PUBLISHED"]', {
    hasText: `To: ${email}`,
  });
  await expect(async () => {
    await page.goto("/dev/mailbox");
    const ids = await mail.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-mail-id")));
    const fresh = ids.filter((id) => id && !seen.has(id));
    expect(fresh.length).toBeGreaterThan(0);
    await expect(mail.first()).toContainText(status, { timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [1_000, 2_000] });
  return mail.first();
}

test("a published review is e-mailed to its client, branded, captured in the dev mailbox; opting out stops the next", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const owner = await personAt(browser, OWNER);
  let client: Page | null = null;
  try {
    // The owner brands the portal.
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    await form.getByLabel("Display name").fill(NAME);
    await form.getByLabel("Primary colour").fill(TEAL.hex);
    await form.getByLabel("Support e-mail").fill("help@bluepeak-mail.test");
    await form.locator('input[name="logo"]').setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(LOGO_SVG),
    });
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();

    // The mails already in the mailbox (earlier runs share the database).
    await owner.goto("/dev/mailbox");
    await expect(owner.getByRole("heading", { level: 1, name: "Dev mailbox" })).toBeVisible();
    const seen = new Set(
      await owner
        .locator('[data-testid="mailbox-mail"]')
        .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-mail-id")!)),
    );

    // The account manager publishes a client's review of this month.
    const manager = await personAt(browser, MANAGER);
    await manager.goto("/reports");
    const orgs = await manager
      .locator('[data-testid="overview-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-org")!));
    const org = orgs.find((o) => !SKIP.has(o))!;
    const clientEmail = `client.${slug(org)}@bluepeak.test`;
    const reportId = await publish(manager, org, `Mail highlights ${stamp}`);

    // The worker writes it; without a mail server it is captured.
    const mail = await awaitMail(owner, clientEmail, seen, "Captured");
    seen.add((await mail.getAttribute("data-mail-id"))!);
    await expect(mail).toContainText(`Your`);
    await expect(mail).toContainText(NAME);
    const html = owner.frameLocator('[data-testid="mailbox-html"]').first();
    await expect(html.getByText(`Mail highlights ${stamp}`)).toBeVisible();
    await expect(html.getByText(NAME, { exact: true })).toHaveCSS("color", TEAL.rgb);
    await expect(html.getByRole("link", { name: "Read the review" })).toHaveCSS("background-color", TEAL.rgb);
    const logo = html.locator("img").first();
    await expect(logo).toHaveAttribute("src", /^data:image\/png;base64,/);
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    const text = (await mail.getByTestId("mailbox-text").textContent())!;
    expect(text).toContain(`Mail highlights ${stamp}`);
    expect(text).toContain("help@bluepeak-mail.test");
    const link = text.match(/Read the review (\S+)/)![1]!;
    expect(link).toMatch(new RegExp(`/portal/reports/${reportId}$`));
    const unsubscribe = text.match(/Stop these e-mails (\S+)/)![1]!;
    await expectAccessible(owner, "dev mailbox", '[data-testid="mailbox-html"]');
    // The e-mail itself, as a mail client would show it.
    const mailPage = await owner.context().newPage();
    await mailPage.setContent((await mail.getByTestId("mailbox-html").getAttribute("srcdoc"))!);
    await expect(mailPage.getByRole("link", { name: "Read the review" })).toBeVisible();
    await expectAccessible(mailPage, "published-review e-mail");
    await mailPage.close();

    // The link opens the review for the client (after signing in).
    client = await personAt(browser, clientEmail);
    await client.goto(link);
    await expect(client).toHaveURL(new RegExp(`/portal/reports/${reportId}$`));
    await expect(client.getByText(`Mail highlights ${stamp}`)).toBeVisible();

    // The unsubscribe page answers without a session and changes nothing until confirmed.
    const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await visitor.goto(unsubscribe);
    await expect(visitor.getByRole("heading", { level: 1, name: "Stop these e-mails" })).toBeVisible();
    await expect(visitor.getByTestId("unsubscribe-confirm")).toBeVisible();
    await expectAccessible(visitor, "unsubscribe page");
    await visitor.goto(`${unsubscribe}x`);
    await expect(visitor.getByTestId("unsubscribe-invalid")).toBeVisible();
    await visitor.context().close();

    // The client turns these e-mails off on their profile.
    await client.goto("/profile");
    const prefs = client.getByTestId("mail-preferences-form");
    const box = prefs.getByRole("checkbox", { name: "A new service review is published" });
    await expect(box).toBeChecked();
    await box.uncheck();
    await client.getByTestId("save-mail-preferences").click();
    await expect(client.getByTestId("mail-preferences-saved")).toBeVisible();
    await client.reload();
    await expect(client.getByRole("checkbox", { name: "A new service review is published" })).not.toBeChecked();
    await expectAccessible(client, "client profile");

    // The next publication (withdrawn, corrected, published again) is recorded, not sent.
    await publish(manager, org, `Mail highlights corrected ${stamp}`);
    const next = await awaitMail(owner, clientEmail, seen, "Not sent");
    await expect(next.getByTestId("mailbox-reason")).toHaveText("The recipient turned these e-mails off.");
    await expect(next.getByTestId("mailbox-html")).toHaveCount(0);
    await manager.context().close();
  } finally {
    // Shared demo data: the client's e-mails back on, Bluepeak back to Mainstay's look.
    if (client) {
      await client.goto("/profile");
      const box = client.getByRole("checkbox", { name: "A new service review is published" });
      if (!(await box.isChecked())) {
        await box.check();
        await client.getByTestId("save-mail-preferences").click();
        await expect(client.getByTestId("mail-preferences-saved")).toBeVisible();
      }
    }
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    for (const label of ["Display name", "Primary colour", "Support e-mail", "Support phone"])
      await form.getByLabel(label).fill("");
    const remove = form.getByRole("checkbox", { name: "Remove the logo" });
    if ((await remove.count()) > 0) await remove.check();
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();
  }
});

test("before its scripts load, the profile's e-mail choices post (and are kept)", async ({ page }) => {
  // A page whose scripts have not loaded yet: JavaScript is on, the application's bundles are
  // blocked, so the form is sent by the browser itself, as a POST.
  await signIn(page, MANAGER);
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const digest = () => page.getByRole("checkbox", { name: "Daily digest of client activity" });
  const save = async () => {
    const posted = page.waitForRequest((r) => r.resourceType() === "document" && r.method() === "POST");
    await page.getByTestId("save-mail-preferences").click();
    await posted;
    await expect(page.getByTestId("mail-preferences-saved")).toBeVisible();
  };
  await page.goto("/profile");
  await expect(digest()).toBeChecked();
  await digest().uncheck();
  await save();
  await page.goto("/profile");
  await expect(digest()).not.toBeChecked();
  // Put back as it was (shared demo data).
  await digest().check();
  await save();
  await page.goto("/profile");
  await expect(digest()).toBeChecked();
});
