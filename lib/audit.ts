import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import type { AuditAction } from "@/lib/audit-actions";
import { contextFor } from "@/lib/access/actor";
import { withDbContext, type DbContext, type Tx } from "@/lib/db/context";
import { logger } from "@/lib/log";

/**
 * Codes and values only: the action is a code from AUDIT_ACTIONS and `metadata` holds codes and
 * the values a person entered, never a translated sentence (the audit page renders it in the
 * reader's locale). Never put passwords, tokens or hashes in `metadata`.
 */
export type AuditEntry = {
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  outcome?: AuditOutcome;
  metadata?: Prisma.InputJsonValue;
};

export type AuditWho = { tenantId: string | null; actorUserId: string | null; requestId: string | null };

/**
 * Appends an event inside the caller's transaction, so it commits or rolls back
 * with the change. createMany: no RETURNING, so writing needs no read access
 * (most roles may append to the trail but not read it).
 */
export async function audit(tx: Tx, who: AuditWho, entry: AuditEntry): Promise<void> {
  await tx.auditEvent.createMany({
    data: {
      tenantId: who.tenantId,
      actorUserId: who.actorUserId,
      requestId: who.requestId,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome ?? "SUCCESS",
      metadata: entry.metadata,
    },
  });
}

export function auditWho(actor: Actor, requestId: string | null): AuditWho {
  return { tenantId: actor.tenantId, actorUserId: actor.userId, requestId };
}

/** For events whose own transaction rolled back (denials, failures): a transaction of its own. */
export async function auditSeparately(ctx: DbContext, who: AuditWho, entry: AuditEntry): Promise<void> {
  try {
    await withDbContext(ctx, (tx) => audit(tx, who, entry));
  } catch (error) {
    logger.warn("audit.write_failed", { action: entry.action, message: (error as Error).message });
  }
}

export function auditActorSeparately(actor: Actor, requestId: string | null, entry: AuditEntry) {
  return auditSeparately(contextFor(actor), auditWho(actor, requestId), entry);
}
