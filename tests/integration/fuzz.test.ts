import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ActorRole } from "@/lib/access/permissions";
import type { ActionResult } from "@/lib/access/result";
import {
  becomeActor,
  buildMatrixWorlds,
  discoverEntryPoints,
  fingerprint,
  publicRoutes,
  targetFor,
  type ActorKey,
  type EntryPoint,
  type MatrixWorlds,
  type TargetKey,
} from "@/tests/access/harness";
import { ROWS, type RouteInput } from "@/tests/access/rows";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";

/**
 * Every server action and route handler, driven by fast-check with bad input as
 * an AUTHORIZED caller: wrong types, missing and extra fields, huge and Unicode
 * strings, negative / NaN / infinite numbers, impossible dates, prototype
 * pollution keys, non-object bodies. Each call must either succeed or answer an
 * error we wrote — never INTERNAL, a stack trace or SQL — and a refused call
 * must leave the database as it was.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ACCEPTABLE = new Set(["VALIDATION", "NOT_FOUND", "CONFLICT", "DUPLICATE", "RATE_LIMITED"]);
const LEAK =
  /(\bat [\w.<>]+ \(|\.tsx?:\d+|\bSELECT\b|\bINSERT\b|\bUPDATE "|prisma|invalid input syntax|violates|relation "|TypeError|ReferenceError)/i;

// Who may call what (the row's hand-written roles, not the matrix), and on which target (the first allowed).
const CANDIDATES: { actor: ActorKey; role: ActorRole; target: TargetKey }[] = [
  { actor: "managerA", role: "ACCOUNT_MANAGER", target: "orgX" },
  { actor: "clientX", role: "CLIENT", target: "orgX" },
  { actor: "ownerB", role: "OWNER", target: "foreign" },
  { actor: "admin", role: "PLATFORM_ADMIN", target: "orgX" },
];

const hugeString = "ẞ".repeat(120_000);
const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constant(hugeString),
  fc.constant(""),
  fc.constant("   "),
  fc.constant("\u0000\u0007\u202e"),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 31), 1e308),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.constantFrom(
    "9999-99-99",
    "0000-00-00",
    "1899-12-31",
    "2101-01-01",
    "2026-02-30",
    "2026-13",
    "2026-00",
    "not a date",
    "2026-01-01T25:61",
  ),
  fc.constantFrom("../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "${jndi:x}"),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const extraKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "tenantId", "role", "version", "isPlatformAdmin", "id"),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: "replace"; index: number; value: unknown }
  | { kind: "drop"; index: number }
  | { kind: "extra"; key: string; value: unknown }
  | { kind: "whole"; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant("replace" as const), index: fc.nat(), value: badValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop" as const), index: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("extra" as const), key: extraKey, value: badValue }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("whole" as const),
      value: fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.array(fc.integer()), fc.constant([{}])),
    }),
  },
);

function apply(base: unknown, m: Mutation): unknown {
  if (m.kind === "whole") return m.value;
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (m.kind === "extra") {
    // An OWN property even for "__proto__", as JSON.parse would make it.
    Object.defineProperty(copy, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
    return copy;
  }
  if (keys.length === 0) return copy;
  const key = keys[m.index % keys.length]!;
  if (m.kind === "drop") delete copy[key];
  else copy[key] = m.value;
  return copy;
}

let worlds: MatrixWorlds;
let entries: EntryPoint[];
const tally = { calls: 0, refused: 0 };

beforeAll(async () => {
  [worlds, { entries }] = await Promise.all([buildMatrixWorlds(), discoverEntryPoints()]);
}, 120_000);

function callerFor(entry: EntryPoint) {
  const row = ROWS[entry.name];
  return CANDIDATES.find((c) => entry.permission && row?.roles.includes(c.role));
}

describe("fuzzed input to every entry point", () => {
  it("answers every bad input with a clear error or a success, never a crash, a leak or a partial write", async () => {
    const failures: string[] = [];
    const tenantIds = [worlds.a.tenant.id, worlds.b.tenant.id];
    for (const entry of entries) {
      const row = ROWS[entry.name];
      const caller = callerFor(entry);
      if (!row || !caller) continue;
      await fc.assert(
        fc.asyncProperty(mutation, fc.string({ unit: "grapheme", maxLength: 30 }), async (m, routeJunk) => {
          becomeActor(worlds, caller.actor);
          const base = await row.input(targetFor(worlds, caller.target), worlds, caller.actor);
          const before = await fingerprint(tenantIds);
          let code: string;
          let message: string;
          if (entry.kind === "action") {
            const input = apply(base, m);
            const result = (await entry.call(input)) as ActionResult<unknown>;
            code = result.ok ? "OK" : result.code;
            message = result.ok ? "" : `${result.message} ${JSON.stringify(result.fieldErrors ?? {})}`;
          } else {
            const { query = {}, params = {} } = (base ?? {}) as RouteInput;
            const junkQuery =
              m.kind === "extra"
                ? { ...query, [String(m.key)]: routeJunk }
                : { ...query, q: routeJunk, from: String(routeJunk) };
            const junkParams = Object.fromEntries(
              Object.keys(params).map((k) => [k, m.kind === "drop" ? "" : routeJunk]),
            );
            const response = await entry.call(junkQuery, m.kind === "replace" ? junkParams : params);
            code = response.ok
              ? "OK"
              : ((
                  { 404: "NOT_FOUND", 422: "VALIDATION", 409: "CONFLICT", 429: "RATE_LIMITED" } as Record<
                    number,
                    string
                  >
                )[response.status] ?? `HTTP_${response.status}`);
            message = response.ok ? "" : await response.text();
          }
          tally.calls++;
          const label = `${entry.name} ${JSON.stringify(m).slice(0, 160)}`;
          if (code !== "OK") {
            tally.refused++;
            if (!ACCEPTABLE.has(code)) failures.push(`${label}: ${code} ${message.slice(0, 300)}`);
            if (LEAK.test(message)) failures.push(`${label}: the message leaks internals: ${message.slice(0, 300)}`);
            if ((await fingerprint(tenantIds)) !== before)
              failures.push(`${label}: a refused call changed the database`);
          }
          if (
            ({} as Record<string, unknown>).polluted !== undefined ||
            Object.prototype.hasOwnProperty.call(Object.prototype, "isPlatformAdmin")
          ) {
            failures.push(`${label}: Object.prototype was polluted`);
          }
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
      );
    }
    console.info(`fuzz: ${entries.length} entry points, ${tally.calls} calls, ${tally.refused} refused cleanly`);
    expect(failures).toEqual([]);
  }, 900_000);
});

const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const flip = (c: string) => (BASE64URL.includes(c) ? BASE64URL[BASE64URL.indexOf(c) ^ 32]! : "A");

describe("fuzzed requests to the public routes (tests/access/public-rows.ts)", () => {
  it("answer junk tokens and bodies with 303 / 404 / 422, never a crash or a leak, and change nothing", async () => {
    const failures: string[] = [];
    const tenantIds = [worlds.a.tenant.id, worlds.b.tenant.id];
    const genuine = unsubscribeToken({
      tenantId: worlds.a.tenant.id,
      userId: worlds.a.clientY.user.id,
      kind: "STAFF_DIGEST",
    });
    const token = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.constant(hugeString),
      fc.constantFrom("", ".", "..", "a.b.c", "%00", "../../etc/passwd", "' OR 1=1 --"),
      // A genuine token, one character changed or cut: still refused.
      // (Flipping a base64url digit's top bit always changes a data bit, never only the padding bits.)
      fc
        .nat({ max: genuine.length - 1 })
        .map((i) => `${genuine.slice(0, i)}${flip(genuine[i]!)}${genuine.slice(i + 1)}`),
      fc.nat({ max: genuine.length - 1 }).map((i) => genuine.slice(0, i)),
    );
    const body = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constantFrom("List-Unsubscribe=One-Click", "List-Unsubscribe=one-click", "{}", "null", "\u0000"),
    );
    const contentType = fc.constantFrom(
      "application/x-www-form-urlencoded",
      "multipart/form-data",
      "text/plain",
      "application/json",
    );
    for (const entry of publicRoutes(entries)) {
      await fc.assert(
        fc.asyncProperty(token, body, contentType, async (tok, text, type) => {
          const before = await fingerprint(tenantIds);
          const init: RequestInit =
            entry.exportName === "GET"
              ? { method: "GET" }
              : { method: "POST", headers: { "content-type": type }, body: text };
          const response = await entry.call({}, { token: tok }, init);
          tally.calls++;
          const message = await response.text();
          const label = `${entry.name} ${JSON.stringify(tok).slice(0, 60)} ${JSON.stringify(text).slice(0, 40)} ${type}`;
          if (![303, 404, 422].includes(response.status))
            failures.push(`${label}: HTTP ${response.status} ${message.slice(0, 200)}`);
          if (LEAK.test(message)) failures.push(`${label}: the message leaks internals: ${message.slice(0, 200)}`);
          if ((await fingerprint(tenantIds)) !== before) failures.push(`${label}: the database changed`);
        }),
        { numRuns: RUNS * 3, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
      );
    }
    expect(failures).toEqual([]);
  }, 300_000);
});
