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
});
