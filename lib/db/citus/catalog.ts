/**
 * What the check needs from a live database, read from pg_catalog: every ordinary or
 * partitioned table outside the system schemas (partitions are checked through their parent),
 * its columns, primary key, unique constraints and unique indexes, and foreign keys.
 */
export type CatalogTable = {
  schema: string;
  name: string;
  columns: { name: string; notNull: boolean }[];
};

export type CatalogKey = {
  schema: string;
  table: string;
  name: string;
  kind: "primary key" | "unique" | "foreign key";
  /** Key columns in order (expression parts of an index are left out; INCLUDE columns too). */
  columns: string[];
  /** pg_get_constraintdef / pg_get_indexdef. */
  definition: string;
  /** A unique index that is not a constraint (Prisma's @@unique creates these). */
  indexOnly?: boolean;
  /** A unique index with expressions or a WHERE clause. */
  expressionOrPartial?: boolean;
  references?: { schema: string; table: string; columns: string[]; onDelete: string; onUpdate: string };
};

export type CatalogSnapshot = { tables: CatalogTable[]; keys: CatalogKey[] };

type Query = <R>(sql: string) => Promise<R[]>;

const USER_TABLES = `
  SELECT c.oid, n.nspname AS schema, c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
    AND n.nspname NOT IN ('pg_catalog', 'information_schema')
    AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;

const FK_ACTIONS: Record<string, string> = {
  a: "NO ACTION",
  r: "RESTRICT",
  c: "CASCADE",
  n: "SET NULL",
  d: "SET DEFAULT",
};

export async function readCatalog(query: Query): Promise<CatalogSnapshot> {
  const tables = await query<{ schema: string; name: string; columns: { name: string; notNull: boolean }[] }>(`
    WITH t AS (${USER_TABLES})
    SELECT t.schema, t.name,
      (SELECT json_agg(json_build_object('name', a.attname, 'notNull', a.attnotnull) ORDER BY a.attnum)
         FROM pg_attribute a WHERE a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns
    FROM t ORDER BY t.schema, t.name`);

  const constraints = await query<{
    schema: string;
    table: string;
    name: string;
    contype: "p" | "u" | "f";
    columns: string[];
    definition: string;
    ref_schema: string | null;
    ref_table: string | null;
    ref_columns: string[] | null;
    on_delete: string;
    on_update: string;
  }>(`
    WITH t AS (${USER_TABLES})
    SELECT t.schema, t.name AS table, con.conname AS name, con.contype,
      ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord) AS columns,
      pg_get_constraintdef(con.oid) AS definition,
      rn.nspname AS ref_schema, rc.relname AS ref_table,
      CASE WHEN con.contype = 'f' THEN
        ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
              JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord)
      END AS ref_columns,
      con.confdeltype AS on_delete, con.confupdtype AS on_update
    FROM pg_constraint con
    JOIN t ON t.oid = con.conrelid
    LEFT JOIN pg_class rc ON rc.oid = con.confrelid
    LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace
    WHERE con.contype IN ('p', 'u', 'f')
    ORDER BY t.schema, t.name, con.conname`);

  const indexes = await query<{
    schema: string;
    table: string;
    name: string;
    columns: string[];
    definition: string;
    expression_or_partial: boolean;
  }>(`
    WITH t AS (${USER_TABLES})
    SELECT t.schema, t.name AS table, ic.relname AS name,
      ARRAY(SELECT a.attname::text FROM unnest(i.indkey::int2[]) WITH ORDINALITY k(num, ord)
            JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
            WHERE k.ord <= i.indnkeyatts ORDER BY k.ord) AS columns,
      pg_get_indexdef(i.indexrelid) AS definition,
      (i.indexprs IS NOT NULL OR i.indpred IS NOT NULL) AS expression_or_partial
    FROM pg_index i
    JOIN t ON t.oid = i.indrelid
    JOIN pg_class ic ON ic.oid = i.indexrelid
    WHERE i.indisunique AND NOT i.indisprimary
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u'))
    ORDER BY t.schema, t.name, ic.relname`);

  const keys: CatalogKey[] = [
    ...constraints.map((c): CatalogKey => ({
      schema: c.schema,
      table: c.table,
      name: c.name,
      kind: c.contype === "p" ? "primary key" : c.contype === "u" ? "unique" : "foreign key",
      columns: c.columns,
      definition: c.definition,
      ...(c.contype === "f"
        ? {
            references: {
              schema: c.ref_schema ?? "",
              table: c.ref_table ?? "",
              columns: c.ref_columns ?? [],
              onDelete: FK_ACTIONS[c.on_delete] ?? "NO ACTION",
              onUpdate: FK_ACTIONS[c.on_update] ?? "NO ACTION",
            },
          }
        : {}),
    })),
    ...indexes.map((i): CatalogKey => ({
      schema: i.schema,
      table: i.table,
      name: i.name,
      kind: "unique",
      columns: i.columns,
      definition: i.definition,
      indexOnly: true,
      expressionOrPartial: i.expression_or_partial,
    })),
  ];
  return { tables: tables.map((t) => ({ ...t, columns: t.columns ?? [] })), keys };
}
