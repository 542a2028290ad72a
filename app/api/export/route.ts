import { defineRoute } from "@/lib/access/route";
import { exportTenant } from "@/lib/domain/export/export-tenant";

/** GET /api/export — the owner's ZIP of their tenant's data (JSON + CSV). */
export const GET = defineRoute(
  { name: "export.tenant", permission: "export.tenant" },
  async ({ tx, actor, requestId }) => {
    const { zip, filename } = await exportTenant(tx, actor, requestId);
    return new Response(zip as unknown as BodyInit, {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${filename}"`,
        "cache-control": "no-store",
        "x-request-id": requestId,
      },
    });
  },
);
