import { describe, expect, it } from "vitest";
import { columnsOf, insertSql, pgTextArray, type TableSpec } from "@/lib/seed/large/writer";

const spec: TableSpec = {
  table: "T",
  columns: { id: "text", n: "int", flag: "boolean", kind: '"Role"', data: "jsonb" },
};

describe("insertSql", () => {
  it("inserts from one text array per column, cast to each column's type", () => {
    expect(insertSql(spec)).toBe(
      'INSERT INTO "T" ("id", "n", "flag", "kind", "data") SELECT c0::text, c1::int, c2::boolean, c3::"Role", c4::jsonb ' +
        "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS u(c0, c1, c2, c3, c4)",
    );
  });
});

describe("columnsOf", () => {
  it("transposes rows into columns of text, null kept", () => {
    const rows = [
      { id: "a", n: 1, flag: true, kind: "OWNER", data: '{"x":1}' },
      { id: "b", n: null, flag: false, kind: "CLIENT", data: null },
    ];
    expect(columnsOf(spec, rows)).toEqual([
      ["a", "b"],
      ["1", null],
      ["true", "false"],
      ["OWNER", "CLIENT"],
      ['{"x":1}', null],
    ]);
  });

  it("refuses a row with a missing or unknown column", () => {
    expect(() => columnsOf(spec, [{ id: "a", n: 1, flag: true, kind: "OWNER" }])).toThrow(/no value for "data"/);
    expect(() => columnsOf(spec, [{ id: "a", n: 1, flag: true, kind: "OWNER", data: null, extra: 1 }])).toThrow(
      /unknown columns/,
    );
  });
});

describe("pgTextArray", () => {
  it("quotes and escapes elements", () => {
    expect(pgTextArray([])).toBe("{}");
    expect(pgTextArray(["microsoft365", 'a"b', "c\\d"])).toBe('{"microsoft365","a\\"b","c\\\\d"}');
  });
});
