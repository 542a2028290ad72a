/**
 * Search boxes match what was typed, literally. Prisma's `contains` becomes
 * `LIKE '%…%'` (ILIKE with `mode: "insensitive"`) with the value passed as is, so
 * `%` and `_` would act as wildcards and `\` as PostgreSQL's escape character.
 * Every `contains` on user input goes through here.
 */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, "\\$&");
}

/** A Prisma string filter: `text` anywhere in the column, case-insensitive unless told otherwise. */
export function containsLiteral(text: string, options: { caseSensitive?: boolean } = {}) {
  return options.caseSensitive
    ? { contains: escapeLike(text) }
    : { contains: escapeLike(text), mode: "insensitive" as const };
}
