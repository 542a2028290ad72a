/**
 * Zod 4 builds a fast object parser with `new Function` and, to know whether it may,
 * probes with `Function("")` when the first object schema is built. Our Content-Security-
 * Policy has no 'unsafe-eval', so in the browser that probe is refused and reported as a
 * CSP violation (caught by Zod, but logged and counted by Lighthouse). Jitless mode skips
 * both the probe and the compiled parser; validation is the same. It must be set before any
 * schema is built: instrumentation-client.ts (browser, before the app's code) and
 * instrumentation.ts (server) import this module.
 *
 * Zod keeps its configuration in `globalThis.__zod_globalConfig` (zod/v4/core's
 * `globalConfig` is that object, created if missing), so setting it here needs no import of
 * Zod: importing `config` from zod/v4/core put Zod's whole core (15 KB) in the script every
 * page evaluates first, pages without a form included. `zod-jitless.test.ts` checks that the
 * installed Zod reads it.
 */
type ZodGlobal = { __zod_globalConfig?: { jitless?: boolean } };

// In place: if Zod was loaded first, its `globalConfig` is this very object.
((globalThis as ZodGlobal).__zod_globalConfig ??= {}).jitless = true;

export {};
