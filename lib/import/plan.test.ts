import { describe, expect, it } from "vitest";
import { mappingProblems, type ColumnMapping } from "@/lib/import/columns";
import { readRows, refuseRepeats } from "@/lib/import/plan";

const fields = { a: { required: true, headers: ["a"] }, b: { required: false, headers: ["b"] } };

describe("import plan helpers", () => {
  it("reads rows with their spreadsheet row and each problem's column", () => {
    const table = {
      delimiter: ";" as const,
      headers: ["A", "B"],
      rows: [
        ["1", "x"],
        ["", "y"],
      ],
    };
    const mapping: ColumnMapping<"a" | "b"> = { a: 0, b: 1 };
    const read = readRows(table, mapping, (cells) =>
      cells[0]
        ? { ok: true, value: { a: cells[0] } }
        : { ok: false, problems: [{ field: "a" as "a" | "b", key: "k" }] },
    );
    expect(read).toEqual({ rows: [{ a: "1", row: 2 }], problems: [{ field: "a", key: "k", row: 3, column: "A" }] });
  });

  it("refuses the second row of a key, naming the first", () => {
    const rows = [
      { row: 2, k: "x" },
      { row: 3, k: null },
      { row: 4, k: "x" },
    ];
    expect(refuseRepeats(rows, (r) => r.k, { field: "a", column: "A", key: "dup" })).toEqual({
      rows: rows.slice(0, 2),
      problems: [{ row: 4, column: "A", field: "a", key: "dup", params: { row: 2 } }],
    });
  });

  it("says which mapping is missing or points past the file", () => {
    expect(mappingProblems(fields, { a: null, b: 5 }, ["A", "B"])).toEqual({
      "mapping.a": "imports.errors.mappingRequired",
      "mapping.b": "imports.errors.noSuchColumn",
    });
  });
});
