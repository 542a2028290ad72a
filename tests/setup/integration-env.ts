import { inject, vi } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.MIGRATE_DATABASE_URL = inject("migrateDatabaseUrl");
process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
process.env.DB_POOL_MAX ??= "5";

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
