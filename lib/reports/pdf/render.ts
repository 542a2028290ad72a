import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { formatter, translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/catalog";
import { ReportDocument, type PdfReport } from "@/lib/reports/pdf/report-document";

// Words are never split with a hyphen (column headers, labels): they wrap whole.
Font.registerHyphenationCallback((word) => [word]);

/** Renders a report to PDF bytes on the server (pure JavaScript, about 0.1 s). */
export async function renderReportPdf(report: PdfReport, locale: Locale = "en"): Promise<Buffer> {
  const element = createElement(ReportDocument, { report, t: translator(locale), format: formatter(locale) });
  return renderToBuffer(element as Parameters<typeof renderToBuffer>[0]);
}

/** A safe file name: "cedar-logistics-2026-11.pdf". */
export function pdfFileName(organizationName: string, period: string): string {
  const slug = organizationName
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${slug || "report"}-${period}.pdf`;
}
