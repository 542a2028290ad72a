import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS, LOCALES } from "@/lib/i18n/catalog";

/**
 * The domain throws catalog keys, translated only at the edge; a key with no message would show
 * as the raw key. Every key named in a refusal, a field error or an AppError outside the engine
 * (its texts have their own check) must exist in every catalog.
 */
function files(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) {
      if (!["generated", "engine"].includes(entry)) files(full, out);
    } else if (/\.tsx?$/.test(entry) && !entry.endsWith(".test.ts")) out.push(full);
  }
  return out;
}

const NAMESPACES = Object.keys(CATALOGS.en).join("|");
const KEY = new RegExp(`"((?:${NAMESPACES})\\.[A-Za-z0-9_.]+)"`, "g");
/** Where the domain names a message: refusals, field errors, AppError keys, problem maps. */
const CALL =
  /refuse\([\s\S]*?\)|fieldErrors\(\{[\s\S]*?\}\)|key: "[^"]+"|problems(?:\.\w+|\[[^\]]+\]) = "[^"]+"|, "validation\.\w+"\]/g;

const lookup = (tree: unknown, key: string): unknown =>
  key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe("catalog keys named by the domain and the access layer", () => {
  const root = process.cwd();
  const found = new Map<string, string>();
  for (const file of [...files(path.join(root, "lib")), ...files(path.join(root, "app"))]) {
    const text = readFileSync(file, "utf8");
    for (const line of text.match(CALL) ?? []) {
      for (const m of line.matchAll(KEY)) found.set(m[1]!, path.relative(root, file));
    }
  }

  it("finds the keys it checks", () => {
    expect(found.get("team.errors.lastOwner")).toBe("lib/domain/team/owner-guard.ts");
    expect(found.size).toBeGreaterThan(30);
  });

  it("each exists in every catalog", () => {
    const missing: string[] = [];
    for (const locale of LOCALES) {
      for (const [key, file] of found) {
        if (typeof lookup(CATALOGS[locale], key) !== "string") missing.push(`${locale}: ${key} (${file})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
