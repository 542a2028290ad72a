import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.MIGRATE_DATABASE_URL = inject("migrateDatabaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
process.env.DB_POOL_MAX ??= "5";
// As lib/db/resolve.ts does for the app: the embedded PGlite has one session for every connection
// (global-db.ts starts it directly, and these workers are processes of their own).
if (inject("embedded")) process.env.DB_PREPARED_STATEMENTS = "off";
// Webhook tests deliver to a receiver on 127.0.0.1 (refused in production) and time out fast.
process.env.WEBHOOKS_ALLOW_PRIVATE_TARGETS = "1";
process.env.WEBHOOK_TIMEOUT_MS ??= "3000";
// Workers started by tests (npm run worker in a child process) do not schedule the daily mail run:
// tests/integration/mail-daily.test.ts runs a tenant's day itself.
process.env.MAIL_DAILY = "off";

// Entry points read the caller from the session cookie through this module;
// tests choose the caller with tests/support/session.ts (actAs / anonymous).
vi.mock("@/lib/auth/session", async () => {
  const session = await import("@/tests/support/session");
  return { getSessionClaims: async () => session.currentClaims() };
});

// Server actions may revalidate cached paths; outside a Next request there is no cache to touch.
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
  unstable_cache: <T>(fn: T) => fn,
}));

// Outside Next there is no request: give each test file one of its own (a client address of its
// own, so the sign-in throttle's per-IP bucket is not shared by every file, and an empty cookie jar).
process.env.TEST_CLIENT_IP = `10.${process.pid % 250}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
vi.mock("next/headers", () => {
  const requestHeaders = new Headers({
    "x-forwarded-for": process.env.TEST_CLIENT_IP!,
    host: "localhost:3000",
    "accept-language": "en",
  });
  const jar = new Map<string, { name: string; value: string }>();
  const cookieStore = {
    get: (name: string) => jar.get(name),
    getAll: () => [...jar.values()],
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      const c = typeof name === "string" ? { name, value: value ?? "" } : name;
      jar.set(c.name, { name: c.name, value: c.value });
    },
    delete: (name: string) => jar.delete(name),
  };
  return {
    headers: async () => requestHeaders,
    cookies: async () => cookieStore,
    draftMode: async () => ({ isEnabled: false }),
  };
});
