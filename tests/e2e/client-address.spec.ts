import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { DEMO, DEMO_PASSWORD, postAction } from "./helpers";

/**
 * The server runs with the default TRUST_PROXY (0): no forwarded header a client sends is
 * believed. Each test speaks from loopback addresses of its own (127.0.0.x), so the sign-in
 * throttle buckets it fills are nobody else's.
 */
const loopback = () => `127.0.0.${100 + Math.floor(Math.random() * 150)}`;
const randomIp = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

test.describe.configure({ mode: "serial" });

test("a forged X-Forwarded-For does not escape the per-IP sign-in throttle", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const attacker = loopback();
  const attempt = (i: number) =>
    postAction({
      baseURL: baseURL!,
      path: "/login",
      action: "signInAction",
      from: attacker,
      headers: { "X-Forwarded-For": randomIp() },
      args: [{ email: `spray.${i}.${randomUUID().slice(0, 8)}@example.test`, password: "wrong-password-123" }],
    });
  // 30 failures from one address across 30 accounts (lib/auth/throttle.ts), each claiming another address...
  for (let i = 0; i < 30; i++) {
    const response = await attempt(i);
    expect(response.status).toBe(200);
    expect(response.body).toContain("UNAUTHENTICATED");
  }
  // ...and the next one is held back all the same.
  expect((await attempt(30)).body).toContain("RATE_LIMITED");
});

test("a forged X-Forwarded-For cannot lock another address out", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const attacker = loopback();
  let victim = loopback();
  while (victim === attacker) victim = loopback();
  // Enough failures to lock an address (30, lib/auth/throttle.ts), under each spelling of the victim's.
  for (let i = 0; i < 62; i++) {
    await postAction({
      baseURL: baseURL!,
      path: "/login",
      action: "signInAction",
      from: attacker,
      headers: { "X-Forwarded-For": i % 2 ? victim : `::ffff:${victim}` },
      args: [{ email: `lock.${i}.${randomUUID().slice(0, 8)}@example.test`, password: "wrong-password-123" }],
    });
  }
  const fromVictim = await postAction({
    baseURL: baseURL!,
    path: "/login",
    action: "signInAction",
    from: victim,
    args: [{ email: `victim.${randomUUID().slice(0, 8)}@example.test`, password: "wrong-password-123" }],
  });
  expect(fromVictim.body).toContain("UNAUTHENTICATED");
  expect(fromVictim.body).not.toContain("RATE_LIMITED");
});

test("a forged X-Forwarded-Proto does not decide the session cookie's name or Secure flag", async ({ baseURL }) => {
  const response = await postAction({
    baseURL: baseURL!,
    path: "/login",
    action: "signInAction",
    from: loopback(),
    headers: { "X-Forwarded-Proto": "https" },
    args: [{ email: DEMO.manager, password: DEMO_PASSWORD }],
  });
  const session = response.setCookie.find((c) => /authjs\.session-token=/.test(c));
  expect(session, response.setCookie.join("\n")).toBeTruthy();
  expect(session).toMatch(/^authjs\.session-token=/);
  expect(session).not.toMatch(/;\s*Secure/i);
});
