import { z } from "zod";
import { defineRoute } from "@/lib/access/route";
import { getDocumentBrand } from "@/lib/domain/brand/get-document-brand";
import { getReport } from "@/lib/domain/reports/get-report";
import { listReportDecisions } from "@/lib/domain/decisions/list-report-decisions";
import { requestLocale } from "@/lib/i18n/request-locale";
import { pdfFileName, renderReportPdf } from "@/lib/reports/pdf/render";
import { id } from "@/lib/validation/fields";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/reports/:id/pdf — the report as a PDF, generated on the server.
 * Staff: any report of their tenant (drafts are marked as such); a client:
 * their organization's published reports only. Anything else is a 404.
 */
export const GET = defineRoute(
  { name: "report.pdf", permission: "report.pdf", params: z.object({ id: id() }).strict() },
  async ({ tx, actor, params, requestId }) => {
    const report = await getReport(tx, actor, params.id);
    // The client's decisions on its items (signed, dated, with the item's fingerprint as published).
    const decisions = await listReportDecisions(tx, actor, report.readable);
    // The MSP's brand (colour, logo) on its client's document, whoever downloads it.
    const brand = actor.tenantId ? await getDocumentBrand(tx, actor, { tenantId: actor.tenantId }) : null;
    const pdf = await renderReportPdf(
      {
        mspName: report.mspName,
        organizationName: report.organization.name,
        period: report.period,
        status: report.status,
        publishedAt: report.publishedAt,
        content: report.content,
        trend: report.trend,
        posture: report.posture,
        currency: actor.currency,
        brand: brand ? { color: brand.color, logo: brand.logo } : null,
        decisions: decisions.map((d) => ({ itemKind: d.itemKind, title: d.title, current: d.current })),
      },
      // The organization's report language, whoever downloads it; else the reader's.
      report.organization.reportLocale ?? (await requestLocale()),
    );
    return new Response(new Uint8Array(pdf), {
      status: 200,
      headers: {
        "content-type": "application/pdf",
        "content-disposition": `attachment; filename="${pdfFileName(report.organization.name, report.period)}"`,
        "content-length": String(pdf.length),
        "cache-control": "private, no-store",
        "x-request-id": requestId,
      },
    });
  },
);
