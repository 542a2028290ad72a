/**
 * The signature of a client's decision (on a report's item, lib/domain/decisions; on a proposal,
 * lib/domain/proposals) is the approver's full name, typed. One rule for both (README, "Decision
 * ledger"): after trimming, with runs of spaces made one, it must be the name on the signer's
 * account, compared without regard to case or accents (a keyboard without "è" still signs
 * "Camille Lefevre"). What they typed is stored as typed (trimmed, spaces collapsed).
 */
export const SIGNATURE_MAX = 120;

/** What is stored: trimmed, inner runs of whitespace made one space, NFC. */
export function cleanSignature(typed: string): string {
  return typed.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** What is compared: the cleaned text without accents, in lower case. */
export function signatureKey(text: string): string {
  return cleanSignature(text)
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLocaleLowerCase("en");
}

export function signatureMatches(typed: string, accountName: string): boolean {
  const key = signatureKey(typed);
  return key.length > 0 && key === signatureKey(accountName);
}
