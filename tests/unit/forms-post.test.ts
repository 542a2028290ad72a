import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PostForm } from "@/components/forms/post-form";
import { SEARCH_FORMS } from "@/tests/support/search-forms";

/**
 * No form can fall back to a GET carrying its fields (a password in the URL) when it is sent
 * before the page's JavaScript has run: in the source, every <form> is a PostForm, except the
 * search and filter forms listed in tests/support/search-forms.ts. tests/e2e/forms.spec.ts
 * checks the same on the HTML every page sends to every role.
 */
function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx$/.test(full)) out.push(full);
  }
  return out;
}

const POST_FORM = "components/forms/post-form.tsx";

/** Each opening <form …> or next/form <Form …> tag of a file, attributes included. */
function formTags(text: string): string[] {
  return [...text.matchAll(/<(form|Form)(\s[^>]*?)?>/g)].map((m) => m[0]);
}

/** The forms of one file that could be sent by GET before hydration, and the listed search forms seen. */
function checkForms(file: string, text: string): { wrong: string[]; seen: string[] } {
  const wrong: string[] = [];
  const seen: string[] = [];
  for (const tag of formTags(text)) {
    const name = /data-search-form="([a-z-]+)"/.exec(tag)?.[1];
    const isNextForm = tag.startsWith("<Form");
    if (!name || !(SEARCH_FORMS as readonly string[]).includes(name)) {
      wrong.push(`${file}: ${tag.replace(/\s+/g, " ").slice(0, 120)} (use PostForm)`);
      continue;
    }
    if (!isNextForm && !/method="get"/.test(tag)) wrong.push(`${file}: search form ${name} without method="get"`);
    if (/method="post"/i.test(tag)) wrong.push(`${file}: search form ${name} posts`);
    seen.push(name);
  }
  return { wrong, seen };
}

const files = ["app", "components"].flatMap((dir) => walk(dir));

describe("forms submit by POST, or are listed search forms", () => {
  it("finds the forms (the scan itself works)", () => {
    expect(files.filter((f) => readFileSync(f, "utf8").includes("<PostForm")).length).toBeGreaterThan(25);
  });

  it("every <form> in app/ and components/ is a PostForm or a listed GET search form", () => {
    const wrong: string[] = [];
    const seen: string[] = [];
    for (const file of files) {
      if (file === POST_FORM) continue;
      const found = checkForms(file, readFileSync(file, "utf8"));
      wrong.push(...found.wrong);
      seen.push(...found.seen);
    }
    expect(wrong).toEqual([]);
    expect([...seen].sort()).toEqual([...SEARCH_FORMS].sort());
  });

  it("catches a planted form that would fall back to GET, and a search form that posts or says nothing", () => {
    const [listed] = SEARCH_FORMS;
    expect(checkForms("planted.tsx", '<form onSubmit={save}><input name="password" /></form>').wrong).toHaveLength(1);
    expect(checkForms("planted.tsx", '<form method="get" data-search-form="not-listed">').wrong).toHaveLength(1);
    expect(checkForms("planted.tsx", `<form data-search-form="${listed}">`).wrong).toHaveLength(1);
    expect(checkForms("planted.tsx", `<form method="post" data-search-form="${listed}">`).wrong).toHaveLength(2);
    expect(checkForms("planted.tsx", `<form method="get" data-search-form="${listed}">`)).toEqual({
      wrong: [],
      seen: [listed],
    });
  });

  it("PostForm renders method=post; with a function as action React posts it (never a GET)", () => {
    expect(renderToStaticMarkup(createElement(PostForm, { "aria-label": "x" }))).toBe(
      '<form aria-label="x" method="post"></form>',
    );
    const scripted = renderToStaticMarkup(createElement(PostForm, { action: async () => {} }));
    expect(scripted).not.toMatch(/method="get"/i);
    expect(scripted).toMatch(/^<form action="javascript:/);
  });
});
