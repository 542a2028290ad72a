import type { MessageRef } from "@/lib/errors";

/**
 * Every action the audit trail records, declared once: `audit()` accepts only these, and each
 * has a label under `audit.actions.` in every catalog (tests/unit/audit-actions.test.ts). The
 * trail stores the code; the audit page shows the label in the reader's locale.
 */
export const AUDIT_ACTIONS = [
  "access.denied",
  "apiToken.create",
  "apiToken.revoke",
  "assessment.create",
  "assessment.finalize",
  "assessment.update",
  "auth.signIn",
  "brand.update",
  "call.create",
  "call.followUpDone",
  "call.followUpReopen",
  "call.update",
  "decision.record",
  "export.tenant",
  "intervention.create",
  "intervention.delete",
  "intervention.import",
  "intervention.upsert",
  "invitation.accept",
  "invitation.create",
  "invitation.reissue",
  "invitation.revoke",
  "modelChange.create",
  "org.create",
  "org.import",
  "org.update",
  "password.forgot",
  "password.reset",
  "posture.create",
  "posture.finalize",
  "posture.toReport",
  "posture.update",
  "profile.changePassword",
  "profile.updateLocale",
  "profile.updateMailPreferences",
  "profile.updateName",
  "proposal.decide",
  "proposal.share",
  "proposal.withdraw",
  "report.acknowledge",
  "report.comment",
  "report.create",
  "report.publish",
  "report.update",
  "report.withdraw",
  "settings.update",
  "team.changeRole",
  "team.disableUser",
  "team.enableUser",
  "team.remove",
  "team.resetPassword",
  "team.setClientAccess",
  "tenant.create",
  "tenant.reactivate",
  "tenant.suspend",
  "tenant.update",
  "webhook.create",
  "webhook.delete",
  "webhook.redeliver",
  "webhook.rotateSecret",
  "webhook.update",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const KNOWN = new Set<string>(AUDIT_ACTIONS);

/** The label of a stored action code; a code this version does not know (older or newer rows) shows as stored. */
export function auditActionMessage(action: string): MessageRef | { text: string } {
  return KNOWN.has(action) ? { key: `audit.actions.${action}` } : { text: action };
}
