import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, expectAccessible, signIn } from "./helpers";

/**
 * French (issue 19): a client user chooses French in their profile; the portal, a published
 * review, its PDF and the acknowledgement are then in French, and the choice follows them to
 * another browser whose language is English. The pages pass axe in both languages.
 */
const run = promisify(execFile);
const FRENCH_MONTHS = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre";

/** A browser whose language is English (Accept-Language), signed in as `email`. */
async function englishBrowser(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(page, email);
  return page;
}

const slug = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

test("a client reads Mainstay in French: portal, review, PDF and acknowledgement; the choice follows them", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // A client organization with published reviews that the other journeys do not use.
  const staff = await englishBrowser(browser, DEMO.manager);
  await staff.goto("/reports");
  const names = await staff
    .locator('[data-testid="overview-row"][data-state="draft"], [data-testid="overview-row"][data-state="missing"]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-org") ?? ""));
  // Not the demo's French-speaking clients (Iris Opticians, Indigo Print): this client starts in English.
  const name = names.find((n) => n && !/^(Cedar|Delta|Iris|Indigo)/.test(n));
  expect(name, "an active hybrid or managed client").toBeTruthy();
  await staff.context().close();
  const email = `client.${slug(name!)}@northwind.test`;

  const page = await englishBrowser(browser, email);
  try {
    await page.goto("/profile");
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await expectAccessible(page, "profile (English)");
    const form = page.getByTestId("language-form");
    await form.getByLabel("Language").selectOption("fr");
    await page.getByTestId("save-language").click();
    await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(form.getByLabel("Langue")).toHaveValue("fr");
    await expectAccessible(page, "profile (French)");

    await page.goto("/portal");
    await expect(page.getByRole("heading", { level: 1, name: "Revues de service" })).toBeVisible();
    await expect(page.getByTestId("portal-report-link").first()).toContainText(new RegExp(`(${FRENCH_MONTHS}) \\d{4}`));
    await expectAccessible(page, "portal (French)");

    await page.getByTestId("portal-report-link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      new RegExp(`^Revue de service · (${FRENCH_MONTHS}) \\d{4}$`),
    );
    await expect(page.getByRole("heading", { name: "Indicateurs de service" })).toBeVisible();
    await expectAccessible(page, "review (French)");

    // The PDF, in French, with its typography intact (no stray glyph for the narrow no-break space).
    const downloading = page.waitForEvent("download");
    await page.getByTestId("download-pdf").click();
    const file = await (await downloading).path();
    const { stdout } = await run("pdftotext", ["-layout", file, "-"]);
    expect(stdout).toContain("Revue de service mensuelle");
    expect(stdout).toContain("Indicateurs de service");
    expect(stdout).toMatch(new RegExp(`Publié le \\d{1,2} (${FRENCH_MONTHS}) \\d{4}`));
    expect(stdout).not.toContain("Service review");
    expect(stdout).not.toMatch(/\/[;:?!]/);
    expect((await readFile(file)).subarray(0, 5).toString()).toBe("%PDF-");

    await page.getByTestId("acknowledge").click();
    await expect(page.getByTestId("acknowledged")).toContainText("Vous avez confirmé la lecture de cette revue le");

    // Another browser, in English: once signed in, Mainstay speaks French to this person.
    const elsewhere = await englishBrowser(browser, email);
    await expect(elsewhere.getByRole("heading", { level: 1, name: "Revues de service" })).toBeVisible();
    await expect(elsewhere.locator("html")).toHaveAttribute("lang", "fr");
    await elsewhere.context().close();
  } finally {
    // Leave the demo client as it was found: English.
    await page.goto("/profile");
    await page.getByTestId("language-form").locator("select").selectOption("en");
    await page.getByTestId("save-language").click();
    await expect(page.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await page.context().close();
  }
});

test("a French-speaking client: its reviews are in French for everyone, the account manager's pages stay in English", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const FRENCH_CLIENT = "Iris Opticians"; // the demo's French-speaking client of Northwind (lib/seed/demo.ts)

  // The account manager reads Mainstay in English; the review's body is in the client's language.
  const staff = await englishBrowser(browser, DEMO.manager);
  try {
    await staff.goto("/reports");
    const row = staff.locator(`[data-testid="overview-row"][data-org="${FRENCH_CLIENT}"]`);
    const orgHref = await row.getByRole("link", { name: FRENCH_CLIENT, exact: true }).getAttribute("href");
    const href = await row.getByTestId("open-report").getAttribute("href");
    const id = /\/reports\/([^/]+)/.exec(href ?? "")?.[1];
    expect(id, "a review of the French-speaking client").toBeTruthy();
    await staff.goto(`/reports/${id}`);
    await expect(staff.locator("html")).toHaveAttribute("lang", "en");
    await expect(staff.getByTestId("edit-report")).toHaveText("Edit");
    const view = staff.getByTestId("report-view");
    await expect(view).toHaveAttribute("lang", "fr");
    await expect(view.getByRole("heading", { name: "Indicateurs de service" })).toBeVisible();
    await expect(view.getByRole("heading", { name: "Synthèse" })).toBeVisible();
    await expect(view).not.toContainText("Service metrics");
    await expectAccessible(staff, "a French review in an English page");

    // The organization says so, and its form is where the language is chosen.
    await staff.goto(orgHref!);
    await expect(staff.getByTestId("report-locale")).toHaveText("Reviews in French");
    await staff.goto(`${orgHref}/edit`);
    await expect(staff.getByLabel("Report language")).toHaveValue("fr");
    await expectAccessible(staff, "organization form (English)");
  } finally {
    await staff.context().close();
  }

  // Its contact reads Mainstay in French from the first sign-in, in an English browser too.
  const client = await englishBrowser(browser, `client.iris-opticians@northwind.test`);
  try {
    await expect(client.getByRole("heading", { level: 1, name: "Revues de service" })).toBeVisible();
    await client.getByTestId("portal-report-link").first().click();
    await expect(client.getByTestId("report-view")).toHaveAttribute("lang", "fr");
    // The account manager's own words are French too (the demo's highlights vary by month; its recommendations do not).
    await expect(client.getByTestId("report-view")).toContainText("Activer l’authentification multifacteur");
    const downloading = client.waitForEvent("download");
    await client.getByTestId("download-pdf").click();
    const { stdout } = await run("pdftotext", ["-layout", await (await downloading).path(), "-"]);
    expect(stdout).toContain("Revue de service mensuelle");
    expect(stdout).toContain("Inclus dans le contrat");
  } finally {
    await client.context().close();
  }
});

test("an account manager who reads Mainstay in French: the security-posture pages, their export and errors in French, axe-clean", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // Bluepeak's account manager (no other journey signs in as them); Indigo Print, Bluepeak's French-speaking
  // client, has two finalized posture assessments in the demo (lib/seed/demo-posture.ts: a hybrid client).
  const page = await englishBrowser(browser, "carol@bluepeak.test");
  try {
    await page.goto("/profile");
    await page.getByTestId("language-form").getByLabel("Language").selectOption("fr");
    await page.getByTestId("save-language").click();
    await expect(page.getByRole("heading", { level: 1, name: "Profil" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    // The browser has stored the language cookie the save set before the next page load asks for it.
    await expect
      .poll(async () => (await page.context().cookies()).find((c) => c.name === "mainstay_locale")?.value)
      .toBe("fr");

    await page.goto("/organizations?q=Indigo");
    await page.getByTestId("org-table").getByRole("link", { name: "Indigo Print" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(page.getByTestId("org-posture")).toContainText("Évaluations précédentes");
    await expectAccessible(page, "organization page with posture (French)");

    // The latest result: scores per function, before and after, the chart, the weakest items.
    await page.getByTestId("org-posture-latest").click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      new RegExp(`^Posture de sécurité au \\d{1,2} (${FRENCH_MONTHS}) \\d{4}$`),
    );
    await expect(page.getByRole("heading", { name: "Score par fonction" })).toBeVisible();
    await expect(page.getByTestId("posture-scores")).toContainText("Gouverner (GV)");
    await expect(page.getByTestId("posture-scores")).toContainText("Avant (");
    await expect(page.getByTestId("score-GV-value")).toHaveText(/^\d+ \/ 100$/);
    await expect(page.getByTestId("posture-chart").locator("rect[data-bar]").first()).toBeVisible();
    await expect(page.getByTestId("posture-weakest").locator("tbody tr").first()).toBeVisible();
    await expectAccessible(page, "posture result with comparison (French)");

    // The CSV export speaks the reader's language too.
    const csv = await page.request.get((await page.getByTestId("export-csv").getAttribute("href"))!);
    expect(csv.status()).toBe(200);
    const header = (await csv.text()).replace(/^\uFEFF/, "").split("\r\n")[0];
    expect(header).toContain("Fonction CSF");
    expect(header).toContain("Constaté le");
    expect(header).not.toContain("As of");

    // A new assessment starts from the latest answers; a future as-of date is refused on its field, in French.
    await page.goBack();
    await page.getByTestId("org-posture").getByTestId("new-posture").click();
    await expect(
      page.getByRole("heading", { level: 1, name: "Nouvelle évaluation de la posture de sécurité" }),
    ).toBeVisible();
    await expect(page.getByTestId("posture-answered")).toHaveText(/^\d+ sur \d+ renseignées$/);
    await expectAccessible(page, "new posture assessment (French)");
    await page.getByTestId("posture-step-PR").click();
    const question = page.getByTestId("posture-section-PR").locator('[data-testid^="question-"]').first();
    const field = (await question.getAttribute("data-testid"))!.replace(/^question-/, "");
    await question.getByLabel("Constaté le").fill("2099-01-01");
    await page.getByTestId("save-draft").click();
    await expect(page.locator(`[data-field-error="answers.${field}.asOf"]`)).toHaveText(
      "La date ne peut pas être dans le futur.",
    );
    await expectAccessible(page, "questionnaire with an error (French)");
  } finally {
    // Leave the demo manager as found: English (a fresh tab, so the questionnaire's leave guard does not ask).
    const reset = await page.context().newPage();
    await reset.goto("/profile");
    await reset.getByTestId("language-form").locator("select").selectOption("en");
    await reset.getByTestId("save-language").click();
    await expect(reset.getByRole("heading", { level: 1, name: "Profile" })).toBeVisible();
    await page.context().close();
  }
});
