import type { SessionClaims } from "@/lib/access/actor";

/** The session the entry points under test will see (see tests/setup/integration-env.ts). */
let claims: SessionClaims | null = null;

export function actAs(user: { id: string; sessionVersion?: number }, tenantId: string | null = null): void {
  claims = { userId: user.id, sessionVersion: user.sessionVersion ?? 0, tenantId };
}

export function anonymous(): void {
  claims = null;
}

export function currentClaims(): SessionClaims | null {
  return claims;
}
