import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import type { ActionResult } from "@/lib/access/result";
import { audit, auditWho } from "@/lib/audit";
import { createWorld, type World } from "@/lib/seed/factories";
import { idempotencyKey, text } from "@/lib/validation/fields";
import { onEmbedded, ownerDb } from "@/tests/support/db";
import { actAs } from "@/tests/support/session";

/**
 * The short, CI-sized version of scripts/fault-scenario.ts: under steady mixed
 * load from two tenants, the app's database connections are killed
 * (pg_terminate_backend). In-flight requests must fail with a clear, retryable
 * error (no stack, no SQL), the app must recover by itself, no multi-row write
 * may be half-done and no row may cross tenants. Real PostgreSQL only.
 */
const APP_NAME = `mainstay-fault-test-${process.pid}`;

// A multi-row write: an organization, its first model change and an audit event, in one transaction.
const onboard = defineAction(
  {
    name: "test.onboard",
    permission: "org.create",
    input: z.object({ name: text(100), idempotencyKey: idempotencyKey() }).strict(),
    idempotent: true,
  },
  async ({ tx, actor, input, requestId }) => {
    const tenantId = actor.tenantId!;
    const org = await tx.clientOrganization.create({
      data: { tenantId, name: input.name, headcount: 10, currentModel: "HYBRID", lifecycleStatus: "ACTIVE" },
      select: { id: true },
    });
    await tx.serviceModelChange.create({
      data: {
        tenantId,
        organizationId: org.id,
        fromModel: null,
        toModel: "HYBRID",
        effectiveDate: new Date(),
        reason: "fault test",
        recordedById: actor.userId,
      },
    });
    await audit(tx, auditWho(actor, requestId), {
      action: "org.create",
      targetType: "ClientOrganization",
      targetId: org.id,
    });
    return { id: org.id };
  },
);

const listOrgs = defineAction(
  { name: "test.listOrgs", permission: "org.read", input: z.object({}).strict() },
  async ({ tx, actor }) =>
    tx.clientOrganization.findMany({ where: { tenantId: actor.tenantId! }, select: { id: true, tenantId: true } }),
);

let a: World;
let b: World;

describe.skipIf(onEmbedded())("database faults under load", () => {
  const originalUrl = process.env.DATABASE_URL;
  afterAll(async () => {
    // Give the process back its untagged pool (shared state: restore what beforeAll changed).
    const tagged = (globalThis as { mainstayPrisma?: { $disconnect(): Promise<void> } }).mainstayPrisma;
    await tagged?.$disconnect();
    process.env.DATABASE_URL = originalUrl;
    (globalThis as { mainstayPrisma?: unknown }).mainstayPrisma = undefined;
  });

  beforeAll(async () => {
    // Tag this process's pool so the test kills only its own connections.
    const url = new URL(process.env.DATABASE_URL!);
    url.searchParams.set("application_name", APP_NAME);
    process.env.DATABASE_URL = url.toString();
    (globalThis as { mainstayPrisma?: unknown }).mainstayPrisma = undefined;
    [a, b] = await Promise.all([createWorld(ownerDb()), createWorld(ownerDb())]);
  });

  it("fails in-flight requests cleanly, recovers by itself, and leaves no half-written or cross-tenant rows", async () => {
    const outcomes: { kind: "ok" | "error"; code?: string; message?: string; retryable?: boolean; write: boolean }[] =
      [];
    const deadline = Date.now() + 6_000;
    const killAt = Date.now() + 2_000;
    let killed = 0;
    let firstOkAfterKill: number | null = null;

    const worker = async (w: World, write: boolean) => {
      while (Date.now() < deadline) {
        actAs(w.owner.user);
        let result: ActionResult<unknown>;
        try {
          result = write
            ? await onboard({ name: `Fault ${randomUUID().slice(0, 6)}`, idempotencyKey: randomUUID() })
            : await listOrgs({});
        } catch (error) {
          outcomes.push({ kind: "error", code: "THROWN", message: String(error), write });
          continue;
        }
        if (result.ok) {
          if (!write) {
            const rows = result.data as { tenantId: string }[];
            if (rows.some((r) => r.tenantId !== w.tenant.id)) throw new Error("cross-tenant row seen");
          }
          if (killed && firstOkAfterKill === null) firstOkAfterKill = Date.now();
          outcomes.push({ kind: "ok", write });
        } else {
          outcomes.push({
            kind: "error",
            code: result.code,
            message: result.message,
            retryable: result.retryable,
            write,
          });
        }
      }
    };
    const killer = async () => {
      while (Date.now() < killAt) await new Promise((r) => setTimeout(r, 50));
      for (let i = 0; i < 3; i++) {
        const rows = await ownerDb().$queryRaw<{ n: number }[]>`
          SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = ${APP_NAME} AND pid <> pg_backend_pid()`;
        killed += rows[0]?.n ?? 0;
        await new Promise((r) => setTimeout(r, 300));
      }
    };
    // The actor is a module-level setting: run the two tenants' workers in turns through one session switch.
    await Promise.all([worker(a, true), worker(a, false), killer()]);
    await Promise.all([worker(b, true), worker(b, false)]);

    const errors = outcomes.filter((o) => o.kind === "error");
    const summary = {
      requests: outcomes.length,
      ok: outcomes.length - errors.length,
      errorsByCode: errors.reduce<Record<string, number>>(
        (acc, e) => ({ ...acc, [e.code ?? "?"]: (acc[e.code ?? "?"] ?? 0) + 1 }),
        {},
      ),
      connectionsKilled: killed,
      recoveryMs: firstOkAfterKill ? firstOkAfterKill - killAt : null,
    };
    console.info("fault test:", JSON.stringify(summary));

    expect(killed).toBeGreaterThan(0);
    // Every failure is one we explain: retryable UNAVAILABLE (or a retry-able conflict), never INTERNAL or a stack.
    for (const e of errors) {
      expect(["UNAVAILABLE", "CONFLICT"], `${e.code}: ${e.message}`).toContain(e.code);
      expect(e.retryable).toBe(true);
      expect(e.message).not.toMatch(/at .*\.ts:\d+|SELECT|INSERT|prisma|pg_/i);
    }
    // It recovered without a restart.
    expect(firstOkAfterKill).not.toBeNull();
    actAs(a.owner.user);
    expect((await listOrgs({})).ok).toBe(true);

    // Integrity: every onboarded organization has its model change and its audit event, and nothing crossed tenants.
    const db = ownerDb();
    for (const w of [a, b]) {
      const orgs = await db.clientOrganization.findMany({
        where: { tenantId: w.tenant.id, name: { startsWith: "Fault " } },
        select: { id: true },
      });
      const changes = await db.serviceModelChange.findMany({
        where: { organizationId: { in: orgs.map((o) => o.id) } },
        select: { organizationId: true, tenantId: true },
      });
      const audits = await db.auditEvent.findMany({
        where: { action: "org.create", targetId: { in: orgs.map((o) => o.id) } },
        select: { targetId: true, tenantId: true },
      });
      expect(new Set(changes.map((c) => c.organizationId))).toEqual(new Set(orgs.map((o) => o.id)));
      expect(new Set(audits.map((x) => x.targetId))).toEqual(new Set(orgs.map((o) => o.id)));
      expect(changes.every((c) => c.tenantId === w.tenant.id) && audits.every((x) => x.tenantId === w.tenant.id)).toBe(
        true,
      );
    }
  }, 60_000);
});
