import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { publishReportAction } from "@/lib/actions/reports";
import {
  createWebhookEndpointAction,
  deleteWebhookEndpointAction,
  redeliverWebhookAction,
  rotateWebhookSecretAction,
  updateWebhookEndpointAction,
} from "@/lib/actions/webhooks";
import { withDbContext } from "@/lib/db/context";
import { getWebhookEndpoint } from "@/lib/domain/webhooks/get-webhook-endpoint";
import { listWebhookEndpoints } from "@/lib/domain/webhooks/list-webhook-endpoints";
import { createReport, createWorld, type World } from "@/lib/seed/factories";
import { sendWebhook } from "@/lib/webhooks/send";
import { targetProblem } from "@/lib/webhooks/target";
import { ownerDb } from "@/tests/support/db";
import { settleJobs } from "@/tests/support/jobs";
import { actAs } from "@/tests/support/session";
import { startReceiver, type Reply } from "@/tests/support/webhook-receiver";
import { actorOf, readAs } from "./reports-support";

/**
 * Webhooks end to end on the real queue: an owner registers an endpoint (the secret shown
 * once, stored encrypted), a published report becomes a signed delivery that the Standard
 * Webhooks reference library verifies, failures are retried and logged, an owner redelivers.
 */
let w: World;
let period = 0;
const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];

/** A receiver of its own for each test: endpoints of earlier tests keep receiving events too. */
async function newReceiver(replies: Reply[] = []) {
  const r = await startReceiver(() => replies.shift() ?? { status: 204 });
  receivers.push(r);
  return r;
}

beforeAll(async () => {
  w = await createWorld(ownerDb());
});
afterAll(async () => {
  for (const r of receivers) await r.close();
});

async function register(eventTypes: string[], url: string) {
  actAs(w.owner.user);
  const result = await createWebhookEndpointAction({ url, description: "", eventTypes, idempotencyKey: randomUUID() });
  if (!result.ok) throw new Error(`${result.code} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

async function publishOne(): Promise<string> {
  period++;
  const report = await createReport(ownerDb(), {
    tenantId: w.tenant.id,
    organizationId: w.orgX.id,
    authorId: w.manager.user.id,
    period: `2023-${String(period).padStart(2, "0")}`,
    status: "DRAFT",
  });
  actAs(w.manager.user);
  const published = await publishReportAction({ id: report.id, expectedVersion: 1 });
  if (!published.ok) throw new Error(published.code);
  return report.id;
}

const deliveriesOf = (endpointId: string) =>
  ownerDb().webhookDelivery.findMany({ where: { endpointId }, include: { log: true, event: true } });

describe("registering an endpoint", () => {
  it("shows a whsec_ secret once and stores it encrypted; a double submit makes one endpoint", async () => {
    const receiver = await newReceiver();
    actAs(w.owner.user);
    const key = randomUUID();
    const input = { url: receiver.url, description: "CRM", eventTypes: ["report.published"], idempotencyKey: key };
    const first = await createWebhookEndpointAction(input);
    const again = await createWebhookEndpointAction(input);
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(first.data.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    expect(again.data).toEqual({ id: first.data.id, secret: null });
    const row = await ownerDb().webhookEndpoint.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: first.data.id } },
    });
    expect(row.secretEncrypted).not.toContain(first.data.secret!.slice(6));
    expect(row.secretHint).toBe(first.data.secret!.slice(0, 10));
    const owner = await actorOf(w.owner.user);
    const listed = await readAs(owner, (tx) => listWebhookEndpoints(tx, owner));
    expect(JSON.stringify(listed)).not.toContain(first.data.secret!.slice(10));
  });

  it("refuses what is not an http(s) URL, credentials in it, and (in production) private or plain-http targets", async () => {
    actAs(w.owner.user);
    for (const [url, key] of [
      ["ftp://example.com/x", "integrations.webhooks.errors.invalidUrl"],
      ["not a url", "integrations.webhooks.errors.invalidUrl"],
      ["https://user:pw@example.com/x", "integrations.webhooks.errors.credentials"],
    ] as const) {
      const result = await createWebhookEndpointAction({
        url,
        description: "",
        eventTypes: ["report.published"],
        idempotencyKey: randomUUID(),
      });
      expect(result, url).toMatchObject({ ok: false, code: "VALIDATION" });
      if (!result.ok) expect(result.fieldErrors?.url, url).toBeTruthy();
      expect(targetProblem(url, false)).toBe(key.split(".").at(-1));
    }
    expect(targetProblem("http://example.com/hook", false)).toBe("httpsRequired");
    for (const url of [
      "https://127.0.0.1/x",
      "https://10.1.2.3/x",
      "https://192.168.0.10/x",
      "https://169.254.169.254/latest/meta-data",
      "https://[::1]/x",
      "https://[::ffff:127.0.0.1]/x",
      "https://[fd00::1]/x",
      "https://localhost/x",
      "https://printer.local/x",
    ])
      expect(targetProblem(url, false), url).toBe("privateAddress");
    expect(targetProblem("https://hooks.example.com/x", false)).toBeNull();
  });
});

describe("delivery", () => {
  it("POSTs the event signed (verified by the Standard Webhooks library), once, and logs it", async () => {
    const receiver = await newReceiver();
    const endpoint = await register(["report.published"], receiver.url);
    receiver.setSecret(endpoint.secret!);
    const before = receiver.received.length;
    const reportId = await publishOne();
    await settleJobs(w.tenant.id);
    const got = receiver.received.slice(before);
    expect(got).toHaveLength(1);
    const request = got[0]!;
    expect(request.verified).toBe(true);
    expect(request.signature).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
    expect(JSON.parse(request.body)).toMatchObject({
      type: "report.published",
      data: { reportId, organizationId: w.orgX.id, republished: false },
    });
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 1, lastStatusCode: 204, lastError: null });
    expect(request.id).toBe(delivery!.eventId);
    expect(delivery!.log).toHaveLength(1);
    // Running the queue again sends nothing more.
    await settleJobs(w.tenant.id, { ignoreStartAfter: true });
    expect(receiver.received.length - before).toBe(1);
  });

  it("retries a failure with backoff under the same webhook-id, and records every attempt", async () => {
    const receiver = await newReceiver([
      { status: 500, body: "database down" },
      { status: 302, headers: { location: "http://127.0.0.1:1/" } },
    ]);
    const endpoint = await register(["report.published"], receiver.url);
    receiver.setSecret(endpoint.secret!);
    const before = receiver.received.length;
    await publishOne();
    await settleJobs(w.tenant.id);
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "PENDING", attempts: 1, lastStatusCode: 500, lastError: "http_status" });
    expect(delivery!.log[0]).toMatchObject({ statusCode: 500, error: "http_status", responseBody: "database down" });
    // The retry waits out its backoff; run it now.
    await settleJobs(w.tenant.id, { ignoreStartAfter: true });
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 3, lastStatusCode: 204 });
    expect(delivery!.log.map((a) => a.error).sort()).toEqual([null, "http_status", "redirect"].sort());
    const ids = new Set(receiver.received.slice(before).map((r) => r.id));
    expect([...ids]).toEqual([delivery!.eventId]);
    expect(receiver.received.slice(before).every((r) => r.verified)).toBe(true);
  });

  it("gives up after the last retry, FAILED; an owner's redelivery sends it again with the same id", async () => {
    const receiver = await newReceiver(Array.from({ length: 9 }, () => ({ status: 503 })));
    const endpoint = await register(["report.published"], receiver.url);
    receiver.setSecret(endpoint.secret!);
    const before = receiver.received.length;
    await publishOne();
    await settleJobs(w.tenant.id, { ignoreStartAfter: true });
    let [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "FAILED", attempts: 9, lastStatusCode: 503 });
    expect(receiver.received.length - before).toBe(9);

    actAs(w.owner.user);
    const redelivered = await redeliverWebhookAction({ deliveryId: delivery!.id });
    expect(redelivered).toMatchObject({ ok: true, data: { redeliveries: 1 } });
    await settleJobs(w.tenant.id);
    [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery).toMatchObject({ status: "SUCCEEDED", attempts: 10, redeliveries: 1 });
    expect(delivery!.log.filter((a) => a.trigger === "manual")).toHaveLength(1);
    const last = receiver.received.at(-1)!;
    expect(last.id).toBe(delivery!.eventId);
    expect(last.verified).toBe(true);
  });

  it("sends only subscribed events to enabled endpoints; a rotated secret signs from then on", async () => {
    const receiver = await newReceiver();
    const other = await register(["assessment.finalized"], receiver.url);
    const endpoint = await register(["report.published"], receiver.url);
    actAs(w.owner.user);
    const disabled = await register(["report.published"], receiver.url);
    const row = await ownerDb().webhookEndpoint.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: disabled.id } },
    });
    expect(
      await updateWebhookEndpointAction({
        id: disabled.id,
        expectedVersion: row.version,
        url: row.url,
        description: "",
        eventTypes: row.eventTypes,
        enabled: "false",
      }),
    ).toMatchObject({ ok: true });
    const rotated = await rotateWebhookSecretAction({ id: endpoint.id, expectedVersion: 1 });
    expect(rotated.ok).toBe(true);
    if (!rotated.ok) return;
    expect(rotated.data.secret).not.toBe(endpoint.secret);
    receiver.setSecret(rotated.data.secret);
    const before = receiver.received.length;
    await publishOne();
    await settleJobs(w.tenant.id);
    expect(await deliveriesOf(other.id)).toHaveLength(0);
    expect(await deliveriesOf(disabled.id)).toHaveLength(0);
    const mine = receiver.received.slice(before);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.verified).toBe(true);
    expect((await deliveriesOf(endpoint.id))[0]!.status).toBe("SUCCEEDED");
  });

  it("shows the owner the delivery log, and nobody else; deleting an endpoint removes its log", async () => {
    const receiver = await newReceiver();
    const endpoint = await register(["report.published"], receiver.url);
    await publishOne();
    await settleJobs(w.tenant.id);
    const owner = await actorOf(w.owner.user);
    const view = await readAs(owner, (tx) => getWebhookEndpoint(tx, owner, endpoint.id));
    expect(view.deliveries).toHaveLength(1);
    expect(view.deliveries[0]).toMatchObject({ status: "SUCCEEDED", event: { type: "report.published" } });
    const manager = await actorOf(w.manager.user);
    await expect(readAs(manager, (tx) => getWebhookEndpoint(tx, manager, endpoint.id))).rejects.toThrow("NOT_FOUND");
    // RLS alone, around the application layer: a manager's and a client's context see no rows.
    for (const role of ["ACCOUNT_MANAGER", "CLIENT"] as const) {
      const seen = await withDbContext(
        { tenantId: w.tenant.id, role, userId: w.manager.user.id },
        (tx) =>
          tx.$queryRaw<
            { n: number }[]
          >`SELECT (SELECT count(*) FROM "WebhookEndpoint")::int + (SELECT count(*) FROM "WebhookDelivery")::int AS n`,
      );
      expect(seen[0]?.n).toBe(0);
    }
    actAs(w.owner.user);
    const row = await ownerDb().webhookEndpoint.findUniqueOrThrow({
      where: { tenantId_id: { tenantId: w.tenant.id, id: endpoint.id } },
    });
    expect(await deleteWebhookEndpointAction({ id: endpoint.id, expectedVersion: row.version })).toMatchObject({
      ok: true,
    });
    expect(await ownerDb().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(0);
  });
});

describe("the HTTP client", () => {
  it("refuses private addresses a host name resolves to, follows no redirect, and times out", async () => {
    const receiver = await newReceiver();
    const refused = await sendWebhook({
      url: "http://localhost:9/x",
      headers: {},
      body: "{}",
      allowPrivate: false,
    });
    expect(refused).toMatchObject({ ok: false, error: "private_address" });
    const literal = await sendWebhook({ url: "http://127.0.0.1:9/x", headers: {}, body: "{}", allowPrivate: false });
    expect(literal).toMatchObject({ ok: false, error: "private_address" });

    const slow = await startReceiver(() => "hang");
    try {
      const started = Date.now();
      const timedOut = await sendWebhook({
        url: slow.url,
        headers: {},
        body: "{}",
        timeoutMs: 800,
        allowPrivate: true,
      });
      expect(timedOut).toMatchObject({ ok: false, error: "timeout" });
      expect(Date.now() - started).toBeLessThan(3000);
    } finally {
      await slow.close();
    }
    const redirecting = await startReceiver(() => ({ status: 307, headers: { location: receiver.url } }));
    try {
      const before = receiver.received.length;
      const redirected = await sendWebhook({ url: redirecting.url, headers: {}, body: "{}", allowPrivate: true });
      expect(redirected).toMatchObject({ ok: false, statusCode: 307, error: "redirect" });
      expect(receiver.received.length).toBe(before);
    } finally {
      await redirecting.close();
    }
  });
});
