import { describe, expect, it } from "vitest";
import { invitationMail } from "@/lib/mail/invitation-mail";

const base = {
  to: "new.person@example.test",
  link: "https://app.example.test/invite/abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ",
  tenantName: "Northwind <IT> & Co",
  expiresAt: new Date("2026-12-03T09:30:00Z"),
  inviterName: "Nora",
} as const;

describe("invitation emails", () => {
  it("an invitation names the tenant, the role, the inviter, the link and the expiry (UTC)", () => {
    const mail = invitationMail({ ...base, kind: "INVITE", role: "ACCOUNT_MANAGER" });
    expect(mail.to).toBe(base.to);
    expect(mail.subject).toBe("You are invited to join Northwind <IT> & Co on Mainstay");
    expect(mail.text).toContain("Nora invited you to join Northwind <IT> & Co on Mainstay as Account manager.");
    expect(mail.text).toContain(base.link);
    expect(mail.text).toContain("Dec 3, 2026, 9:30 AM UTC");
  });

  it("escapes the HTML twin", () => {
    const mail = invitationMail({ ...base, kind: "INVITE", role: "OWNER" });
    expect(mail.html).toContain("Northwind &lt;IT&gt; &amp; Co");
    expect(mail.html).not.toContain("<IT>");
    expect(mail.html).toContain(`href="${base.link}"`);
  });

  it("a password reset says so, and says nothing changes if ignored", () => {
    const mail = invitationMail({ ...base, kind: "PASSWORD_RESET", role: "CLIENT" });
    expect(mail.subject).toBe("Choose a new Mainstay password (Northwind <IT> & Co)");
    expect(mail.text).toContain("your password stays as it is");
    expect(mail.text).toContain(base.link);
  });

  it("to a client of a branded MSP: its name, colour, logo (inline part) and support contact; all escaped", () => {
    const mail = invitationMail({
      ...base,
      kind: "INVITE",
      role: "CLIENT",
      brand: {
        name: "Care <b>& Co</b>",
        color: "#0f766e",
        supportEmail: "help@care.test",
        supportPhone: null,
        logo: { png: Buffer.from("png bytes"), width: 120, height: 40 },
      },
    });
    expect(mail.subject).toBe("You are invited to join Care <b>& Co</b> on Mainstay");
    expect(mail.html).toContain("Care &lt;b&gt;&amp; Co&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>");
    expect(mail.html).toContain("background:#0f766e");
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

  it("without a brand: Mainstay's plain e-mail, no attachment", () => {
    const mail = invitationMail({ ...base, kind: "INVITE", role: "CLIENT" });
    expect(mail.attachments).toBeUndefined();
    expect(mail.text).not.toContain("Need help?");
  });
});
