import { z } from "zod";
import { int } from "@/lib/validation/fields";
import { AUDIT_OUTCOMES } from "@/lib/vocabulary";

export const AUDIT_PAGE_SIZE = 50;

/** The audit page's query string; anything unexpected falls back to "no filter". */
export const auditQuery = z.object({
  action: z
    .string()
    .trim()
    .max(100)
    .regex(/^[A-Za-z0-9_.:-]+$/)
    .optional()
    .catch(undefined),
  outcome: z.enum(AUDIT_OUTCOMES).optional().catch(undefined),
  page: int(1, 100_000).optional().catch(undefined),
});
export type AuditQuery = z.output<typeof auditQuery>;
