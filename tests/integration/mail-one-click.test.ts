import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/api/mail/unsubscribe/[token]/route";
import { setMailerForTests, type Mailer, type MailMessage } from "@/lib/mail/mailer";
import { sendOutboxMail } from "@/lib/mail/outbox/send-mail";
import { unsubscribeToken } from "@/lib/mail/unsubscribe-token";
import { createMember, createReport, createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { anonymous } from "@/tests/support/session";

/**
 * One-click unsubscribe (issue 18 item 3, RFC 8058): every outbox mail names its one-click URL in
 * `List-Unsubscribe`; a mail client's POST of `List-Unsubscribe=One-Click` to it turns off that
 * kind of mail for that member — no session, no CSRF token, the signed token is the proof — and a
 * bad token or body changes nothing. (The hand-written cases per caller: tests/access/public-rows.ts.)
 */
let w: World;
let other: World;
let reportId: string;

beforeAll(async () => {
  w = await createWorld(ownerDb());
  other = await createWorld(ownerDb());
  reportId = (
    await createReport(ownerDb(), {
      tenantId: w.tenant.id,
      organizationId: w.orgX.id,
      authorId: w.manager.user.id,
      period: "2023-03",
      status: "PUBLISHED",
    })
  ).id;
});

afterEach(() => setMailerForTests(null));

function recorder(): Mailer & { sent: MailMessage[] } {
  const m = {
    kind: "smtp" as const,
    sent: [] as MailMessage[],
    async send(message: MailMessage) {
      m.sent.push(message);
    },
  };
  return m;
}

/** One publication mail to `userId`, sent through a recording transport; what the transport got. */
async function sendOne(userId: string): Promise<{ status: string; message: MailMessage | undefined }> {
  const transport = recorder();
  setMailerForTests(transport);
  const mail = await ownerDb().outboxMail.create({
    data: {
      tenantId: w.tenant.id,
      kind: "REPORT_PUBLISHED",
      sourceKey: `one-click-${Math.random().toString(36).slice(2)}`,
      recipientId: userId,
      data: { reportId },
    },
  });
  await sendOutboxMail({ tenantId: w.tenant.id, mailId: mail.id }, { id: "test", retryCount: 0, retryLimit: 6 });
  const row = await ownerDb().outboxMail.findFirstOrThrow({ where: { id: mail.id } });
  return { status: row.status, message: transport.sent[0] };
}

const post = (token: string, body: BodyInit | null, type = "application/x-www-form-urlencoded") =>
  POST(
    new Request(`http://localhost/api/mail/unsubscribe/${token}`, {
      method: "POST",
      headers: type ? { "content-type": type } : {},
      body,
    }),
    { params: Promise.resolve({ token }) },
  );

const optOutsOf = (userId: string) =>
  ownerDb()
    .mailOptOut.findMany({ where: { userId }, select: { tenantId: true, kind: true } })
    .then((rows) => rows.map((r) => `${r.tenantId}:${r.kind}`).sort());

describe("one-click unsubscribe", () => {
  it("a sent mail names its one-click URL; the mail program's POST turns that kind off for that member only", async () => {
    const member = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
    const { status, message } = await sendOne(member.user.id);
    expect(status).toBe("SENT");
    const header = message!.headers?.["List-Unsubscribe"] ?? "";
    expect(header).toMatch(/^<http:\/\/localhost:3000\/api\/mail\/unsubscribe\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+>$/);
    // Plain http here (no APP_URL): no One-Click POST header, which RFC 8058 allows on https only.
    expect(message!.headers?.["List-Unsubscribe-Post"]).toBeUndefined();
    const token = decodeURIComponent(header.match(/\/api\/mail\/unsubscribe\/([^/>]+)>$/)![1]!);

    anonymous(); // a mail program: no session, no cookie, no CSRF token
    const done = await post(token, "List-Unsubscribe=One-Click");
    expect(done.status).toBe(200);
    expect(await done.json()).toEqual({ ok: true, kind: "REPORT_PUBLISHED" });
    expect(await optOutsOf(member.user.id)).toEqual([`${w.tenant.id}:REPORT_PUBLISHED`]);
    // Twice (a retrying client): still one row. Others are untouched.
    expect((await post(token, "List-Unsubscribe=One-Click")).status).toBe(200);
    expect(await optOutsOf(member.user.id)).toEqual([`${w.tenant.id}:REPORT_PUBLISHED`]);
    expect(await optOutsOf(w.clientX.user.id)).toEqual([]);
    // It is audited as the member's own choice.
    expect(
      await ownerDb().auditEvent.count({
        where: { tenantId: w.tenant.id, actorUserId: member.user.id, action: "profile.updateMailPreferences" },
      }),
    ).toBeGreaterThanOrEqual(1);
    // The next publication mail to them is not sent.
    expect((await sendOne(member.user.id)).status).toBe("SKIPPED");
  });

  it("a bad token, a forged one, another body or none: 4xx and nothing written", async () => {
    const member = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
    const good = unsubscribeToken({ tenantId: w.tenant.id, userId: member.user.id, kind: "REPORT_PUBLISHED" });
    const forged = good.replace(/\.[^.]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const otherTenantPayload = `${Buffer.from(JSON.stringify({ t: other.tenant.id, u: other.owner.user.id, k: "STAFF_DIGEST" })).toString("base64url")}.${good.split(".")[1]}`;
    anonymous();
    for (const [token, body, type, status] of [
      [forged, "List-Unsubscribe=One-Click", undefined, 422],
      [otherTenantPayload, "List-Unsubscribe=One-Click", undefined, 422],
      ["nonsense", "List-Unsubscribe=One-Click", undefined, 422],
      [good, "", undefined, 422],
      [good, "List-Unsubscribe=Yes", undefined, 422],
      [good, '{"List-Unsubscribe":"One-Click"}', "application/json", 422],
      ["x".repeat(401), "List-Unsubscribe=One-Click", undefined, 404],
    ] as const) {
      const response = await post(token, body, type);
      expect(response.status, `${token.slice(0, 20)} ${body}`).toBe(status);
      expect((await response.json()).error.code).toBe(status === 404 ? "NOT_FOUND" : "VALIDATION");
    }
    expect(await optOutsOf(member.user.id)).toEqual([]);
    expect(await optOutsOf(other.owner.user.id)).toEqual([]);
  });

  it("opening the URL (GET) changes nothing and leads to the page that asks for confirmation", async () => {
    const member = await createMember(ownerDb(), { tenantId: w.tenant.id, role: "CLIENT", organizationId: w.orgX.id });
    const token = unsubscribeToken({ tenantId: w.tenant.id, userId: member.user.id, kind: "REPORT_PUBLISHED" });
    const response = await GET(new Request(`http://localhost/api/mail/unsubscribe/${token}`), {
      params: Promise.resolve({ token }),
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/unsubscribe/${token}`);
    expect(await optOutsOf(member.user.id)).toEqual([]);
  });
});
