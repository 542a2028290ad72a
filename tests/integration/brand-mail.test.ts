import { randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { updateBrandAction } from "@/lib/actions/brand";
import { inviteMemberAction } from "@/lib/actions/invitations";
import { createWorld, randomEmail, type World } from "@/lib/seed/factories";
import { testLogoPng } from "@/tests/support/brand";
import { ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * The MSP's brand in e-mails (issue 18, item 4), captured from a real SMTP exchange on loopback:
 * an invitation to a client user of a branded MSP carries its name, colour and logo (an inline
 * image part referenced by Content-ID) in the HTML, its support contact in both the HTML and the
 * text; an invitation to staff keeps Mainstay's look.
 */
type Received = { to: string[]; raw: string };
const received: Received[] = [];
let server: SMTPServer;
let world: World;
let saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  saved = { SMTP_URL: process.env.SMTP_URL, MAIL_FROM: process.env.MAIL_FROM };
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}/?ignoreTLS=true`;
  process.env.MAIL_FROM = "Mainstay <invites@mainstay.test>";
  world = await createWorld(ownerDb());
  actAs(world.owner.user);
  const brand = await updateBrandAction({
    displayName: "Northwind Care & Co",
    primaryColor: "#0f766e",
    supportEmail: "help@northwind-care.test",
    supportPhone: "+44 20 7946 0018",
    logo: { type: "image/png", data: testLogoPng().toString("base64") },
    expectedVersion: 0,
  });
  expect(brand).toMatchObject({ ok: true });
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
});

const decodeQP = (s: string) =>
  s.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** The decoded body of the MIME part whose headers match `contentType`. */
function part(raw: string, contentType: RegExp): string {
  const boundaries = [...raw.matchAll(/boundary="?([^";\r\n]+)"?/g)].map((m) => m[1]!);
  const parts = boundaries.flatMap((b) => raw.split(`--${b}`));
  const found = parts.find((p) => contentType.test(p.split(/\r?\n\r?\n/)[0] ?? ""));
  if (!found) throw new Error(`no ${contentType} part`);
  const [headers, ...rest] = found.split(/\r?\n\r?\n/);
  const body = rest.join("\n\n");
  if (/base64/i.test(headers!)) return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("latin1");
  return decodeQP(body);
}

async function invite(role: "CLIENT" | "ACCOUNT_MANAGER"): Promise<string> {
  const email = randomEmail("branded");
  actAs(world.owner.user);
  const result = await inviteMemberAction({
    email,
    role,
    organizationId: role === "CLIENT" ? world.orgX.id : "",
    idempotencyKey: randomUUID(),
  });
  expect(result).toMatchObject({ ok: true, data: { delivered: true } });
  const message = received.find((m) => m.to.includes(email));
  expect(message).toBeDefined();
  return message!.raw;
}

describe("e-mails to a branded MSP's clients", () => {
  it("carry the MSP's name, colour, logo and support contact, in HTML and text", async () => {
    const raw = await invite("CLIENT");
    expect(decodeQP(raw)).toMatch(/Subject: You are invited to join Northwind Care & Co on Mainstay/);
    const html = part(raw, /text\/html/i);
    expect(html).toContain("Northwind Care &amp; Co");
    expect(html).toContain("color:#0f766e");
    expect(html).toContain("background-color:#0f766e");
    expect(html).toContain('src="cid:brand-logo@mainstay"');
    expect(html).toContain("help@northwind-care.test");
    expect(html).not.toContain(world.tenant.name);
    const text = part(raw, /text\/plain/i);
    expect(text).toContain("Need help? Northwind Care & Co support: help@northwind-care.test, +44 20 7946 0018");
    expect(text).toMatch(/\/invite\/[A-Za-z0-9_-]{43}/);
    // The logo travels inside the message, as the PNG stored for the tenant.
    expect(raw).toMatch(/Content-ID: <brand-logo@mainstay>/i);
    const logo = part(raw, /Content-Type: image\/png/i);
    const stored = await ownerDb().tenantBrand.findUniqueOrThrow({ where: { tenantId: world.tenant.id } });
    expect(Buffer.from(logo, "latin1").equals(Buffer.from(stored.logoPng!))).toBe(true);
  });

  it("to staff keep Mainstay's look: no brand, no logo", async () => {
    const raw = await invite("ACCOUNT_MANAGER");
    expect(decodeQP(raw)).toContain(`You are invited to join ${world.tenant.name} on Mainstay`);
    expect(raw).not.toMatch(/Content-ID: <brand-logo@mainstay>/i);
    expect(part(raw, /text\/html/i)).not.toContain("#0f766e");
    expect(part(raw, /text\/plain/i)).not.toContain("Need help?");
  });
});
