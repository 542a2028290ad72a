import { afterEach, describe, expect, it, vi } from "vitest";
import { MailKind } from "@/lib/generated/prisma/enums";
import { MAIL_KINDS, mailKindsFor } from "@/lib/mail/kinds";
import { renderMail } from "@/lib/mail/render";
import { sampleMail } from "@/tests/support/mail-sample";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { clip } from "@/lib/mail/outbox/kinds/report-published";

afterEach(() => vi.unstubAllGlobals());

const mail = sampleMail;

describe("react-email rendering", () => {
  it("renders HTML and text offline: no fetch, no web font, no remote image", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("offline")));
    vi.stubGlobal("fetch", fetch);
    const { html, text } = await renderMail(mail(true));
    expect(fetch).not.toHaveBeenCalled();
    expect(html).not.toMatch(/<link[^>]+stylesheet|@font-face|src="https?:/);
    expect(html).toContain('lang="fr"');
    expect(html).toContain('src="cid:brand-logo@mainstay"');
    expect(html).toContain('width="144"');
    expect(html).toContain("#0f766e");
    // Everything is escaped.
    expect(html).toContain("Care &lt;b&gt;&amp; Co&lt;/b&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('href="https://app.example.test/portal/reports/r1?a=1&amp;b=2"');
    // The text twin: the same words, links written out, no preview line.
    expect(text).toContain("Titre : <script>");
    expect(text).toContain("Lire la revue https://app.example.test/portal/reports/r1?a=1&b=2");
    expect(text).toContain("Se désabonner https://app.example.test/unsubscribe/t");
    expect(text).not.toContain("Aperçu");
  });

  it("without a brand: Mainstay's indigo, no logo", async () => {
    const { html } = await renderMail(mail(false));
    expect(html).toContain("#4338ca");
    expect(html).not.toContain("cid:");
  });

  it("cuts a long summary at a word, with an ellipsis", () => {
    expect(clip("short")).toBe("short");
    const long = "word ".repeat(200);
    const cut = clip(long);
    expect(cut.length).toBeLessThanOrEqual(601);
    expect(cut.endsWith("word…")).toBe(true);
  });
});

describe("mail kinds", () => {
  it("are the Prisma enum's values, each with an audience", () => {
    expect([...MAIL_KINDS].sort()).toEqual(Object.values(MailKind).sort());
    expect(mailKindsFor("CLIENT")).toEqual(["REPORT_PUBLISHED"]);
    expect(mailKindsFor("ACCOUNT_MANAGER")).toEqual(["MISSING_REPORTS", "STAFF_DIGEST"]);
    expect(mailKindsFor("PLATFORM_ADMIN")).toEqual([]);
  });
});

describe("unsubscribe tokens", () => {
  it("round-trip; a changed payload or signature is refused", () => {
    process.env.AUTH_SECRET ??= "unit-tests-only-secret-0123456789abcdef0123";
    process.env.DATABASE_URL ??= "postgresql://unit-test/none"; // env() wants one; nothing connects
    const token = unsubscribeToken({ tenantId: "t1", userId: "u1", kind: "STAFF_DIGEST" });
    expect(readUnsubscribeToken(token)).toEqual({ tenantId: "t1", userId: "u1", kind: "STAFF_DIGEST" });
    const [payload, signature] = token.split(".");
    const other = Buffer.from(JSON.stringify({ t: "t1", u: "u2", k: "STAFF_DIGEST" })).toString("base64url");
    expect(readUnsubscribeToken(`${other}.${signature}`)).toBeNull();
    expect(readUnsubscribeToken(`${payload}.${signature!.slice(1)}`)).toBeNull();
    expect(readUnsubscribeToken(`${payload}`)).toBeNull();
    expect(readUnsubscribeToken("")).toBeNull();
  });
});
