import { AppError } from "@/lib/errors";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import type { LinkState } from "@/lib/domain/invitations/state";

/** The refusal for a link that cannot be used (see state.ts for what is told apart, and why). */
export function linkRefusal(state: Exclude<LinkState, "valid">, kind: InvitationKind): AppError {
  const base = kind === "INVITE" ? "team.accept.link" : "team.reset.link";
  return new AppError(state === "invalid" ? "NOT_FOUND" : "CONFLICT", { key: `${base}.${state}`, reason: state });
}
