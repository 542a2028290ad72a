import { createHash, randomBytes } from "node:crypto";

/** API tokens (REST API v1): "mst_" and 43 base64url characters (256 random bits). */
export const API_TOKEN_PREFIX = "mst_";
const SHAPE = /^mst_[A-Za-z0-9_-]{43}$/;

export function newApiTokenSecret(): string {
  return `${API_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/** What is stored and looked up: the lowercase hex SHA-256 of the whole secret (a 256-bit secret needs no slow hash). */
export function hashApiToken(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}

/** True for something shaped like one of our tokens (anything else is refused without a database query). */
export function looksLikeApiToken(value: string): boolean {
  return SHAPE.test(value);
}

/** The characters shown on screen to tell tokens apart: the prefix and six more. */
export function apiTokenHint(secret: string): string {
  return secret.slice(0, API_TOKEN_PREFIX.length + 6);
}
