import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  claimsFromSessionCookies,
  decodedSessionsHeld,
  SESSION_COOKIE,
  sessionCookieName,
  sessionToken,
} from "@/lib/auth/session-cookie";

const secret = "a-test-secret-that-is-long-enough-1234567890";
const claims = { uid: "user-1", sv: 3, sid: "session-1", tid: "tenant-1" };
const token = (payload: Record<string, unknown> = claims, name = SESSION_COOKIE, maxAge = 3600) =>
  encode({ token: payload, secret, salt: name, maxAge });

describe("reading the Auth.js session cookie", () => {
  it("names the cookie as Auth.js does: __Secure- on https", () => {
    expect(sessionCookieName(null, "http://localhost:3000")).toBe(SESSION_COOKIE);
    expect(sessionCookieName(null, "https://portal.example")).toBe(`__Secure-${SESSION_COOKIE}`);
    expect(sessionCookieName("http", undefined)).toBe(SESSION_COOKIE);
    expect(sessionCookieName("https", undefined)).toBe(`__Secure-${SESSION_COOKIE}`);
    expect(sessionCookieName(null, undefined)).toBe(`__Secure-${SESSION_COOKIE}`);
  });

  it("decrypts the claims Auth.js wrote", async () => {
    const value = await token();
    expect(await claimsFromSessionCookies([{ name: SESSION_COOKIE, value }], SESSION_COOKIE, secret)).toEqual({
      userId: "user-1",
      sessionVersion: 3,
      sessionId: "session-1",
      tenantId: "tenant-1",
    });
  });

  it("joins a cookie split into chunks, in order", async () => {
    const value = await token();
    const cut = Math.floor(value.length / 2);
    const jar = [
      { name: `${SESSION_COOKIE}.1`, value: value.slice(cut) },
      { name: "other", value: "x" },
      { name: `${SESSION_COOKIE}.0`, value: value.slice(0, cut) },
    ];
    expect(sessionToken(jar, SESSION_COOKIE)).toBe(value);
    expect((await claimsFromSessionCookies(jar, SESSION_COOKIE, secret))?.userId).toBe("user-1");
  });

  it("means no session for a missing, tampered, foreign-key, expired or claimless cookie", async () => {
    const value = await token();
    const read = (v: string, s = secret) =>
      claimsFromSessionCookies([{ name: SESSION_COOKIE, value: v }], SESSION_COOKIE, s);
    expect(await claimsFromSessionCookies([], SESSION_COOKIE, secret)).toBeNull();
    expect(await read(`${value.slice(0, -4)}AAAA`)).toBeNull();
    expect(await read(value, "another-secret-that-is-long-enough-0987654321")).toBeNull();
    // Expired a minute ago (Auth.js allows 15 s of clock skew).
    expect(await read(await token(claims, SESSION_COOKIE, -60))).toBeNull();
    expect(await read(await token({ sub: "x" }))).toBeNull();
    // Encrypted for the __Secure- name (salt), presented under the plain one.
    expect(await read(await token(claims, `__Secure-${SESSION_COOKIE}`))).toBeNull();
    expect(await claimsFromSessionCookies([{ name: SESSION_COOKIE, value }], SESSION_COOKIE, undefined)).toBeNull();
  });

  it("gives a token without a session version a version no user has, and without a session id no session", async () => {
    const value = await token({ uid: "user-1" });
    expect(await claimsFromSessionCookies([{ name: SESSION_COOKIE, value }], SESSION_COOKIE, secret)).toEqual({
      userId: "user-1",
      sessionVersion: -1,
      sessionId: null,
      tenantId: null,
    });
  });
});

describe("decrypted cookies held by the process", () => {
  afterEach(() => vi.useRealTimers());
  const read = (value: string, s = secret, name = SESSION_COOKIE) =>
    claimsFromSessionCookies([{ name, value }], name, s);

  it("a cookie read again is found without decrypting, and still expires on time", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-03T12:00:00Z"));
    const value = await token(claims, SESSION_COOKIE, 60);
    const before = decodedSessionsHeld();
    expect((await read(value))?.userId).toBe("user-1");
    expect(decodedSessionsHeld()).toBe(before + 1);
    expect((await read(value))?.userId).toBe("user-1");
    expect(decodedSessionsHeld()).toBe(before + 1);
    // 60 s of life and Auth.js's 15 s of tolerance: at +70 s still valid, at +80 s no session, from the held copy too.
    vi.setSystemTime(new Date("2026-12-03T12:01:10Z"));
    expect((await read(value))?.userId).toBe("user-1");
    vi.setSystemTime(new Date("2026-12-03T12:01:20Z"));
    expect(await read(value)).toBeNull();
    expect(decodedSessionsHeld()).toBe(before);
  });

  it("a held cookie is found only under the secret and cookie name that decrypted it; failures are not held", async () => {
    const value = await token();
    expect((await read(value))?.userId).toBe("user-1");
    const held = decodedSessionsHeld();
    expect(await read(value, "another-secret-that-is-long-enough-0987654321")).toBeNull();
    expect(await read(value, secret, `__Secure-${SESSION_COOKIE}`)).toBeNull();
    expect(await read(`${value.slice(0, -4)}AAAA`)).toBeNull();
    expect(decodedSessionsHeld()).toBe(held);
  });

  it("holds at most 2,000 cookies, dropping the least recently used", async () => {
    const first = await token({ ...claims, uid: "first" });
    await read(first);
    for (let i = 0; i < 2000; i++) await read(await token({ ...claims, uid: `user-${i}` }));
    expect(decodedSessionsHeld()).toBe(2000);
    // `first` was dropped: read again, it is decrypted again (and still valid).
    expect((await read(first))?.userId).toBe("first");
    expect(decodedSessionsHeld()).toBe(2000);
  });
});
