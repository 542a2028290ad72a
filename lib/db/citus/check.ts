import type { CatalogKey, CatalogSnapshot, CatalogTable } from "@/lib/db/citus/catalog";
import {
  DISTRIBUTION_COLUMN,
  SCHEMA_PLACEMENT,
  TABLE_PLACEMENT,
  type Placement,
  type PlacementRule,
} from "@/lib/db/citus/layout";

/**
 * Is the schema ready to be distributed by tenant on Citus? Citus requires the distribution
 * column in every primary key and unique constraint/index of a distributed table, and a
 * foreign key between distributed tables must pair the distribution columns (tenantId →
 * tenantId). Distributed → reference keys are allowed; reference or local → distributed are not.
 * Pure: reads a catalog snapshot (catalog.ts) and the declared layout (layout.ts).
 */
export type FindingKind = "placement" | "distribution column" | "primary key" | "unique" | "foreign key";

export type Finding = {
  table: string;
  kind: FindingKind;
  name: string;
  columns: string[];
  problem: string;
  /** The migration that fixes it, in two phases: every fix's `drop` runs before any fix's `add`. */
  drop: string[];
  add: string[];
  /** The same change in prisma/schema.prisma. */
  prisma?: string;
  /** What else must change (application code), when SQL alone does not fix it. */
  note?: string;
};

/** A key without tenantId that the layout allows (reference or local tables, keys to reference tables). */
export type Allowed = { table: string; kind: CatalogKey["kind"]; name: string; columns: string[]; why: string };

export type TablePlacement = { table: string; placement: Placement | "unplaced"; why: string };

export type CitusReport = {
  placements: TablePlacement[];
  findings: Finding[];
  allowed: Allowed[];
  /** Tables named in the layout that the database does not have. */
  stale: string[];
};

export type Layout = {
  tables: Readonly<Record<string, PlacementRule>>;
  schemas: Readonly<Record<string, PlacementRule>>;
};

const DEFAULT_LAYOUT: Layout = { tables: TABLE_PLACEMENT, schemas: SCHEMA_PLACEMENT };
const T = DISTRIBUTION_COLUMN;

export const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (schema: string, name: string) =>
  schema === "public" ? quoteIdent(name) : `${quoteIdent(schema)}.${quoteIdent(name)}`;
const display = (schema: string, name: string) => (schema === "public" ? name : `${schema}.${name}`);
const columnList = (columns: string[]) => columns.map(quoteIdent).join(", ");
const prismaList = (columns: string[]) => `[${columns.join(", ")}]`;

function placeTable(table: CatalogTable, layout: Layout): TablePlacement {
  const key = `${table.schema}.${table.name}`;
  const rule = layout.tables[key] ?? layout.schemas[table.schema];
  const name = display(table.schema, table.name);
  if (rule) return { table: name, placement: rule.placement, why: rule.why };
  if (table.columns.some((c) => c.name === T))
    return { table: name, placement: "distributed", why: `distributed on ${T}, co-located with every tenant table` };
  return {
    table: name,
    placement: "unplaced",
    why: `no ${T} column and not named in lib/db/citus/layout.ts (reference or local?)`,
  };
}

export function checkCitusReadiness(snapshot: CatalogSnapshot, layout: Layout = DEFAULT_LAYOUT): CitusReport {
  const placements = new Map<string, TablePlacement>();
  for (const table of snapshot.tables) placements.set(`${table.schema}.${table.name}`, placeTable(table, layout));
  const placementOf = (schema: string, name: string) => placements.get(`${schema}.${name}`)?.placement ?? "unplaced";

  const findings: Finding[] = [];
  const allowed: Allowed[] = [];

  for (const table of snapshot.tables) {
    const placement = placementOf(table.schema, table.name);
    const name = display(table.schema, table.name);
    if (placement === "unplaced") {
      findings.push({
        table: name,
        kind: "placement",
        name,
        columns: [],
        problem: `${name} has no ${T} column and no declared placement`,
        drop: [],
        add: [],
        note: `add a ${T} column (distributed) or name the table in lib/db/citus/layout.ts as a reference or local table`,
      });
      continue;
    }
    if (placement !== "distributed") continue;
    const column = table.columns.find((c) => c.name === T);
    if (column && !column.notNull) {
      findings.push({
        table: name,
        kind: "distribution column",
        name: `${name}.${T}`,
        columns: [T],
        problem: `${T} is nullable: Citus refuses a row without a distribution value`,
        drop: [],
        add: [`ALTER TABLE ${qualified(table.schema, table.name)} ALTER COLUMN ${quoteIdent(T)} SET NOT NULL`],
        prisma: `${name}: ${T} String (not String?)`,
        note: `rows without a tenant must live elsewhere first (a coordinator-local table)`,
      });
    }
  }

  for (const key of snapshot.keys) {
    const owner = placementOf(key.schema, key.table);
    const table = display(key.schema, key.table);
    if (owner === "unplaced") continue;
    const allow = (why: string) => allowed.push({ table, kind: key.kind, name: key.name, columns: key.columns, why });

    if (key.kind === "foreign key") {
      const ref = key.references!;
      const target = placementOf(ref.schema, ref.table);
      const targetName = display(ref.schema, ref.table);
      if (owner === "distributed" && target === "distributed") {
        const at = key.columns.indexOf(T);
        if (at >= 0 && ref.columns[at] === T) continue;
        findings.push(foreignKeyFinding(key, table, targetName));
      } else if (owner === "distributed" && target === "reference") {
        if (!key.columns.includes(T)) allow(`${table} (distributed) → ${targetName} (reference): allowed`);
      } else if (owner !== "distributed" && target === "distributed") {
        findings.push({
          table,
          kind: "foreign key",
          name: key.name,
          columns: key.columns,
          problem: `a ${owner} table cannot reference the distributed table ${targetName}`,
          drop: [`ALTER TABLE ${qualified(key.schema, key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`],
          add: [],
          note: `distribute ${table} on ${T} too, or check the reference in the application`,
        });
      } else if (owner !== "local" && target !== "reference" && target !== owner) {
        findings.push({
          table,
          kind: "foreign key",
          name: key.name,
          columns: key.columns,
          problem: `a ${owner} table cannot reference the ${target} table ${targetName}`,
          drop: [`ALTER TABLE ${qualified(key.schema, key.table)} DROP CONSTRAINT ${quoteIdent(key.name)}`],
          add: [],
          note: `make ${targetName} a reference table, or check the reference in the application`,
        });
      } else if (!key.columns.includes(T)) {
        allow(`${table} (${owner}) → ${targetName} (${target}): allowed`);
      }
      continue;
    }

    if (key.columns.includes(T)) continue;
    if (owner !== "distributed") {
      allow(`${table} is a ${owner} table`);
      continue;
    }
    findings.push(
      key.kind === "primary key" ? primaryKeyFinding(key, table, snapshot.keys) : uniqueFinding(key, table),
    );
  }

  const present = new Set(snapshot.tables.map((t) => `${t.schema}.${t.name}`));
  const stale = Object.keys(layout.tables).filter((k) => !present.has(k));
  return { placements: [...placements.values()], findings, allowed, stale };
}

function primaryKeyFinding(key: CatalogKey, table: string, keys: CatalogKey[]): Finding {
  const target = qualified(key.schema, key.table);
  const wanted = [T, ...key.columns];
  // Prisma's @@unique([tenantId, id]) already made the index the new key needs: promote it.
  const existing = keys.find(
    (k) =>
      k.schema === key.schema &&
      k.table === key.table &&
      k.kind === "unique" &&
      k.indexOnly &&
      !k.expressionOrPartial &&
      k.columns.join("\0") === wanted.join("\0"),
  );
  return {
    table,
    kind: "primary key",
    name: key.name,
    columns: key.columns,
    problem: `the primary key (${key.columns.join(", ")}) does not include ${T}`,
    drop: [`ALTER TABLE ${target} DROP CONSTRAINT ${quoteIdent(key.name)}`],
    add: [
      existing
        ? `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(key.name)} PRIMARY KEY USING INDEX ${quoteIdent(existing.name)}`
        : `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(key.name)} PRIMARY KEY (${columnList(wanted)})`,
    ],
    prisma: `${table}: @@id(${prismaList(wanted)}) instead of @id${existing ? ` (and drop @@unique(${prismaList(wanted)}))` : ""}`,
    note: `Prisma's unique lookups by ${key.columns.join(", ")} alone become lookups by { ${T}_${key.columns.join("_")}: { … } }`,
  };
}

function uniqueFinding(key: CatalogKey, table: string): Finding {
  const target = qualified(key.schema, key.table);
  const newName = `${key.table}_${[T, ...key.columns].join("_")}_key`;
  let drop: string[];
  let add: string[];
  if (key.indexOnly) {
    drop = [`DROP INDEX ${qualified(key.schema, key.name)}`];
    // Same index (method, expressions, WHERE clause) with tenantId as its first column.
    const on = key.definition.indexOf(" ON ");
    const rest = key.definition.slice(on + 4).replace(/ USING (\w+) \(/, ` USING $1 (${quoteIdent(T)}, `);
    add = [`CREATE UNIQUE INDEX ${quoteIdent(newName)} ON ${rest}`];
  } else {
    drop = [`ALTER TABLE ${target} DROP CONSTRAINT ${quoteIdent(key.name)}`];
    add = [`ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(newName)} UNIQUE (${columnList([T, ...key.columns])})`];
  }
  return {
    table,
    kind: "unique",
    name: key.name,
    columns: key.columns,
    problem: `unique (${key.columns.join(", ")}) without ${T}: Citus can only enforce uniqueness within a shard`,
    drop,
    add,
    prisma: `${table}: @@unique(${prismaList([T, ...key.columns])}) instead of unique (${key.columns.join(", ")})`,
    note: `a lookup by ${key.columns.join(", ")} alone must know the tenant first`,
  };
}

function foreignKeyFinding(key: CatalogKey, table: string, targetName: string): Finding {
  const ref = key.references!;
  const target = qualified(key.schema, key.table);
  const at = key.columns.indexOf(T);
  const base = {
    table,
    kind: "foreign key" as const,
    name: key.name,
    columns: key.columns,
    problem: `(${key.columns.join(", ")}) → ${targetName}(${ref.columns.join(", ")}) does not pair ${T} with ${T}: the rows may live on different shards`,
  };
  if (at >= 0) {
    // tenantId is there but paired with another column: a design error, not a mechanical fix.
    return { ...base, drop: [], add: [], note: `pair ${T} with ${targetName}.${T}` };
  }
  const setNull = ref.onDelete === "SET NULL" ? `SET NULL (${columnList(key.columns)})` : ref.onDelete;
  return {
    ...base,
    drop: [`ALTER TABLE ${target} DROP CONSTRAINT ${quoteIdent(key.name)}`],
    add: [
      `ALTER TABLE ${target} ADD CONSTRAINT ${quoteIdent(key.name)} FOREIGN KEY (${columnList([T, ...key.columns])}) ` +
        `REFERENCES ${qualified(ref.schema, ref.table)} (${columnList([T, ...ref.columns])}) ON DELETE ${setNull} ON UPDATE ${ref.onUpdate}`,
    ],
    prisma: `${table}: @relation(fields: ${prismaList([T, ...key.columns])}, references: ${prismaList([T, ...ref.columns])})`,
  };
}

const ADD_ORDER: FindingKind[] = ["placement", "distribution column", "primary key", "unique", "foreign key"];

/** Every finding's fix as one migration: foreign keys dropped first, keys rebuilt, foreign keys added last. */
export function fixMigration(findings: Finding[]): string[] {
  const drops = [...findings]
    .sort((a, b) => ADD_ORDER.indexOf(b.kind) - ADD_ORDER.indexOf(a.kind))
    .flatMap((f) => f.drop);
  const adds = [...findings]
    .sort((a, b) => ADD_ORDER.indexOf(a.kind) - ADD_ORDER.indexOf(b.kind))
    .flatMap((f) => f.add);
  return [...drops, ...adds];
}
