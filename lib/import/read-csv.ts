import { Readable } from "node:stream";
import { parse } from "csv-parse";
import { detectDelimiter, type Delimiter } from "@/lib/import/delimiter";

/** A CSV file as text cells: its header row and its data rows (row 2 of the file is rows[0]). */
export type CsvTable = { delimiter: Delimiter; headers: string[]; rows: string[][] };

/** Characters read per chunk fed to the parser. */
const CHUNK = 64 * 1024;

/**
 * Reads a CSV file with csv-parse's streaming parser (quotes, embedded delimiters and line
 * breaks, a UTF-8 BOM), the delimiter detected from the first lines (",", ";", tab or "|").
 * Blank lines are skipped; short rows are kept (their missing cells read empty) so that a
 * row's problems are reported by field instead of failing the whole file. Throws
 * `CsvUnreadable` when the text is not CSV (an unclosed quote, for example).
 */
export async function readCsv(text: string): Promise<CsvTable> {
  const delimiter = detectDelimiter(text.slice(0, 16_384));
  const parser = parse({
    delimiter,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: true,
    relax_quotes: true,
    trim: false,
  });
  const source = Readable.from(chunks(text));
  source.on("error", (error) => parser.destroy(error));
  source.pipe(parser);
  const records: string[][] = [];
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      if (record.every((cell) => cell.trim() === "")) continue;
      records.push(record);
    }
  } catch (error) {
    throw new CsvUnreadable(error instanceof Error ? error.message : String(error));
  }
  const [headers = [], ...rows] = records;
  return { delimiter, headers: headers.map((h) => h.trim()), rows };
}

function* chunks(text: string) {
  for (let i = 0; i < text.length; i += CHUNK) yield text.slice(i, i + CHUNK);
}

export class CsvUnreadable extends Error {}
