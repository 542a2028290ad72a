import { describe, expect, it } from "vitest";
import type { OutboxMailStatus } from "@/lib/generated/prisma/enums";
import { runTenantDailyMail } from "@/lib/mail/daily";
import { OUTBOX_RETENTION_DAYS } from "@/lib/mail/outbox/retention";
import { createWorld, type World } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";

/**
 * The outbox's retention (lib/mail/outbox/retention.ts, ARCHITECTURE.md "E-mail"): a
 * mail's body is personal data, so the daily run deletes sent, captured and skipped mails 90 days
 * after they were queued, failed ones after 180; pending ones stay; other tenants' are untouched.
 */
const DAY = 24 * 3600 * 1000;
const NOW = new Date("2031-06-15T07:00:00Z");

async function mail(world: World, status: OutboxMailStatus, ageDays: number, transport: string | null = null) {
  return ownerDb().outboxMail.create({
    data: {
      tenantId: world.tenant.id,
      kind: "REPORT_PUBLISHED",
      sourceKey: `retention-${status}-${ageDays}-${Math.random().toString(36).slice(2)}`,
      recipientId: world.clientX.user.id,
      data: {},
      status,
      transport,
      subject: status === "SENT" ? "Your service review" : null,
      html: status === "SENT" ? "<p>Dear Ada, the summary…</p>" : null,
      text: status === "SENT" ? "Dear Ada, the summary…" : null,
      createdAt: new Date(NOW.getTime() - ageDays * DAY),
    },
    select: { id: true },
  });
}

describe("outbox retention", () => {
  it("is documented as 90 days for sent and skipped mails, 180 for failed ones", () => {
    expect(OUTBOX_RETENTION_DAYS).toEqual({ SENT: 90, SKIPPED: 90, FAILED: 180 });
  });

  it("the daily run deletes mails past their retention, keeps the rest, and only in its tenant", async () => {
    const w = await createWorld(ownerDb());
    const other = await createWorld(ownerDb());
    const keep = [
      await mail(w, "SENT", 89, "smtp"),
      await mail(w, "SENT", 30, "capture"),
      await mail(w, "SKIPPED", 89),
      await mail(w, "FAILED", 91),
      await mail(w, "FAILED", 179),
      await mail(w, "PENDING", 400),
      await mail(other, "SENT", 400, "smtp"),
    ];
    const gone = [
      await mail(w, "SENT", 91, "smtp"),
      await mail(w, "SENT", 365, "capture"),
      await mail(w, "SKIPPED", 120),
      await mail(w, "FAILED", 181),
    ];
    const result = await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-06-15" }, NOW);
    expect(result.purged).toBe(gone.length);
    const left = new Set(
      (
        await ownerDb().outboxMail.findMany({
          where: { id: { in: [...keep, ...gone].map((m) => m.id) } },
          select: { id: true },
        })
      ).map((m) => m.id),
    );
    expect(keep.filter((m) => !left.has(m.id))).toEqual([]);
    expect(gone.filter((m) => left.has(m.id))).toEqual([]);
    // Run again: nothing more to delete.
    expect((await runTenantDailyMail({ tenantId: w.tenant.id, day: "2031-06-15" }, NOW)).purged).toBe(0);
  });
});
