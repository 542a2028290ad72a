import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { forgotPasswordAction } from "@/lib/actions/auth";
import { resetPasswordAction } from "@/lib/actions/invitations";
import { authenticate } from "@/lib/auth/authenticate";
import { setMailerForTests, type MailMessage, type Mailer } from "@/lib/mail/mailer";
import { createUser, createWorld, randomEmail, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { anonymous } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

/** "Forgot your password?" on the sign-in page (issue 16 item 12). */
let world: World;
let sent: MailMessage[] = [];
const smtp: Mailer = {
  kind: "smtp",
  async send(message) {
    sent.push(message);
  },
};
const NEW_PASSWORD = "a fresh long passphrase";
const linkIn = (m: MailMessage) => /\/reset\/([A-Za-z0-9_-]{43})/.exec(m.text)?.[1];

beforeEach(async () => {
  world = await createWorld(ownerDb());
  sent = [];
  anonymous();
});
afterEach(() => setMailerForTests(null));

describe("forgot password", () => {
  it("without mail: refused with a sentence that sends the person to their administrator, nothing issued", async () => {
    setMailerForTests({ ...smtp, kind: "log" });
    const r = await forgotPasswordAction({ email: world.manager.user.email });
    expect(r).toMatchObject({
      ok: false,
      code: "VALIDATION",
      message: "Links cannot be emailed here. Ask your administrator for a new password.",
    });
    expect(sent).toEqual([]);
    expect(
      await ownerDb().invitation.count({ where: { email: world.manager.user.email, kind: "PASSWORD_RESET" } }),
    ).toBe(0);
  });

  it("with mail: emails a one-hour link that sets a new password, audited in the account's tenant", async () => {
    setMailerForTests(smtp);
    const r = await forgotPasswordAction({ email: `  ${world.manager.user.email.toUpperCase()} ` });
    expect(r).toEqual({ ok: true, data: { email: world.manager.user.email } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe(world.manager.user.email);
    expect(sent[0]!.text).toContain("Someone, probably you, asked for a link");
    const token = linkIn(sent[0]!);
    expect(token).toBeTruthy();
    const invitation = await ownerDb().invitation.findFirstOrThrow({
      where: { email: world.manager.user.email, kind: "PASSWORD_RESET" },
    });
    expect(invitation).toMatchObject({ tenantId: world.tenant.id, acceptedAt: null });
    expect(invitation.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(3600_000);
    expect(
      await ownerDb().auditEvent.findFirst({
        where: { tenantId: world.tenant.id, action: "password.forgot", targetId: world.manager.user.id },
      }),
    ).toMatchObject({ actorUserId: world.manager.user.id });

    expect(await resetPasswordAction({ token, password: NEW_PASSWORD, passwordConfirm: NEW_PASSWORD })).toMatchObject({
      ok: true,
    });
    expect(
      await authenticate({ email: world.manager.user.email, password: NEW_PASSWORD, ip: "10.66.6.1" }),
    ).toMatchObject({ ok: true });
  });

  it("answers the same for an unknown, a disabled or an admin-only address, and sends nothing to them", async () => {
    setMailerForTests(smtp);
    const disabled = await createUser(ownerDb(), { disabled: true });
    const admin = await createUser(ownerDb(), { isPlatformAdmin: true });
    for (const email of [randomEmail("nobody"), disabled.email, admin.email]) {
      expect(await forgotPasswordAction({ email })).toEqual({ ok: true, data: { email } });
    }
    expect(sent).toEqual([]);
  });

  it("sends at most one link per address every few minutes, with the same answer", async () => {
    setMailerForTests(smtp);
    const email = world.clientX.user.email;
    expect(await forgotPasswordAction({ email })).toEqual({ ok: true, data: { email } });
    expect(await forgotPasswordAction({ email })).toEqual({ ok: true, data: { email } });
    expect(sent.map((m) => m.to)).toEqual([email]);
  });

  it("says what is wrong with the address next to the field", async () => {
    setMailerForTests(smtp);
    expect(await forgotPasswordAction({ email: "not an address" })).toMatchObject({
      ok: false,
      fieldErrors: { email: "Enter a valid email address." },
    });
  });
});
