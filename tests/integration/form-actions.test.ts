import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { EMPTY_FORM_STATE, type FormState } from "@/lib/access/form-action";
import { forgotPasswordFormAction, signInFormAction } from "@/lib/actions/auth";
import { createCallFormAction } from "@/lib/actions/calls";
import { resetPasswordFormAction } from "@/lib/actions/invitations";
import { createOrganizationFormAction } from "@/lib/actions/organizations";
import { authenticate } from "@/lib/auth/authenticate";
import { setMailerForTests, type MailMessage } from "@/lib/mail/mailer";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

/**
 * Forms posted without JavaScript (issue 22; lib/access/form-action.ts): the browser sends
 * FormData to the form action, which runs the same entry point, then redirects (303) on
 * success or answers with the errors and what was typed — never a password or a token.
 */
let world: World;
let sent: MailMessage[] = [];

beforeEach(async () => {
  world = await createWorld(ownerDb());
  sent = [];
  setMailerForTests({
    kind: "smtp",
    async send(message) {
      sent.push(message);
    },
  });
});
afterEach(() => setMailerForTests(null));

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  // What React adds to a form posted to a server action; never part of the input.
  data.append("$ACTION_REF_1", "");
  data.append("$ACTION_1:0", '{"id":"x","bound":"$@1"}');
  return data;
};

/** Where the form action redirected to (Next.js's redirect() throws), or the state it answered. */
async function post(
  action: (state: FormState, data: FormData) => Promise<FormState>,
  fields: Record<string, string>,
): Promise<{ redirect: string } | { state: FormState }> {
  try {
    return { state: await action(EMPTY_FORM_STATE, form(fields)) };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (!digest.startsWith("NEXT_REDIRECT")) throw error;
    return { redirect: digest.split(";")[2]! };
  }
}

describe("forms posted without JavaScript", () => {
  it("sign-in: a wrong password answers next to the form, echoes the email, never the password", async () => {
    anonymous();
    const got = await post(signInFormAction, { email: world.manager.user.email, password: "wrong-password-1" });
    expect(got).toMatchObject({
      state: {
        result: { ok: false, code: "UNAUTHENTICATED" },
        values: { email: world.manager.user.email },
        done: false,
      },
    });
    expect(JSON.stringify(got)).not.toContain("wrong-password-1");
  });

  it("sign-in: an empty form says which fields are required", async () => {
    anonymous();
    expect(await post(signInFormAction, { email: "", password: "" })).toMatchObject({
      state: { result: { ok: false, fieldErrors: { email: expect.any(String), password: expect.any(String) } } },
    });
  });

  it("forgot password: the same answer as the hydrated form, shown on the page", async () => {
    anonymous();
    const email = world.manager.user.email;
    expect(await post(forgotPasswordFormAction, { email })).toEqual({
      state: { result: null, values: { email }, done: true },
    });
    expect(sent.map((m) => m.to)).toEqual([email]);
  });

  it("reset password: sets the new password and redirects; a mismatch answers on its field, echoing no secret", async () => {
    anonymous();
    await post(forgotPasswordFormAction, { email: world.manager.user.email });
    const token = /\/reset\/([A-Za-z0-9_-]{43})/.exec(sent[0]!.text)![1]!;
    const refused = await post(resetPasswordFormAction, {
      username: world.manager.user.email,
      token,
      password: "a fresh long passphrase",
      passwordConfirm: "another long passphrase",
    });
    expect(refused).toMatchObject({ state: { result: { fieldErrors: { passwordConfirm: expect.any(String) } } } });
    expect(JSON.stringify(refused)).not.toMatch(/passphrase|token/);
    expect(JSON.stringify(refused)).not.toContain(token);
    expect(
      await post(resetPasswordFormAction, {
        username: world.manager.user.email,
        token,
        password: "a fresh long passphrase",
        passwordConfirm: "a fresh long passphrase",
      }),
    ).toEqual({ redirect: "/" });
    expect(
      await authenticate({ email: world.manager.user.email, password: "a fresh long passphrase", ip: "10.66.6.2" }),
    ).toMatchObject({ ok: true });
  });

  it("create organization: redirects to the new organization; bad input keeps what was typed", async () => {
    actAs(world.manager.user);
    const fields = {
      name: "Posted Without Script Ltd",
      industry: "",
      headcount: "12",
      sites: "1",
      endpoints: "",
      lifecycleStatus: "PROSPECT",
      currentModel: "BREAK_FIX",
      clientSince: "",
      targetModel: "",
      accountManagerId: "",
      notes: "typed before the script ran",
      idempotencyKey: crypto.randomUUID(),
    };
    const refused = await post(createOrganizationFormAction, { ...fields, headcount: "twelve" });
    expect(refused).toMatchObject({
      state: {
        result: { ok: false, code: "VALIDATION", fieldErrors: { headcount: expect.any(String) } },
        values: { name: "Posted Without Script Ltd", headcount: "twelve", notes: "typed before the script ran" },
      },
    });
    const created = await post(createOrganizationFormAction, fields);
    const org = await ownerDb().clientOrganization.findFirstOrThrow({
      where: { tenantId: world.tenant.id, name: "Posted Without Script Ltd" },
    });
    expect(created).toEqual({ redirect: `/organizations/${org.id}` });
    // Sent twice (a double click before the page loaded): one organization.
    expect(await post(createOrganizationFormAction, fields)).toEqual({ redirect: `/organizations/${org.id}` });
    expect(
      await ownerDb().clientOrganization.count({
        where: { tenantId: world.tenant.id, name: "Posted Without Script Ltd" },
      }),
    ).toBe(1);
  });

  it("log a call: redirects to the call; a client may not", async () => {
    const fields = {
      organizationId: world.orgX.id,
      idempotencyKey: crypto.randomUUID(),
      occurredAt: "2025-03-04T10:00",
      attendees: "Director",
      summary: "Posted without script",
      needs: "Needs",
      nextSteps: "Next",
      followUpDate: "",
    };
    actAs(world.clientX.user);
    expect(await post(createCallFormAction, fields)).toMatchObject({ state: { result: { code: "NOT_FOUND" } } });
    actAs(world.manager.user);
    const got = await post(createCallFormAction, fields);
    const call = await ownerDb().scopingCall.findFirstOrThrow({
      where: { organizationId: world.orgX.id, summary: "Posted without script" },
    });
    expect(got).toEqual({ redirect: `/organizations/${world.orgX.id}/calls/${call.id}` });
  });
});
