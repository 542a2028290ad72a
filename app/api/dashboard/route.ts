import { defineRoute } from "@/lib/access/route";
import { getPortfolioDashboard } from "@/lib/domain/dashboard/get-portfolio-dashboard";
import { dashboardQuerySchema } from "@/lib/domain/dashboard/schemas";

/**
 * GET /api/dashboard?months=12&manager=…&status=… — the portfolio dashboard's data for the
 * caller's tenant (MSP staff). The dashboard page refetches it when a filter changes.
 */
export const GET = defineRoute(
  { name: "dashboard.read", permission: "dashboard.read", query: dashboardQuerySchema },
  async ({ tx, actor, query }) => {
    const data = await getPortfolioDashboard(tx, actor, query);
    return Response.json(data, { headers: { "cache-control": "no-store" } });
  },
);
