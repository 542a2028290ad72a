import { createHash, randomBytes } from "node:crypto";
import type { InvitationKind } from "@/lib/generated/prisma/enums";

/** 32 random bytes, base64url: 43 characters, 256 bits (unguessable). */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this is stored (Invitation.tokenHash) and set as app.invite_token for RLS. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** A link whose token does not even have the right shape never reaches the database. */
export function isTokenShaped(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;
export const RESET_TTL_MS = 60 * 60 * 1000;

export function expiryFor(kind: InvitationKind, now = new Date()): Date {
  return new Date(now.getTime() + (kind === "INVITE" ? INVITE_TTL_MS : RESET_TTL_MS));
}
