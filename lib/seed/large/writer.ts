import type pg from "pg";
import type { InputField } from "@/lib/engine";

/**
 * Batch inserts through `pg` directly: one statement per table and batch,
 * `INSERT ... SELECT ... FROM unnest($1::text[], $2::text[], ...)`, so a
 * statement has one parameter per column whatever the number of rows (no
 * 65,535-parameter limit, one parse per batch). Values travel as text and are
 * cast to each column's type in the SELECT list.
 */
/**
 * The SQL type of each engine field's Assessment column: every field of the engine's table
 * (lib/engine/fields.ts) needs one, or this does not compile.
 */
const ASSESSMENT_INPUT_COLUMNS = {
  headcount: "int",
  endpoints: "int",
  sites: "int",
  remoteUsers: "int",
  cloudServices: "text[]",
  centralFileSharing: "boolean",
  backups: '"BackupState"',
  businessAppDependency: '"Dependency"',
  continuityRequirement: '"Continuity"',
  interruptionTolerance: '"Tolerance"',
  digitalDependence: '"DigitalDependence"',
  needsPredictableBudget: "boolean",
  needsMonthlySteering: "boolean",
  itUsers: "int",
  documentation: '"DocumentationState"',
  gradualTransition: "boolean",
} as const satisfies Record<InputField, string>;

export type Cell = string | number | boolean | null;

/** Column name -> SQL type it is cast to; `key` names the buffer when one table is written at two points of the order. */
export type TableSpec = { table: string; key?: string; columns: Record<string, string> };

const keyOf = (spec: TableSpec) => spec.key ?? spec.table;

export function insertSql(spec: TableSpec): string {
  const names = Object.keys(spec.columns);
  const quoted = names.map((n) => `"${n}"`).join(", ");
  const casts = names.map((n, i) => `c${i}::${spec.columns[n]}`).join(", ");
  const params = names.map((_, i) => `$${i + 1}::text[]`).join(", ");
  const aliases = names.map((_, i) => `c${i}`).join(", ");
  return `INSERT INTO "${spec.table}" (${quoted}) SELECT ${casts} FROM unnest(${params}) AS u(${aliases})`;
}

const toText = (v: Cell): string | null => (v === null ? null : typeof v === "string" ? v : String(v));

export type Row = Record<string, Cell>;

/** Transposes rows into one text array per column (the statement's parameters). Every column must be given (null for none). */
export function columnsOf(spec: TableSpec, rows: Row[]): (string | null)[][] {
  const names = Object.keys(spec.columns);
  const columns: (string | null)[][] = names.map(() => new Array(rows.length));
  rows.forEach((row, r) => {
    names.forEach((name, c) => {
      const value = row[name];
      if (value === undefined) throw new Error(`${spec.table}: row ${r} has no value for "${name}"`);
      columns[c]![r] = toText(value);
    });
    if (Object.keys(row).length !== names.length) throw new Error(`${spec.table}: row ${r} has unknown columns`);
  });
  return columns;
}

/** A PostgreSQL array literal for a text[] column (cloudServices). */
export function pgTextArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

export class BatchWriter {
  private readonly buffers = new Map<string, { spec: TableSpec; rows: Row[] }>();
  readonly counts: Record<string, number> = {};

  constructor(
    private readonly client: pg.ClientBase,
    /** Tables in foreign-key order: flush() writes them in this order. */
    private readonly specs: TableSpec[],
    private readonly maxRowsPerStatement = 5_000,
  ) {
    for (const spec of specs) {
      this.buffers.set(keyOf(spec), { spec, rows: [] });
      this.counts[spec.table] = 0;
    }
  }

  add(key: string, row: Row): void {
    const buffer = this.buffers.get(key);
    if (!buffer) throw new Error(`unknown table ${key}`);
    buffer.rows.push(row);
  }

  pending(): number {
    let n = 0;
    for (const b of this.buffers.values()) n += b.rows.length;
    return n;
  }

  /** Writes everything buffered, table by table in foreign-key order. Returns the rows written. */
  async flush(): Promise<number> {
    let written = 0;
    for (const spec of this.specs) {
      const buffer = this.buffers.get(keyOf(spec))!;
      const sql = insertSql(spec);
      for (let i = 0; i < buffer.rows.length; i += this.maxRowsPerStatement) {
        const chunk = buffer.rows.slice(i, i + this.maxRowsPerStatement);
        await this.client.query(sql, columnsOf(spec, chunk));
        written += chunk.length;
      }
      this.counts[spec.table]! += buffer.rows.length;
      buffer.rows = [];
    }
    return written;
  }
}

/** The tables the large seed writes, in foreign-key order, with each column's type. */
export const TABLES: TableSpec[] = [
  {
    table: "Tenant",
    columns: {
      id: "text",
      name: "text",
      slug: "text",
      currency: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "User",
    columns: {
      id: "text",
      email: "text",
      name: "text",
      passwordHash: "text",
      lastLoginAt: "timestamp(3)",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "Membership",
    columns: {
      id: "text",
      tenantId: "text",
      userId: "text",
      role: '"Role"',
      organizationId: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "ClientOrganization",
    columns: {
      id: "text",
      tenantId: "text",
      name: "text",
      industry: "text",
      headcount: "int",
      sites: "int",
      endpoints: "int",
      currentModel: '"ServiceModel"',
      targetModel: '"ServiceModel"',
      lifecycleStatus: '"LifecycleStatus"',
      accountManagerId: "text",
      version: "int",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  // Client memberships point at organizations, so they come after them.
  {
    table: "Membership",
    key: "ClientMembership",
    columns: {
      id: "text",
      tenantId: "text",
      userId: "text",
      role: '"Role"',
      organizationId: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "ScopingCall",
    columns: {
      id: "text",
      tenantId: "text",
      organizationId: "text",
      occurredAt: "timestamp(3)",
      attendees: "text",
      summary: "text",
      needs: "text",
      nextSteps: "text",
      followUpDate: "date",
      followUpDone: "boolean",
      authorId: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "Assessment",
    columns: {
      id: "text",
      tenantId: "text",
      organizationId: "text",
      status: '"AssessmentStatus"',
      ...ASSESSMENT_INPUT_COLUMNS,
      result: "jsonb",
      recommendation: '"ServiceModel"',
      confidence: "text",
      costGap: "double precision",
      engineVersion: "text",
      finalizedAt: "timestamp(3)",
      authorId: "text",
      version: "int",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "ServiceModelChange",
    columns: {
      id: "text",
      tenantId: "text",
      organizationId: "text",
      fromModel: '"ServiceModel"',
      toModel: '"ServiceModel"',
      effectiveDate: "date",
      reason: "text",
      reasonCode: '"ModelChangeReasonCode"',
      assessmentId: "text",
      recordedById: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "SteeringReport",
    columns: {
      id: "text",
      tenantId: "text",
      organizationId: "text",
      period: "text",
      status: '"ReportStatus"',
      metrics: "jsonb",
      narrative: "jsonb",
      recommendations: "jsonb",
      roadmap: "jsonb",
      budget: "jsonb",
      version: "int",
      authorId: "text",
      publishedAt: "timestamp(3)",
      publishedById: "text",
      withdrawnAt: "timestamp(3)",
      withdrawnReason: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "ReportAcknowledgement",
    columns: {
      id: "text",
      tenantId: "text",
      reportId: "text",
      userId: "text",
      acknowledgedAt: "timestamp(3)",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
  {
    table: "ReportComment",
    columns: {
      id: "text",
      tenantId: "text",
      reportId: "text",
      authorId: "text",
      body: "text",
      createdAt: "timestamp(3)",
      updatedAt: "timestamp(3)",
    },
  },
];
