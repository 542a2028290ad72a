import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import type { ApiRouteMeta } from "@/lib/api/route";
import { API_V1_OPERATIONS } from "@/lib/api/v1/operations";
import { buildOpenApiDocument } from "@/lib/api/v1/openapi";

/**
 * The OpenAPI 3.1 document of the REST API v1: valid by a maintained validator
 * (@seriousme/openapi-schema-validator, which checks 3.1 against its JSON schema), served
 * without a session, and in step with the route files: every operation a route file under
 * app/api/v1 serves is in the document, at the path of its folder, and every operation of the
 * document is served by one.
 */
const ROOT = path.join(process.cwd(), "app/api/v1");

function routeFiles(dir = ROOT, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) routeFiles(full, out);
    else if (entry === "route.ts") out.push(full);
  }
  return out;
}

describe("the OpenAPI document", () => {
  it("is served at /api/v1/openapi.json without a session, and is a valid OpenAPI 3.1 document", async () => {
    const response = await openApiRoute();
    expect(response.status).toBe(200);
    const doc = (await response.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the validator is not a rubber stamp: it rejects a broken document", async () => {
    const broken = JSON.parse(JSON.stringify(buildOpenApiDocument())) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const first = Object.values(broken.paths)[0]!;
    (Object.values(first)[0] as { responses: unknown }).responses = "none";
    expect((await new Validator().validate(broken as never)).valid).toBe(false);
  });

  it("lists exactly the operations the route files under app/api/v1 serve, at their folders' paths", async () => {
    const served: string[] = [];
    for (const file of routeFiles()) {
      const rel = path.relative(ROOT, path.dirname(file)).split(path.sep).join("/");
      if (rel === "openapi.json") continue;
      const routePath = `/${rel}`.replace(/\[(\w+)\]/g, "{$1}");
      const mod = (await import(file)) as Record<string, { meta?: ApiRouteMeta }>;
      for (const [method, handler] of Object.entries(mod)) {
        const op = handler.meta?.operation;
        expect(op, `${file}#${method} is not an apiRoute`).toBeDefined();
        expect(`${op!.method} ${op!.path}`, file).toBe(`${method} ${routePath}`);
        served.push(`${method} ${routePath}`);
      }
    }
    const doc = buildOpenApiDocument() as unknown as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(doc.paths).flatMap(([p, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(served.sort()).toEqual(documented.sort());
    expect(API_V1_OPERATIONS.map((op) => `${op.method} ${op.path}`).sort()).toEqual(documented.sort());
    expect(new Set(API_V1_OPERATIONS.map((op) => op.id)).size).toBe(API_V1_OPERATIONS.length);
  });

  it("describes the bearer token, the problem responses and the pagination", () => {
    const doc = buildOpenApiDocument() as unknown as {
      components: { securitySchemes: Record<string, { scheme: string }>; schemas: Record<string, unknown> };
      paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string }[] }>>;
    };
    expect(doc.components.securitySchemes.bearerToken?.scheme).toBe("bearer");
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(["Problem"]));
    const list = doc.paths["/organizations"]!.get!;
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(["200", "401", "404", "422", "429"]));
    expect(list.parameters?.map((p) => p.name)).toEqual(expect.arrayContaining(["limit", "cursor"]));
  });
});
