import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/**
 * One test against the DEVELOPMENT server (`npm run dev`) opened at 127.0.0.1 rather than
 * localhost, as a new user who follows the address the dev server prints would (issue 22):
 * Next.js refuses its development scripts to origins not in allowedDevOrigins (next.config.js),
 * and a page that never hydrates sends its forms by itself. `npm run test:e2e:dev`, after (never
 * beside) the production-build suite, so it never competes with it for the port or the database.
 * Compiling on demand is slow on a small machine: the timeouts are generous.
 */
const PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${PORT}`;
const server = Array.isArray(base.webServer) ? base.webServer[0]! : base.webServer!;

export default defineConfig({
  ...base,
  testDir: "tests/e2e-dev",
  outputDir: `test-results/dev-${PORT}`,
  timeout: 300_000,
  expect: { timeout: 120_000 },
  use: { ...base.use, baseURL },
  webServer: {
    ...server,
    command: `node_modules/.bin/tsx scripts/run-with-db.ts next dev -p ${PORT}`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
  },
});
