import { afterEach, describe, expect, it, vi } from "vitest";
import { invitationMail } from "@/lib/mail/invitation-mail";

afterEach(() => vi.unstubAllGlobals());

const base = {
  to: "new.person@example.test",
  link: "https://app.example.test/invite/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
  tenantName: "Northwind <IT> & Co",
  expiresAt: new Date("2026-12-03T09:30:00Z"),
  inviterName: "Nora",
} as const;

const BRAND = {
  name: "Care <b>& Co</b>",
  color: "#0f766e",
  supportEmail: "help@care.test",
  supportPhone: null,
  logo: { png: Buffer.from("png bytes"), width: 120, height: 40 },
};

describe("invitation e-mails (react-email, like every other mail)", () => {
  it("an invitation names the tenant, the role, the inviter, the link and the expiry (UTC), in HTML and text", async () => {
    const fetch = vi.fn(() => Promise.reject(new Error("offline")));
    vi.stubGlobal("fetch", fetch);
    const mail = await invitationMail({ ...base, kind: "INVITE", role: "ACCOUNT_MANAGER" });
    expect(fetch).not.toHaveBeenCalled();
    expect(mail.to).toBe(base.to);
    expect(mail.subject).toBe("You are invited to join Northwind <IT> & Co on Mainstay");
    expect(mail.text).toContain("Nora invited you to join Northwind <IT> & Co on Mainstay as Account manager.");
    expect(mail.text).toContain(`Accept the invitation ${base.link}`);
    expect(mail.text).toContain("Dec 3, 2026, 9:30 AM UTC");
    // The react-email layout: a whole document with its title, the button carrying the link.
    expect(mail.html).toMatch(/^<!DOCTYPE html/);
    expect(mail.html).toContain('lang="en"');
    expect(mail.html).toContain("<title>You are invited to join Northwind &lt;IT&gt; &amp; Co on Mainstay</title>");
    expect(mail.html).toContain(`href="${base.link}"`);
    expect(mail.html).not.toMatch(/<link[^>]+stylesheet|@font-face|src="https?:/);
  });

  it("escapes everything in the HTML", async () => {
    const mail = await invitationMail({ ...base, kind: "INVITE", role: "OWNER", inviterName: "<script>x</script>" });
    expect(mail.html).toContain("Northwind &lt;IT&gt; &amp; Co");
    expect(mail.html).not.toContain("<IT>");
    expect(mail.html).not.toContain("<script>");
  });

  it("staff (or an unbranded tenant): Mainstay's look, no logo, no attachment, no unsubscribe link", async () => {
    const mail = await invitationMail({ ...base, kind: "INVITE", role: "ACCOUNT_MANAGER" });
    expect(mail.html).toContain("#4338ca");
    expect(mail.html).not.toContain("cid:");
    expect(mail.attachments).toBeUndefined();
    expect(mail.text).not.toContain("Need help?");
    expect(mail.text).not.toMatch(/unsubscribe/i);
  });

  it("a password reset says so, and says nothing changes if ignored", async () => {
    const mail = await invitationMail({ ...base, kind: "PASSWORD_RESET", role: "CLIENT" });
    expect(mail.subject).toBe("Choose a new Mainstay password (Northwind <IT> & Co)");
    expect(mail.text).toContain("your password stays as it is");
    expect(mail.text).toContain(`Choose a new password ${base.link}`);
    const self = await invitationMail({ ...base, kind: "PASSWORD_RESET", role: "OWNER", selfService: true });
    expect(self.text).toContain("Someone, probably you, asked for a link");
  });

  it("to a client of a branded MSP: its name, colour, logo (inline part) and support contact; all escaped", async () => {
    const mail = await invitationMail({ ...base, kind: "INVITE", role: "CLIENT", brand: BRAND });
    expect(mail.subject).toBe("You are invited to join Care <b>& Co</b> on Mainstay");
    expect(mail.html).toContain("Care &lt;b&gt;&amp; Co&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toMatch(/background-color:#0f766e/);
    expect(mail.html).not.toContain("#4338ca");
    expect(mail.html).toContain('src="cid:brand-logo@mainstay"');
    expect(mail.html).toContain('width="144"');
    expect(mail.text).toContain("Need help? Care <b>& Co</b> support: help@care.test");
    expect(mail.attachments).toEqual([
      {
        filename: "logo.png",
        content: Buffer.from("png bytes"),
        contentType: "image/png",
        cid: "brand-logo@mainstay",
        contentDisposition: "inline",
      },
    ]);
  });

  it("in the invitee's language", async () => {
    const mail = await invitationMail({ ...base, kind: "INVITE", role: "CLIENT", brand: BRAND }, "fr");
    expect(mail.html).toContain('lang="fr"');
    expect(mail.subject).toContain("Care <b>& Co</b>");
    expect(mail.text).toContain("Client");
    expect(mail.text).toContain("3 déc. 2026");
    expect(mail.text).not.toContain("You are invited");
  });
});
