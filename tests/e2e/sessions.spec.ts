import { expect, test } from "./fixtures";
import { DEMO, signIn, signOut } from "./helpers";

/**
 * Sign-out ends the session on the server (lib/auth/sessions.ts): the cookie the browser
 * had, replayed by anyone who copied it, opens nothing, and Auth.js's own endpoint does not
 * hand out a renewed one.
 */
test("after sign-out the old session cookie no longer works, and /api/auth/session does not renew it", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, DEMO.manager);
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("authjs.session-token"));
  expect(cookie).toBeTruthy();
  const replay = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { cookie: `${cookie!.name}=${cookie!.value}` },
  });

  // While signed in, the copied cookie works like the browser's.
  expect((await replay.get("/portfolio", { maxRedirects: 0 })).status()).toBe(200);

  await signOut(page);
  const after = await replay.get("/portfolio", { maxRedirects: 0 });
  expect(after.status()).toBe(307);
  expect(after.headers()["location"]).toMatch(/\/login\?ended=1$/);

  const session = await replay.get("/api/auth/session");
  expect(await session.json()).toBeNull();
  // No renewed session cookie: at most one that clears it.
  const renewed = session
    .headersArray()
    .filter((h) => h.name.toLowerCase() === "set-cookie" && /authjs\.session-token=[^;]/.test(h.value));
  expect(renewed).toEqual([]);

  // The browser itself is signed out too.
  await page.goto("/portfolio");
  await expect(page).toHaveURL(/\/login/);
  await replay.dispose();
  await context.close();
});
