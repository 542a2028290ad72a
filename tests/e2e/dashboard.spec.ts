import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEMO, signIn } from "./helpers";

/** What the dashboard shows, read from the page: cards, revenue, the chart's numbers and its drawn areas. */
async function readDashboard(page: Page) {
  const dashboard = page.getByTestId("dashboard");
  await expect(dashboard).toHaveAttribute("aria-busy", "false");
  return {
    active: await page.getByTestId("active-total").textContent(),
    byModel: await Promise.all(
      ["BREAK_FIX", "HYBRID", "MANAGED"].map((m) => page.getByTestId(`model-count-${m}`).textContent()),
    ),
    revenue: await page.getByTestId("revenue-total").textContent(),
    history: await page.getByTestId("history-table").textContent(),
    areas: await page
      .locator("[data-testid=history-chart] path[data-area]")
      .evaluateAll((paths) => paths.map((p) => p.getAttribute("d"))),
    opportunities: await page.getByTestId("opportunities-count").textContent(),
  };
}

/** Waits until the data on screen is the data of the URL's filters (not the previous view kept during the fetch). */
async function settled(page: Page) {
  const search = new URL(page.url()).search.slice(1);
  await expect(page.getByTestId("dashboard")).toHaveAttribute("data-query", search, { timeout: 30_000 });
  await expect(page.getByTestId("dashboard")).toHaveAttribute("aria-busy", "false");
}

test.describe("portfolio dashboard", () => {
  test("an owner filters by account manager: the numbers and the chart change, without a reload, and the URL reproduces the view", async ({
    page,
    context,
  }) => {
    await signIn(page, DEMO.owner);
    await expect(page).toHaveURL(/\/portfolio$/);
    await expect(page.getByRole("heading", { level: 1, name: "Portfolio" })).toBeVisible();
    // The first paint already has numbers and the chart (both server-rendered SVG, no chart code in the browser).
    await expect(page.getByTestId("active-total")).toHaveText(/^\d+$/);
    await page.getByTestId("history-chart").scrollIntoViewIfNeeded();
    await expect(page.locator("[data-testid=history-chart] path[data-area]")).toHaveCount(3);
    const everyone = await readDashboard(page);

    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.getByLabel("Account manager").selectOption({ label: "Alice Martin" });
    await expect(page).toHaveURL(/[?&]manager=[A-Za-z0-9_-]+/);
    await settled(page);
    const alice = await readDashboard(page);

    expect(Number(alice.active)).toBeLessThan(Number(everyone.active));
    expect(alice.byModel).not.toEqual(everyone.byModel);
    expect(alice.revenue).not.toBe(everyone.revenue);
    expect(alice.history).not.toBe(everyone.history);
    expect(alice.areas).not.toEqual(everyone.areas);
    // Same document: the filter refetched the data, it did not reload the page.
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // Bruno's clients are the others: the two views add up to the whole portfolio.
    await page.getByLabel("Account manager").selectOption({ label: "Bruno Keller" });
    await settled(page);
    const bruno = await readDashboard(page);
    expect(Number(alice.active) + Number(bruno.active)).toBe(Number(everyone.active));

    // The shared link reproduces Alice's view in a new tab.
    await page.getByLabel("Account manager").selectOption({ label: "Alice Martin" });
    await settled(page);
    const shared = page.url();
    const other = await context.newPage();
    await other.goto(shared);
    await expect(other.getByLabel("Account manager")).toHaveValue(new URL(shared).searchParams.get("manager")!);
    await expect(other.getByLabel("Account manager").locator("option:checked")).toHaveText("Alice Martin");
    expect(await readDashboard(other)).toEqual(alice);
    await other.close();

    // Reset brings the whole portfolio back and a clean URL.
    await page.getByRole("button", { name: "Reset filters" }).click();
    await expect(page).toHaveURL(/\/portfolio$/);
    await settled(page);
    expect(await readDashboard(page)).toEqual(everyone);
  });

  test("period and lifecycle filters change the transitions; the view survives a reload", async ({ page }) => {
    await signIn(page, DEMO.manager);
    await page.goto("/portfolio?months=3");
    await expect(page.getByLabel("Period")).toHaveValue("3");
    const transitions = page.getByTestId("transitions-table");
    const threeMonths = await transitions.textContent();

    await page.getByLabel("Period").selectOption("24");
    await expect(page).toHaveURL(/months=24/);
    await settled(page);
    const twoYears = await transitions.textContent();
    expect(twoYears).not.toBe(threeMonths);
    // Over two years the demo has exactly one move from managed back to hybrid.
    await expect(page.getByTestId("transition-MANAGED-HYBRID").getByTestId("moves")).toHaveText("1");

    await page.getByLabel("Lifecycle status").selectOption({ label: "Former" });
    await expect(page).toHaveURL(/status=FORMER/);
    await settled(page);
    await expect(page.getByTestId("active-total")).toHaveText("0");
    await expect(page.getByTestId("others-count")).toHaveText("0 prospects · 2 former clients");

    // A custom range of months.
    await page.getByLabel("Period").selectOption("custom");
    await page.getByLabel("From", { exact: true }).fill("2020-01");
    await page.getByLabel("To", { exact: true }).fill("2020-03");
    await expect(page).toHaveURL(/from=2020-01&to=2020-03/);
    await settled(page);
    await expect(page.getByText("Moves between models from January 2020 to March 2020.")).toBeVisible();

    await page.reload();
    await expect(page.getByLabel("Period")).toHaveValue("custom");
    await expect(page.getByLabel("Lifecycle status")).toHaveValue("FORMER");
    await expect(page.getByText("Moves between models from January 2020 to March 2020.")).toBeVisible();
  });

  test("shows progress while a filter refreshes, and an error with a retry when the request fails", async ({
    page,
  }) => {
    await signIn(page, DEMO.owner);
    let fail = false;
    await page.route("**/api/dashboard**", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 800));
      if (fail)
        await route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "UNAVAILABLE", message: "The service is briefly unavailable." } }),
        });
      else await route.continue();
    });
    await page.getByLabel("Lifecycle status").selectOption({ label: "Active" });
    await expect(page.getByTestId("dashboard-updating")).toBeVisible();
    await expect(page.getByTestId("dashboard")).toHaveAttribute("aria-busy", "true");
    await settled(page);
    await expect(page.getByTestId("dashboard-updating")).toHaveCount(0);

    fail = true;
    await page.getByLabel("Lifecycle status").selectOption({ label: "Prospect" });
    await expect(page.getByTestId("dashboard-error")).toContainText(
      "We could not load the dashboard for these filters.",
      { timeout: 15_000 },
    );
    fail = false;
    await page.getByTestId("dashboard-error").getByRole("button", { name: "Try again" }).click();
    await settled(page);
    await expect(page.getByTestId("dashboard-error")).toHaveCount(0);
    await expect(page.getByTestId("active-total")).toHaveText("0");
  });

  test("opportunities link to the organization; a bad link shows the default view with a notice", async ({ page }) => {
    await signIn(page, DEMO.owner);
    const first = page.getByTestId("opportunities-table").getByRole("link").first();
    const name = await first.textContent();
    await first.click();
    await expect(page).toHaveURL(/\/organizations\/[A-Za-z0-9_-]+$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name!);

    await page.goto("/portfolio?months=7&manager=nobody");
    await expect(
      page.getByText("Some filters in this link were not valid, so the default view is shown."),
    ).toBeVisible();
    await expect(page.getByLabel("Period")).toHaveValue("12");
  });

  test("break-fix clients whose billed interventions near a contract are ranked, with their figures and sources", async ({
    page,
  }) => {
    await signIn(page, DEMO.owner);
    const card = page.locator("section").filter({ has: page.locator("#contract-signals") });
    await expect(card.getByRole("heading", { name: "Break-fix clients nearing a contract" })).toBeVisible();
    await expect(card).toContainText("Source: the interventions log");
    const rows = card.getByTestId("contract-signals-table").locator("tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);
    // Ranked: each row's share is at least the threshold and no larger than the one above it.
    const shares = (await rows
      .getByRole("meter")
      .evaluateAll((meters) => meters.map((m) => Number(m.getAttribute("aria-valuenow"))))) as number[];
    expect(shares.every((v) => v >= 80)).toBe(true);
    expect([...shares].sort((a, b) => b - a)).toEqual(shares);
    // The client's name leads to its interventions log.
    const first = rows.first().getByRole("link").first();
    const name = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByTestId("intervention").first()).toBeVisible();
  });

  test("a client user has no dashboard", async ({ page }) => {
    await signIn(page, DEMO.client);
    // The page answers the not-found page (and the API 404).
    await page.goto("/portfolio");
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByTestId("dashboard")).toHaveCount(0);
    const api = await page.request.get("/api/dashboard");
    expect(api.status()).toBe(404);
  });
});

test.describe("platform admin overview", () => {
  test("lists every tenant with users, clients per model and last activity", async ({ page }) => {
    await signIn(page, DEMO.admin);
    await page
      .getByRole("navigation", { name: "Main navigation" })
      .getByRole("link", { name: "Platform overview" })
      .click();
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1, name: "Platform overview" })).toBeVisible();
    const northwind = page.getByTestId("overview-northwind");
    await expect(northwind).toContainText("Northwind IT Services");
    await expect(northwind.getByTestId("organizations")).toHaveText(/^\d+$/);
    await expect(northwind.getByTestId("clients-MANAGED")).toContainText("Managed services:");
    // The owner signed in during this run: Northwind has recent activity.
    await expect(northwind.locator("time")).toBeVisible();
    await expect(page.getByTestId("overview-bluepeak")).toContainText("Bluepeak Managed IT");
  });

  test("MSP staff cannot open it", async ({ page }) => {
    await signIn(page, DEMO.owner);
    await page.goto("/admin");
    await expect(page.getByTestId("not-found")).toBeVisible();
    await expect(page.getByTestId("overview-table")).toHaveCount(0);
  });
});

test.describe("accessibility", () => {
  test("the dashboard and the platform overview have no serious axe violations", async ({ page }) => {
    test.setTimeout(180_000);
    const { default: AxeBuilder } = await import("@axe-core/playwright");
    const serious = async () =>
      (await new AxeBuilder({ page }).analyze()).violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    await signIn(page, DEMO.owner);
    await settled(page);
    await page.getByText("Show the numbers").click();
    expect(await serious()).toEqual([]);
    await page.getByLabel("Period").selectOption("custom");
    await settled(page);
    expect(await serious()).toEqual([]);
    await page.getByTestId("sign-out").click();
    await signIn(page, DEMO.admin);
    await page.goto("/admin");
    expect(await serious()).toEqual([]);
  });
});
