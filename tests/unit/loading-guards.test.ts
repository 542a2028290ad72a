import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * The signed-in area has no loading.tsx. A loading boundary streams the shell with its
 * skeleton first, and React 19.2 reveals the page behind it at the earliest 300 ms after
 * the shell has painted (its batched reveal of Suspense boundaries): the page's content —
 * the largest paint of every page — came a third of a second or more after the shell on
 * every full load (docs/quality.md, "The first paint carries the page"). Without one, the
 * page is rendered before the first byte, paints with the shell, answers its real status
 * (a 404 is a 404, not a 200 streamed under a skeleton) and its forms post before any
 * script runs. Client-side navigation shows the clicked link's pending bar instead
 * (components/ui/intent-link.tsx; tests/e2e/prefetch.spec.ts).
 */
const AREA = path.join(process.cwd(), "app", "(app)");

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? files(full) : [full];
  });
}

describe("the signed-in area's pages paint with their content", () => {
  const all = files(AREA);

  it("has pages (so this test is not vacuous)", () => {
    expect(all.filter((f) => path.basename(f) === "page.tsx").length).toBeGreaterThanOrEqual(20);
  });

  it("has no loading boundary", () => {
    expect(all.filter((f) => /^loading\.[jt]sx?$/.test(path.basename(f))).map((f) => path.relative(AREA, f))).toEqual(
      [],
    );
  });
});
