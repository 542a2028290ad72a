import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { env } from "@/lib/env";

/**
 * Webhook signing secrets must be readable to sign, so they are encrypted, not hashed:
 * AES-256-GCM with a key derived (HKDF-SHA256) from AUTH_SECRET. A database dump alone does
 * not reveal them. Changing AUTH_SECRET makes existing secrets unreadable: rotate each
 * endpoint's secret afterwards (its page has a button).
 * Stored as "v1.<iv>.<tag>.<ciphertext>" (base64url).
 */
function key(): Buffer {
  return Buffer.from(hkdfSync("sha256", env().AUTH_SECRET, "mainstay", "webhook-signing-secrets", 32));
}

export function sealSecret(plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), data]
    .map((p) => (typeof p === "string" ? p : p.toString("base64url")))
    .join(".");
}

export function openSecret(sealed: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== "v1" || !iv || !tag || !data) throw new Error("unreadable webhook secret");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
