import { config } from "zod/v4/core";

/**
 * Zod 4 builds a fast object parser with `new Function` and, to know whether it may,
 * probes with `Function("")` when the first object schema is built. Our Content-Security-
 * Policy has no 'unsafe-eval', so in the browser that probe is refused and reported as a
 * CSP violation (caught by Zod, but logged and counted by Lighthouse). Jitless mode skips
 * both the probe and the compiled parser; validation is the same. It must be set before any
 * schema is built: instrumentation-client.ts (browser, before the app's code) and
 * instrumentation.ts (server) import this module. Importing `config` from zod/v4/core
 * keeps it to a few hundred bytes in the shared client chunk.
 */
config({ jitless: true });
