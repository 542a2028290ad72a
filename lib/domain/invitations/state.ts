/**
 * What a presented link is worth. "invalid" covers a tampered or unknown token,
 * and a token of the wrong kind (a reset link opened as an invitation).
 *
 * Disclosure: expired / used / withdrawn are told apart, because only someone
 * holding the real 256-bit token can reach them, so they reveal nothing to a
 * guesser; a wrong token always gets the same "invalid" answer and never says
 * whether any invitation exists for anyone.
 */
export type LinkState = "valid" | "invalid" | "expired" | "used" | "revoked";

export function linkState(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date } | null,
  now = new Date(),
): LinkState {
  if (!invitation) return "invalid";
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}
