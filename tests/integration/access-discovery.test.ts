import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { discoverEntryPoints, type EntryPoint } from "@/tests/access/harness";

/**
 * Where entry points live, and that the discovery the access matrix relies on would catch a
 * stray one: server actions in lib/actions/<area>.ts (one module per domain area), route
 * handlers in app/api; an exported function without a guard is reported wherever it is.
 */
let entries: EntryPoint[];

beforeAll(async () => {
  ({ entries } = await discoverEntryPoints());
}, 120_000);

describe("entry points live beside their domain", () => {
  it("every server action is in lib/actions/<area>.ts, every route handler in app/api", () => {
    const actions = entries.filter((e) => e.kind === "action");
    expect(actions.length).toBeGreaterThan(30);
    expect(actions.filter((e) => !/^lib\/actions\/[a-z-]+\.ts$/.test(e.file)).map((e) => e.file)).toEqual([]);
    expect(entries.filter((e) => e.kind === "route" && !e.file.startsWith("app/api/")).map((e) => e.file)).toEqual([]);
  });

  it("each module of lib/actions/ says at its top which domain area it serves", () => {
    for (const file of new Set(entries.filter((e) => e.kind === "action").map((e) => e.file))) {
      const text = readFileSync(file, "utf8");
      expect(text.startsWith('"use server";'), file).toBe(true);
      expect(text, file).toMatch(/\/\*\* [^\n]*\((lib\/domain\/[a-z-]+|lib\/auth)\)/);
    }
  });
});

describe("the discovery", () => {
  it("reports an exported function of a 'use server' module that has no guard", async () => {
    const found = await discoverEntryPoints(["tests/access/fixtures"]);
    expect(found.entries.map((e) => `${e.file}#${e.exportName}`)).toEqual([
      "tests/access/fixtures/stray-actions.ts#guardedFixtureAction",
    ]);
    expect(found.unguarded).toEqual(["tests/access/fixtures/stray-actions.ts#unguardedFixtureAction"]);
  });
});
