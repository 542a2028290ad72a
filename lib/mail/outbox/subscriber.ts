import type { EventSubscriber } from "@/lib/events/subscribers";
import { queueMails } from "@/lib/mail/outbox/queue-mails";

/**
 * E-mail as an event subscriber. "report.published": one mail to each client user of the
 * report's organization (still a member, not disabled; opt-outs are checked when it is sent), keyed by the event — so a
 * retried dispatch mails nobody twice, and a report withdrawn and published again (a new event)
 * is announced again. Runs inside the dispatch transaction: rows and jobs only, no network.
 */
export const mailSubscriber: EventSubscriber = {
  name: "mail",
  handle: async (tx, event) => {
    if (event.type !== "report.published") return;
    const { reportId, organizationId, republished } = event.data as {
      reportId: string;
      organizationId: string;
      republished: boolean;
    };
    const clients = await tx.membership.findMany({
      where: {
        tenantId: event.tenantId,
        organizationId,
        role: "CLIENT",
        removedAt: null,
        user: { disabled: false },
      },
      select: { userId: true },
      orderBy: { userId: "asc" },
    });
    await queueMails(tx, {
      tenantId: event.tenantId,
      kind: "REPORT_PUBLISHED",
      sourceKey: event.id,
      recipients: clients.map((c) => ({ userId: c.userId, data: { reportId, republished } })),
    });
  },
};
