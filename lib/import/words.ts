import { normalizeHeader } from "@/lib/import/columns";

/**
 * Reads a vocabulary value as people write it in a file: its code ("BREAK_FIX"), or any of the
 * words given for it (labels from the message catalogs, synonyms), compared as headers are
 * (case, accents, punctuation ignored: "Dépannage à l’acte" = "depannage a l acte"). Returns
 * the code, or null when the text names none.
 */
export function wordReader<C extends string>(words: Record<C, readonly string[]>): (text: string) => C | null {
  const byWord = new Map<string, C>();
  for (const [code, list] of Object.entries(words) as [C, readonly string[]][]) {
    byWord.set(normalizeHeader(code), code);
    for (const w of list) byWord.set(normalizeHeader(w), code);
  }
  return (text) => byWord.get(normalizeHeader(text)) ?? null;
}
