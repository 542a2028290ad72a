import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Docs that are true: every relative link and every repository path named in a Markdown
 * file of the repository (README, ARCHITECTURE, docs/, tools/) exists, and so does every
 * repository path named in a code comment. A path with a placeholder (`<area>`, `*`, `…`,
 * `{a,b}`) names a pattern, not a file, and is skipped.
 */
const ROOT = process.cwd();
const TOP = ["app", "lib", "components", "tests", "scripts", "prisma", "docs", "messages", "tools", "public", ".ci"];
const PLACEHOLDER = /[<>*…{}$]|\.\.\.|XXXX/;

const tracked = (...patterns: string[]) =>
  execFileSync("git", ["ls-files", ...patterns], { cwd: ROOT, encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.includes("node_modules/"));
const markdownFiles = () => tracked("*.md");
/**
 * Code whose comments are checked. Migrations already on main are never edited, so they are
 * left out; generated code is not ours to word. `shared/` is named so that a comment pointing
 * to the product's shared folder (outside this repository) fails too.
 */
const codeFiles = () =>
  tracked("*.ts", "*.tsx", "*.mjs", "*.js", "*.css", "*.sh").filter((f) => !f.startsWith("lib/generated/"));
const COMMENT_TOP = [...TOP, "shared"];
const COMMENT_PATH = new RegExp(
  `(?<![\\w@/.-])((?:\\.\\./)*(?:${COMMENT_TOP.join("|").replace(".", "\\.")})/[\\w./\\-\\[\\]()@*<>{}…]*[\\w\\])*>}])`,
  "g",
);
/** Trailing punctuation of the sentence, and a closing parenthesis the path did not open. */
const trimPath = (raw: string) => {
  let p = raw.replace(/[.\],;:]+$/, "");
  while (p.endsWith(")") && (p.match(/\(/g) ?? []).length < (p.match(/\)/g) ?? []).length) p = p.slice(0, -1);
  return p.replace(/[.\],;:]+$/, "");
};

/** Repository paths named in the comments of a code file (`//`, `/* … *\/`, JSDoc), with their line. */
export function commentPaths(code: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  let block = false;
  code.split("\n").forEach((text, i) => {
    let comment = "";
    let rest = text;
    while (rest) {
      if (block) {
        const end = rest.indexOf("*/");
        comment += " " + (end < 0 ? rest : rest.slice(0, end));
        if (end < 0) break;
        block = false;
        rest = rest.slice(end + 2);
        continue;
      }
      // A comment starts at `//` or `/*` outside a string or a URL (`https://…`).
      const m = /(^|[^:"'`\w])(\/\/|\/\*)/.exec(rest);
      if (!m) break;
      const at = m.index + m[1]!.length;
      if (m[2] === "//") {
        comment += " " + rest.slice(at + 2);
        break;
      }
      block = true;
      rest = rest.slice(at + 2);
    }
    for (const p of comment.matchAll(COMMENT_PATH)) {
      const target = trimPath(p[1]!);
      out.push({ target, line: i + 1 });
    }
  });
  return out;
}

/** A module path names a file with or without its extension, or a folder. */
const exists = (target: string) =>
  ["", ".ts", ".tsx", ".js", ".mjs", "/index.ts"].some((ext) => existsSync(path.join(ROOT, target + ext)));

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
      // A file outside the repository (`../shared/…`, `/work/…/x.md`) is never "in the repository".
      const outside = /^(\.\.\/|\/[^/\s]+\/.*\.(md|txt|ts|json)$)/.test(raw);
      if (!outside && (!raw.includes("/") || !TOP.includes(top))) continue;
      out.push({ target: raw, line: i + 1, kind: "path" });
    }
  });
  return out;
}

describe("paths named in the Markdown files", () => {
  it("finds links and paths, and skips patterns", () => {
    const found = namedPaths(
      "See [the guide](docs/dev-guide.md#x), `lib/domain/<area>/x.ts`, `lib/errors.ts:12`, route `/api/health`.\n",
    );
    expect(found.map((f) => f.target)).toEqual(["docs/dev-guide.md", "lib/domain/<area>/x.ts", "lib/errors.ts"]);
    // Files outside the repository are named as paths, so they fail the check below.
    expect(namedPaths("`../shared/seed/a.txt` and `/work/shared/docs/b.md`").map((f) => f.target)).toEqual([
      "../shared/seed/a.txt",
      "/work/shared/docs/b.md",
    ]);
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

  it("finds paths in code comments, not in code or URLs", () => {
    const code = [
      'import x from "@/lib/engine/costs"; // see lib/engine/costs.ts, and docs/engine.md.',
      "/**",
      " * The contract (docs/decision-engine.md) and shared/seed/break-fix-vs-msp.txt",
      " */",
      'const url = "https://example.com/docs/x.md"; const p = "lib/not-a-comment.ts";',
      "/* lib/db/context.ts */ const y = 1;",
    ].join("\n");
    expect(commentPaths(code)).toEqual([
      { target: "lib/engine/costs.ts", line: 1 },
      { target: "docs/engine.md", line: 1 },
      { target: "docs/decision-engine.md", line: 3 },
      { target: "shared/seed/break-fix-vs-msp.txt", line: 3 },
      { target: "lib/db/context.ts", line: 6 },
    ]);
  });

  it("every repository path named in a code comment exists", () => {
    const missing: string[] = [];
    let checked = 0;
    for (const file of codeFiles()) {
      for (const { target, line } of commentPaths(readFileSync(path.join(ROOT, file), "utf8"))) {
        if (PLACEHOLDER.test(target)) continue;
        checked++;
        if (!exists(target)) missing.push(`${file}:${line} ${target}`);
      }
    }
    expect(checked).toBeGreaterThan(50);
    expect(missing).toEqual([]);
  });
});
