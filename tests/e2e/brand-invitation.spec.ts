import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { shownLink, signIn } from "./helpers";

/**
 * A client's invitation wears the MSP's brand (issue 18, item 4): the page the invitee opens shows
 * the MSP's name, logo and colour and says who powers the portal; an account manager's invitation
 * from the same tenant keeps Mainstay's look. On Bluepeak, whose brand is removed again at the end
 * (shared demo data; tests/e2e/brand.spec.ts does the same).
 */
const stamp = Date.now().toString(36);
const OWNER = "owner@bluepeak.test";
const NAME = `Bluepeak Care ${stamp}`;
const TEAL = { hex: "#0f766e", rgb: "rgb(15, 118, 110)" };
const LOGO_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="${TEAL.hex}"/></svg>`;

async function invite(owner: Page, email: string, role: "Client user" | "Account manager") {
  await owner.goto("/team");
  const form = owner.getByTestId("invite-form");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Role").selectOption({ label: role });
  if (role === "Client user") await form.getByLabel("Organization").selectOption({ index: 1 });
  await owner.getByTestId("send-invitation").click();
  return shownLink(owner);
}

test("a client's invitation shows the MSP's brand; a staff invitation keeps Mainstay's look", async ({ browser }) => {
  test.setTimeout(180_000);
  const owner = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(owner, OWNER);
  try {
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    await form.getByLabel("Display name").fill(NAME);
    await form.getByLabel("Primary colour").fill(TEAL.hex);
    await form.locator('input[name="logo"]').setInputFiles({
      name: "logo.svg",
      mimeType: "image/svg+xml",
      buffer: Buffer.from(LOGO_SVG),
    });
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();

    const clientLink = await invite(owner, `invitee.${stamp}@alder-clinic.test`, "Client user");
    const staffLink = await invite(owner, `am.${stamp}@bluepeak.test`, "Account manager");

    const visitor = await (await browser.newContext({ locale: "en-GB" })).newPage();
    await visitor.goto(clientLink);
    await expect(visitor.getByTestId("invite-title")).toHaveText(`Join ${NAME}'s client portal`);
    await expect(visitor.getByTestId("brand-logo")).toHaveAttribute("src", /^data:image\/png;base64,/);
    await expect(visitor.getByText("Client portal powered by Mainstay")).toBeVisible();
    await expect(visitor.getByTestId("accept-invitation")).toHaveCSS("background-color", TEAL.rgb);
    const result = await new AxeBuilder({ page: visitor })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);

    await visitor.goto(staffLink);
    await expect(visitor.getByTestId("invite-title")).toHaveText("Join Bluepeak Managed IT on Mainstay");
    await expect(visitor.getByTestId("brand-logo")).toHaveCount(0);
    await expect(visitor.getByTestId("brand-style")).toHaveCount(0);
  } finally {
    await owner.goto("/settings");
    const form = owner.getByTestId("brand-form");
    for (const label of ["Display name", "Primary colour"]) await form.getByLabel(label).fill("");
    const remove = form.getByRole("checkbox", { name: "Remove the logo" });
    if ((await remove.count()) > 0) await remove.check();
    await owner.getByTestId("save-brand").click();
    await expect(owner.getByTestId("brand-saved")).toBeVisible();
  }
});
