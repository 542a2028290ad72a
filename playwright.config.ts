import { defineConfig, devices } from "@playwright/test";

/**
 * End-to-end tests in Debian's chromium (Playwright cannot download browsers
 * here) against the PRODUCTION build (`npm run build` first; `npm run test:e2e`
 * does both). With DATABASE_URL the server uses that PostgreSQL; without it, an
 * in-memory embedded PGlite seeded with the demo data.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  // One output folder per server port, so parallel runs do not delete each other's traces.
  outputDir: `test-results/${PORT}`,
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--no-default-browser-check",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: `node_modules/.bin/tsx scripts/run-with-db.ts next start -p ${PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      ...(process.env.DATABASE_URL
        ? {}
        : { PGLITE_DATA_DIR: "memory", PGLITE_PORT: process.env.PGLITE_PORT ?? String(PORT + 51239) }),
      SEED_IF_EMPTY: "1",
      AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
      // E-mails link to this server, and the dev mailbox (/dev/mailbox) shows what was captured.
      APP_URL: process.env.APP_URL ?? baseURL,
      MAIL_DEV_MAILBOX: "1",
    },
  },
});
