import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * A loading.tsx streams its skeleton with a 200 before the page runs, so a page's own
 * requirePage() can no longer answer 404. Every loading boundary of the signed-in area
 * therefore needs a layout at or above it (below app/(app), whose layout only signs the
 * stale out) that calls requirePage() first. tests/e2e/page-status.spec.ts checks the
 * statuses themselves against the production build.
 */
const AREA = path.join(process.cwd(), "app", "(app)");

function loadingFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return loadingFiles(full);
    return entry.name === "loading.tsx" ? [full] : [];
  });
}

function guardingLayout(loading: string): string | null {
  for (let dir = path.dirname(loading); dir !== AREA && dir.startsWith(AREA); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (existsSync(layout) && /\bawait requirePage\(/.test(readFileSync(layout, "utf8"))) return layout;
  }
  return null;
}

describe("loading boundaries in the signed-in area", () => {
  const files = loadingFiles(AREA);

  it("exist (so this test is not vacuous)", () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(files.map((f) => [path.relative(process.cwd(), f)]))("%s has a layout above it that checks access", (f) => {
    expect(guardingLayout(path.join(process.cwd(), f))).not.toBeNull();
  });
});
