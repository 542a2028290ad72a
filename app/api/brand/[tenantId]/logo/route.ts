import { z } from "zod";
import { defineRoute } from "@/lib/access/route";
import { getBrandLogo } from "@/lib/domain/brand/get-brand-logo";
import { id } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/brand/:tenantId/logo[?v=<sha256 prefix>] — the MSP's logo, to members of that tenant
 * only (anyone else: 404). Always a PNG drawn on upload (lib/brand/logo.ts), never an SVG.
 *
 * Caching cannot leak it across tenants or users: `private` (no shared cache may keep it),
 * `no-cache` (the browser asks again every time, so the session is checked every time; an
 * unchanged logo costs a 304 against its ETag, the SHA-256 of its bytes) and `Vary: Cookie`.
 * `nosniff` and a sandboxing CSP: the bytes are only ever an image.
 */
export const GET = defineRoute(
  {
    name: "brand.logo",
    permission: "brand.read",
    params: z.object({ tenantId: id() }).strict(),
    query: z
      .object({
        v: z
          .string()
          .regex(/^[0-9a-f]{8,64}$/)
          .optional(),
      })
      .strict(),
  },
  async ({ tx, actor, params, request, requestId }) => {
    const logo = await getBrandLogo(tx, actor, { tenantId: params.tenantId });
    const etag = `"${logo.sha256}"`;
    const headers = {
      "cache-control": "private, no-cache",
      vary: "Cookie",
      etag,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "cross-origin-resource-policy": "same-origin",
      "x-request-id": requestId,
    };
    const seen = request.headers.get("if-none-match");
    if (seen && seen.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag))
      return new Response(null, { status: 304, headers });
    return new Response(new Uint8Array(logo.png), {
      status: 200,
      headers: {
        ...headers,
        "content-type": "image/png",
        "content-length": String(logo.png.length),
        "content-disposition": 'inline; filename="logo.png"',
      },
    });
  },
);
