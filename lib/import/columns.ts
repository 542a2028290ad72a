/**
 * What an import can fill: per field, whether a column must map to it and the headers of common
 * exports that mean it (compared case-, accent- and punctuation-insensitively, see
 * normalizeHeader). Each import declares its fields once (lib/interventions/import-columns.ts,
 * lib/organizations/import-columns.ts, lib/reports/import-columns.ts); the mapping, the
 * settings schema, the mapping form and the problems derive from that table.
 */
export type ImportFieldSpec = { required: boolean; headers: readonly string[] };
export type ImportFields<F extends string = string> = Record<F, ImportFieldSpec>;

/** A column index per field (or null: no column). */
export type ColumnMapping<F extends string> = Record<F, number | null>;

/** The field names of an import, in the order they are declared (the mapping form's order). */
export const importFieldNames = <F extends string>(fields: ImportFields<F>) => Object.keys(fields) as F[];

/** "Date Worked", "date_worked", "DATE-WORKED" and "Dâte worked" all read "date worked". */
export function normalizeHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[_\-./]+/g, " ")
    .replace(/[^a-z0-9#% ]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The recognized columns: each column is used once, fields in declaration order, earlier synonyms first. */
export function autoMapColumns<F extends string>(
  fields: ImportFields<F>,
  headers: readonly string[],
): ColumnMapping<F> {
  const normalized = headers.map(normalizeHeader);
  const used = new Set<number>();
  const mapping = {} as ColumnMapping<F>;
  for (const field of importFieldNames(fields)) {
    mapping[field] = null;
    for (const synonym of fields[field].headers) {
      const index = normalized.findIndex((h, i) => h === synonym && !used.has(i));
      if (index >= 0) {
        mapping[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return mapping;
}

/** Required fields no column maps to. */
export function unmappedRequired<F extends string>(fields: ImportFields<F>, mapping: ColumnMapping<F>): F[] {
  return importFieldNames(fields).filter((f) => fields[f].required && mapping[f] === null);
}

/**
 * Mapping problems as field errors ("mapping.<field>" → catalog key): a required field no column
 * fills, or a column index past the file's columns.
 */
export function mappingProblems<F extends string>(
  fields: ImportFields<F>,
  mapping: ColumnMapping<F>,
  headers: readonly string[],
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const field of unmappedRequired(fields, mapping))
    problems[`mapping.${field}`] = "imports.errors.mappingRequired";
  for (const field of importFieldNames(fields)) {
    const index = mapping[field];
    if (index !== null && index >= headers.length) problems[`mapping.${field}`] = "imports.errors.noSuchColumn";
  }
  return problems;
}
