import { createHash, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { inviteMemberAction } from "@/lib/actions/invitations";
import { acceptInvitationAction } from "@/lib/actions/invitations";
import { createWorld, randomEmail, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";

vi.mock("@/lib/auth/sign-in-with-password", () => ({ signInWithPassword: vi.fn(async () => true) }));

/**
 * A real SMTP exchange on loopback: smtp-server as the mail server (STARTTLS
 * disabled), the app's nodemailer transport configured only through SMTP_URL
 * (`ignoreTLS=true`). Recipients containing "reject" are refused by the server.
 */
type Received = { from: string; to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let world: World;
let saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (address.address.includes("reject")) return callback(new Error("550 mailbox unavailable"));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  // Read once by lib/env on first use: set before anything in this file touches it.
  saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}/?ignoreTLS=true`;
  process.env.MAIL_FROM = "Mainstay <invites@mainstay.test>";
  world = await createWorld(ownerDb());
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  // Shared state: give the environment back as it was.
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

/** Undoes quoted-printable soft line breaks and escapes, enough to read a link back. */
const decodeQP = (s: string) =>
  s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

describe("invitation email through SMTP", () => {
  it("sends the link to the invitee and does not show it to the inviter", async () => {
    const email = randomEmail("mailed");
    actAs(world.owner.user);
    const result = await inviteMemberAction({
      email,
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({ ok: true, data: { delivered: true, link: null, email } });

    const message = received.find((m) => m.to.includes(email));
    expect(message).toBeDefined();
    expect(message!.from).toBe("invites@mainstay.test");
    const body = decodeQP(message!.raw);
    expect(body).toMatch(/Subject: You are invited to join .+ on Mainstay/);
    expect(body).toContain(`as Account manager`);
    const token = /http:\/\/localhost:3000\/invite\/([A-Za-z0-9_-]{43})/.exec(body)?.[1];
    expect(token).toBeDefined();

    // The emailed link is the one that works: its hash is what was stored.
    const row = await ownerDb().invitation.findFirstOrThrow({ where: { tenantId: world.tenant.id, email } });
    expect(row.tokenHash).toBe(createHash("sha256").update(token!).digest("hex"));
    anonymous();
    const accepted = await acceptInvitationAction({
      mode: "new",
      token,
      name: "Mailed Person",
      password: "mailed person password",
      passwordConfirm: "mailed person password",
    });
    expect(accepted).toMatchObject({ ok: true });
  });

  it("when the mail server refuses, nothing is created and the inviter is told to try again", async () => {
    const email = randomEmail("reject");
    actAs(world.owner.user);
    const result = await inviteMemberAction({
      email,
      role: "ACCOUNT_MANAGER",
      organizationId: "",
      idempotencyKey: randomUUID(),
    });
    expect(result).toMatchObject({
      ok: false,
      code: "UNAVAILABLE",
      retryable: true,
      message: "The email could not be sent, so nothing was saved. Try again in a moment.",
    });
    expect(await ownerDb().invitation.count({ where: { email } })).toBe(0);
    expect(
      await ownerDb().idempotencyKey.count({
        where: { tenantId: world.tenant.id, action: "team.invite", response: { equals: {} } },
      }),
    ).toBe(0);
  });
});
