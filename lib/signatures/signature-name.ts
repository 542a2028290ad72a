/**
 * A signature is the signer's full name, typed. It must be their name as Mainstay knows it
 * (their profile), compared without regard to case, accents' composition or runs of spaces, so a
 * name typed by someone else's hand, or a stray letter, is refused next to the field.
 */
export function normalizeSignatureName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
}

export function signatureMatches(typed: string, fullName: string): boolean {
  const t = normalizeSignatureName(typed);
  return t.length > 0 && t === normalizeSignatureName(fullName);
}
