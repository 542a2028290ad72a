import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { ActionMeta } from "@/lib/access/action";
import type { Permission } from "@/lib/access/permissions";
import type { PublicActionMeta } from "@/lib/access/public-action";
import { EMPTY_FORM_STATE, type FormActionMeta, type FormServerAction } from "@/lib/access/form-action";
import { isNextControlFlow } from "@/lib/access/public-action";
import type { ActionResult } from "@/lib/access/result";
import type { PublicRouteMeta } from "@/lib/access/public-route";
import type { RouteMeta } from "@/lib/access/route";
import type { ApiOperation } from "@/lib/api/operation";
import type { ApiRouteMeta } from "@/lib/api/route";
import { createUser } from "@/lib/seed/factories";
import { ownerDb } from "@/tests/support/db";
import { actAs, anonymous } from "@/tests/support/session";
import { createFullWorld } from "@/tests/support/worlds";

/**
 * The access-matrix harness: discovers every server action (lib/actions/<area>.ts, or any
 * "use server" module) and route handler (app/api/…/route.ts), and runs each as six actors against own, same-tenant-other-org and
 * foreign-tenant targets.
 */
export type FullWorld = Awaited<ReturnType<typeof createFullWorld>>;

export type EntryPoint =
  | {
      kind: "action";
      file: string;
      exportName: string;
      name: string;
      permission: Permission | null;
      call: (input: unknown) => Promise<ActionResult<unknown>>;
    }
  | {
      kind: "route";
      file: string;
      exportName: string;
      name: string;
      /** null: a public route (lib/access/public-route.ts), checked against tests/access/public-rows.ts. */
      permission: Permission | null;
      call: (query: Record<string, string>, params: Record<string, string>, init?: RequestInit) => Promise<Response>;
    };

const ROOT = process.cwd();

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Files that are entry points but deliberately outside the matrix, with the reason. */
export const EXEMPT_FILES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "Auth.js's own endpoints (sign-in/out, CSRF, session): covered by tests/integration/auth.test.ts and the e2e sign-in suite",
  "app/api/health/route.ts": "public liveness probe; reads nothing but SELECT 1",
  "app/api/v1/openapi.json/route.ts":
    "public: the REST API's OpenAPI document (built from code, no data); checked by tests/integration/api-openapi.test.ts",
};

/** Where entry points may live. Tests of the discovery itself pass a fixture folder instead. */
export const ENTRY_ROOTS = ["app", "lib", "components"];

/**
 * A REST API v1 operation (lib/api/route.ts): called with a Bearer token instead of a session,
 * so it has its own actors and rows (tests/access/api-rows.ts, tests/integration/api-access-matrix.test.ts).
 */
export type ApiEntryPoint = {
  file: string;
  exportName: string;
  name: string;
  permission: Permission;
  operation: ApiOperation;
  call: (req: {
    token: string | null;
    params?: Record<string, string>;
    query?: Record<string, string>;
    body?: unknown;
    headers?: Record<string, string>;
  }) => Promise<Response>;
};

export async function discoverEntryPoints(
  roots: string[] = ENTRY_ROOTS,
): Promise<{ entries: EntryPoint[]; unguarded: string[]; apiEntries: ApiEntryPoint[] }> {
  // Route handlers live under app/; server actions in any module that starts with "use server"
  // (lib/actions/<area>.ts by convention, but a stray one anywhere in app/, lib/ or components/ is found too).
  const files = roots
    .flatMap((dir) => walk(path.join(ROOT, dir)))
    .map((f) => path.relative(ROOT, f))
    .filter((f) => !f.startsWith("lib/generated/") && /\.tsx?$/.test(f))
    .filter(
      (f) =>
        (f.startsWith("app/") && /(^|\/)(actions\.ts|route\.ts)$/.test(f)) ||
        readFileSync(f, "utf8").trimStart().startsWith('"use server"'),
    );
  const entries: EntryPoint[] = [];
  const unguarded: string[] = [];
  const apiEntries: ApiEntryPoint[] = [];
  for (const file of [...new Set(files)].sort()) {
    if (EXEMPT_FILES[file]) continue;
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [exportName, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const meta = (value as { meta?: ActionMeta | PublicActionMeta | RouteMeta | PublicRouteMeta | ApiRouteMeta })
        .meta;
      if (!meta) {
        unguarded.push(`${file}#${exportName}`);
        continue;
      }
      if ("api" in meta && meta.api) {
        const handler = value as (
          request: Request,
          ctx: { params: Promise<Record<string, string>> },
        ) => Promise<Response>;
        apiEntries.push({
          file,
          exportName,
          name: meta.name,
          permission: meta.permission,
          operation: meta.operation,
          call: ({ token, params = {}, query = {}, body, headers = {} }) => {
            const url = new URL(`http://localhost/api/v1${meta.operation.path}`);
            for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
            const h = new Headers(headers);
            if (token) h.set("authorization", `Bearer ${token}`);
            if (body !== undefined && !h.has("content-type")) h.set("content-type", "application/json");
            return handler(
              new Request(url, {
                method: exportName,
                headers: h,
                ...(body !== undefined ? { body: typeof body === "string" ? body : JSON.stringify(body) } : {}),
              }),
              { params: Promise.resolve(params) },
            );
          },
        });
        continue;
      }
      if (file.endsWith("route.ts")) {
        const handler = value as (
          request: Request,
          ctx: { params: Promise<Record<string, string>> },
        ) => Promise<Response>;
        entries.push({
          kind: "route",
          file,
          exportName,
          name: `${meta.name}`,
          permission: (meta as RouteMeta | PublicRouteMeta).permission,
          call: (query, params, init) => {
            const url = new URL("http://localhost/test");
            for (const [k, v] of Object.entries(query)) url.searchParams.set(k, v);
            return handler(new Request(url, { method: exportName, ...init }), { params: Promise.resolve(params) });
          },
        });
      } else {
        entries.push({
          kind: "action",
          file,
          exportName,
          name: meta.name,
          permission: meta.permission,
          call: (meta as Partial<FormActionMeta>).form
            ? postedForm(value as FormServerAction)
            : (value as (input: unknown) => Promise<ActionResult<unknown>>),
        });
      }
    }
  }
  return { entries, unguarded, apiEntries };
}

/** An input object as a browser posts it: names with dots for nested fields, a list as repeated names. */
export function toFormData(input: unknown): FormData {
  const data = new FormData();
  const add = (name: string, value: unknown) => {
    if (Array.isArray(value)) for (const item of value) add(name, item);
    else if (value !== null && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) add(name ? `${name}.${key}` : key, inner);
    else data.append(name, String(value));
  };
  add("", input ?? {});
  return data;
}

/**
 * A form action (lib/access/form-action.ts) called as the browser calls it without JavaScript:
 * the input posted as FormData; its redirect on success counts as success, its state as the answer.
 */
function postedForm(action: FormServerAction) {
  return async (input: unknown): Promise<ActionResult<unknown>> => {
    try {
      const state = await action(EMPTY_FORM_STATE, toFormData(input));
      return state.result ?? { ok: true, data: null };
    } catch (error) {
      if (isNextControlFlow(error) && String((error as { digest: string }).digest).startsWith("NEXT_REDIRECT"))
        return { ok: true, data: null };
      throw error;
    }
  };
}

/** The six callers of the issue: anonymous, two clients of one tenant, staff of that tenant, an owner of another, a platform admin. */
export type ActorKey = "anonymous" | "clientX" | "clientY" | "managerA" | "ownerB" | "admin";
export const ACTORS: ActorKey[] = ["anonymous", "clientX", "clientY", "managerA", "ownerB", "admin"];

/** Targets, seen from tenant A: ids of org X, of org Y (same tenant) and of tenant B. */
export type TargetKey = "orgX" | "orgY" | "foreign";
export const TARGETS: TargetKey[] = ["orgX", "orgY", "foreign"];

export type Targets = {
  world: FullWorld;
  orgId: string;
  reportId: string;
  draftReportId: string;
  assessmentId: string;
  postureId: string;
};

export type MatrixWorlds = { a: FullWorld; b: FullWorld; adminId: string };

export async function buildMatrixWorlds(): Promise<MatrixWorlds> {
  const [a, b] = await Promise.all([createFullWorld(), createFullWorld()]);
  const admin = await createUser(ownerDb(), { isPlatformAdmin: true, name: "Matrix admin" });
  return { a, b, adminId: admin.id };
}

export function targetFor(worlds: MatrixWorlds, key: TargetKey): Targets {
  if (key === "foreign") {
    return {
      world: worlds.b,
      orgId: worlds.b.orgX.id,
      reportId: worlds.b.reportId,
      draftReportId: worlds.b.draftReportId,
      assessmentId: worlds.b.assessmentId,
      postureId: worlds.b.postureId,
    };
  }
  const w = worlds.a;
  if (key === "orgX")
    return {
      world: w,
      orgId: w.orgX.id,
      reportId: w.reportId,
      draftReportId: w.draftReportId,
      assessmentId: w.assessmentId,
      postureId: w.postureId,
    };
  return {
    world: w,
    orgId: w.orgY.id,
    reportId: w.reportYId,
    draftReportId: w.draftReportId,
    assessmentId: w.assessmentYId,
    postureId: w.postureYId,
  };
}

export function actorUserId(worlds: MatrixWorlds, actor: ActorKey): string | null {
  const { a, b } = worlds;
  return {
    anonymous: null,
    clientX: a.clientX.user.id,
    clientY: a.clientY.user.id,
    managerA: a.manager.user.id,
    ownerB: b.owner.user.id,
    admin: worlds.adminId,
  }[actor];
}

export function becomeActor(worlds: MatrixWorlds, actor: ActorKey): void {
  const { a, b } = worlds;
  switch (actor) {
    case "anonymous":
      return anonymous();
    case "clientX":
      return actAs(a.clientX.user);
    case "clientY":
      return actAs(a.clientY.user);
    case "managerA":
      return actAs(a.manager.user);
    case "ownerB":
      return actAs(b.owner.user);
    case "admin":
      return actAs({ id: worlds.adminId });
  }
}

/**
 * A fingerprint of everything both tenants own: per table, the number of rows
 * and the latest updatedAt. A denied call must leave it unchanged.
 */
export async function fingerprint(tenantIds: string[]): Promise<string> {
  const db = ownerDb();
  const tables = await db.$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns
    WHERE table_schema = 'public' AND column_name = 'tenantId' AND table_name <> 'AuditEvent' ORDER BY table_name`;
  // AuditEvent is left out on purpose: a denial is expected to append one. The job worker's own
  // tables are left out too, and DomainEvent is counted without its updatedAt: an allowed call's
  // event is dispatched, mailed and delivered later, by whichever test file's queue runner gets to
  // it — possibly between a denied call's two fingerprints. A denied call adding an event still shows.
  const WORKER_TABLES = new Set(["OutboxMail", "WebhookDelivery", "WebhookAttempt"]);
  const parts: string[] = [];
  for (const { table_name } of tables) {
    if (WORKER_TABLES.has(table_name)) continue;
    const [row] = await db.$queryRawUnsafe<{ n: number; u: Date | null }[]>(
      `SELECT count(*)::int AS n, max("updatedAt") AS u FROM "${table_name}" WHERE "tenantId" = ANY($1::text[])`,
      tenantIds,
    );
    const updated = table_name === "DomainEvent" ? "-" : (row?.u?.toISOString() ?? "-");
    parts.push(`${table_name}:${row?.n}:${updated}`);
  }
  const [tenants] = await db.$queryRaw<
    { u: Date | null }[]
  >`SELECT max("updatedAt") AS u FROM "Tenant" WHERE id = ANY(${tenantIds}::text[])`;
  const [users] = await db.$queryRaw<{ u: Date | null }[]>`
    SELECT max(u."updatedAt") AS u FROM "User" u JOIN "Membership" m ON m."userId" = u.id WHERE m."tenantId" = ANY(${tenantIds}::text[])`;
  parts.push(`Tenant:${tenants?.u?.toISOString()}`, `User:${users?.u?.toISOString()}`);
  return parts.join("|");
}

export type RouteEntryPoint = Extract<EntryPoint, { kind: "route" }>;

/** The public route handlers (definePublicRoute): checked against tests/access/public-rows.ts, not the role matrix. */
export function publicRoutes(entries: EntryPoint[]): RouteEntryPoint[] {
  return entries.filter((e): e is RouteEntryPoint => e.kind === "route" && e.permission === null);
}
