import { describe, expect, it } from "vitest";
import { linkState } from "@/lib/domain/invitations/state";
import {
  expiryFor,
  hashInviteToken,
  INVITE_TTL_MS,
  isTokenShaped,
  newInviteToken,
  RESET_TTL_MS,
} from "@/lib/domain/invitations/token";

const now = new Date("2026-06-01T12:00:00Z");
const later = new Date(now.getTime() + 1000);
const earlier = new Date(now.getTime() - 1000);

describe("invitation tokens", () => {
  it("are 32 random bytes in base64url (43 characters), never repeated, hashed with sha256", () => {
    const tokens = new Set(Array.from({ length: 200 }, newInviteToken));
    expect(tokens.size).toBe(200);
    for (const token of tokens) {
      expect(isTokenShaped(token)).toBe(true);
      expect(Buffer.from(token, "base64url")).toHaveLength(32);
      expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(hashInviteToken("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  it("refuses anything not shaped like one before it reaches the database", () => {
    for (const bad of [
      "",
      "short",
      `${"a".repeat(42)}=`,
      `${"a".repeat(44)}`,
      `${"a".repeat(42)}/`,
      "../../../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaa",
    ]) {
      expect(isTokenShaped(bad)).toBe(false);
    }
  });

  it("expire after 7 days (invitations) or 1 hour (password resets)", () => {
    expect(expiryFor("INVITE", now).getTime() - now.getTime()).toBe(INVITE_TTL_MS);
    expect(INVITE_TTL_MS).toBe(7 * 24 * 3600 * 1000);
    expect(expiryFor("PASSWORD_RESET", now).getTime() - now.getTime()).toBe(RESET_TTL_MS);
    expect(RESET_TTL_MS).toBe(3600 * 1000);
  });
});

describe("linkState", () => {
  it("tells what a link is worth; used wins over revoked and expired", () => {
    expect(linkState(null, now)).toBe("invalid");
    expect(linkState({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("valid");
    expect(linkState({ acceptedAt: null, revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(linkState({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("expired");
    expect(linkState({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe("revoked");
    expect(linkState({ acceptedAt: earlier, revokedAt: earlier, expiresAt: earlier }, now)).toBe("used");
  });
});
