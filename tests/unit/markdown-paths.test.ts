import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Docs that are true: every relative link and every repository path named in a Markdown
 * file of the repository (README, ARCHITECTURE, docs/, tools/) exists. A path with a
 * placeholder (`<area>`, `*`, `…`, `{a,b}`) names a pattern, not a file, and is skipped.
 */
const ROOT = process.cwd();
const TOP = ["app", "lib", "components", "tests", "scripts", "prisma", "docs", "messages", "tools", "public", ".ci"];
const PLACEHOLDER = /[<>*…{}$]|\.\.\.|XXXX/;

const markdownFiles = () =>
  execFileSync("git", ["ls-files", "*.md"], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.includes("node_modules/"));

/** Relative links `[text](target)` and repository paths in backticks, with their line. */
export function namedPaths(markdown: string): { target: string; line: number; kind: "link" | "path" }[] {
  const out: { target: string; line: number; kind: "link" | "path" }[] = [];
  const lines = markdown.split("\n");
  let fenced = false;
  lines.forEach((text, i) => {
    if (text.trimStart().startsWith("```")) fenced = !fenced;
    for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      const target = m[1]!;
      if (/^([a-z]+:|#)/i.test(target)) continue;
      out.push({ target: target.split("#")[0]!, line: i + 1, kind: "link" });
    }
    if (fenced) return;
    for (const m of text.matchAll(/`([^`\s]+)`/g)) {
      const raw = m[1]!.replace(/[:,.;)]+$/, "").replace(/:\d+(-\d+)?$/, "");
      const top = raw.split("/")[0]!;
      if (!raw.includes("/") || !TOP.includes(top)) continue;
      out.push({ target: raw, line: i + 1, kind: "path" });
    }
  });
  return out;
}

describe("paths named in the Markdown files", () => {
  it("finds links and paths, and skips patterns", () => {
    const found = namedPaths("See [the guide](docs/dev-guide.md#x), `lib/domain/<area>/x.ts`, `lib/errors.ts:12`.\n");
    expect(found.map((f) => f.target)).toEqual(["docs/dev-guide.md", "lib/domain/<area>/x.ts", "lib/errors.ts"]);
    expect(found.filter((f) => !PLACEHOLDER.test(f.target)).map((f) => f.target)).toEqual([
      "docs/dev-guide.md",
      "lib/errors.ts",
    ]);
  });

  it("every relative link and repository path exists", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of markdownFiles()) {
      for (const { target, line, kind } of namedPaths(readFileSync(path.join(ROOT, file), "utf8"))) {
        if (!target || PLACEHOLDER.test(target)) continue;
        // Links are relative to the Markdown file; paths in backticks to the repository root.
        const resolved = kind === "link" ? path.join(path.dirname(file), target) : target;
        checked++;
        if (!existsSync(path.join(ROOT, resolved))) missing.push(`${file}:${line} ${kind} ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
