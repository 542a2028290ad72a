import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { createApiTokenFor } from "@/lib/seed/factories";
import {
  buildMatrixWorlds,
  discoverEntryPoints,
  fingerprint,
  targetFor,
  type ApiEntryPoint,
  type MatrixWorlds,
} from "@/tests/access/harness";
import { API_ROWS } from "@/tests/access/api-rows";
import { ownerDb } from "@/tests/support/db";

/**
 * Every REST API v1 operation driven by fast-check with bad input from a read-write token of
 * the target's tenant: bodies with wrong types, missing and extra fields (prototype keys
 * included), junk query parameters and path ids, non-JSON bodies. Each call must answer a
 * success or a problem we wrote (400/404/409/413/415/422) — never a 500, a stack trace or SQL —
 * and a refused call must leave the database as it was.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const ACCEPTABLE = new Set([200, 201, 400, 404, 409, 413, 415, 422]);
const LEAK =
  /(\bat [\w.<>]+ \(|\.tsx?:\d+|\bSELECT\b|\bINSERT\b|\bUPDATE "|prisma|invalid input syntax|violates|relation "|TypeError|ReferenceError)/i;

const badValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constant("ẞ".repeat(5_000)),
  fc.constant(""),
  fc.constant("\u0000\u0007\u202e"),
  fc.integer(),
  fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 31), 1e308, 0.5),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("9999-99-99", "2026-02-30", "not a date", "2026-13-01"),
  fc.constantFrom("../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "%00"),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), { maxKeys: 3 }),
);
const extraKey = fc.oneof(
  fc.constantFrom("__proto__", "constructor", "prototype", "tenantId", "id", "version", "role"),
  fc.string({ maxLength: 12 }),
);

type Mutation =
  | { kind: "replace"; index: number; value: unknown }
  | { kind: "drop"; index: number }
  | { kind: "extra"; key: string; value: unknown }
  | { kind: "whole"; value: unknown }
  | { kind: "raw"; text: string }
  | { kind: "query"; key: string; value: string }
  | { kind: "param"; value: string };

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
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("raw" as const), text: fc.string({ maxLength: 30 }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("query" as const),
      key: fc.constantFrom("limit", "cursor", "q", "lifecycle", "serviceModel", "from", "status", "organizationId"),
      value: fc.string({ unit: "grapheme", maxLength: 30 }),
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("param" as const), value: fc.string({ maxLength: 80 }) }) },
);

function applyBody(base: unknown, m: Mutation): unknown {
  if (m.kind === "whole") return m.value;
  if (m.kind !== "replace" && m.kind !== "drop" && m.kind !== "extra") return base;
  const copy: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (m.kind === "extra") {
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
let apiEntries: ApiEntryPoint[];
let secret: string;

beforeAll(async () => {
  [worlds, { apiEntries }] = await Promise.all([buildMatrixWorlds(), discoverEntryPoints()]);
  secret = (
    await createApiTokenFor(ownerDb(), {
      tenantId: worlds.a.tenant.id,
      createdById: worlds.a.owner.user.id,
      access: "READ_WRITE",
      rateLimit: 1_000_000,
    })
  ).secret;
}, 120_000);

describe("fuzzed requests to every API operation", () => {
  it("answers every bad request with a problem we wrote or a success, never a crash, a leak or a partial write", async () => {
    const failures: string[] = [];
    const tenantIds = [worlds.a.tenant.id, worlds.b.tenant.id];
    let calls = 0;
    for (const entry of apiEntries) {
      const row = API_ROWS[entry.name];
      if (!row) continue;
      await fc.assert(
        fc.asyncProperty(mutation, async (m) => {
          const base = await row.input(targetFor(worlds, "orgX"));
          const before = await fingerprint(tenantIds);
          const params =
            m.kind === "param"
              ? Object.fromEntries(Object.keys(base.params ?? {}).map((k) => [k, m.value]))
              : base.params;
          const query = m.kind === "query" ? { ...base.query, [m.key]: m.value } : base.query;
          const body =
            entry.operation.body === undefined ? undefined : m.kind === "raw" ? m.text : applyBody(base.body, m);
          const response = await entry.call({ token: secret, params, query, body });
          calls++;
          const text = await response.text();
          const label = `${entry.name} ${JSON.stringify(m).slice(0, 160)}`;
          if (!ACCEPTABLE.has(response.status)) failures.push(`${label}: ${response.status} ${text.slice(0, 300)}`);
          if (!response.ok) {
            if (response.headers.get("content-type") !== "application/problem+json")
              failures.push(`${label}: not problem+json`);
            if (LEAK.test(text)) failures.push(`${label}: the answer leaks internals: ${text.slice(0, 300)}`);
            if ((await fingerprint(tenantIds)) !== before)
              failures.push(`${label}: a refused call changed the database`);
          }
          if (Object.prototype.hasOwnProperty.call(Object.prototype, "tenantId"))
            failures.push(`${label}: Object.prototype was polluted`);
        }),
        { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? 20261202) },
      );
    }
    console.info(`API fuzz: ${apiEntries.length} operations, ${calls} calls`);
    expect(failures).toEqual([]);
  }, 900_000);
});
