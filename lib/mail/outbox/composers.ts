import type { MailKind } from "@/lib/generated/prisma/enums";
import type { Composer } from "@/lib/mail/outbox/compose";
import { composeMissingReports } from "@/lib/mail/outbox/kinds/missing-reports";
import { composeReportPublished } from "@/lib/mail/outbox/kinds/report-published";
import { composeStaffDigest } from "@/lib/mail/outbox/kinds/staff-digest";

/** One composer per kind of mail (lib/mail/kinds.ts). */
export const COMPOSERS: Record<MailKind, Composer> = {
  REPORT_PUBLISHED: composeReportPublished,
  MISSING_REPORTS: composeMissingReports,
  STAFF_DIGEST: composeStaffDigest,
};
