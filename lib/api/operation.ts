import type { z } from "zod";
import type { Permission } from "@/lib/access/permissions";

/**
 * One operation of the REST API v1, declared as data: the route file serves it
 * (lib/api/route.ts) and the OpenAPI document describes it (lib/api/v1/openapi.ts) from the
 * same zod schemas, so the document cannot drift from what is validated.
 */
export type ApiOperation = {
  /** The OpenAPI operationId, and the name in the access-matrix suites and the audit trail ("api.<id>"). */
  id: string;
  method: "GET" | "POST" | "PATCH";
  /** Under /api/v1, OpenAPI style: "/organizations/{id}". */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Checked against the permission matrix with the role the token acts with (lib/api/token-actor.ts). */
  permission: Permission;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** 200, or 201 for a creation. */
  status: 200 | 201;
  /** Lists: cursor pagination (a Link header with rel="next" besides `nextCursor`). */
  paginated?: boolean;
  /** The transaction's time limit in ms when the default (15 s) is too short: bulk upserts. */
  timeoutMs?: number;
};

/** Writes (anything but GET) need a read-write token. */
export const isWrite = (op: Pick<ApiOperation, "method">) => op.method !== "GET";

export function defineOperation<const O extends ApiOperation>(op: O): O {
  return op;
}
