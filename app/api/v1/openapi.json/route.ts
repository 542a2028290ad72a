import { openApiDocument } from "@/lib/api/v1/openapi";

/**
 * The OpenAPI 3.1 description of the REST API v1, public: it describes the API and holds no data.
 * Generated from the operations' zod schemas (lib/api/v1/openapi.ts).
 */
export function GET(): Response {
  return Response.json(openApiDocument(), {
    headers: { "cache-control": "public, max-age=300", "access-control-allow-origin": "*" },
  });
}
