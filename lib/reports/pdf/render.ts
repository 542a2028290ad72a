import { Font, renderToBuffer } from "@react-pdf/renderer";
import { createElement } from "react";
import { formatter, translator, type Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/catalog";
import type { Formatter } from "@/lib/reports/metrics";
import { ReportDocument, type PdfReport } from "@/lib/reports/pdf/report-document";

// Words are never split with a hyphen (column headers, labels): they wrap whole.
Font.registerHyphenationCallback((word) => [word]);

/**
 * The PDF's built-in Helvetica (WinAnsi) has the accents, œ, €, « », ’ and the no-break space
 * French needs, but not the narrow no-break space of French typography and French number
 * formatting (U+202F, drawn as a stray "/"): it becomes a no-break space, which does not break either.
 */
export function pdfText(text: string): string {
  return text.replace(/\u202f/g, "\u00a0");
}

function pdfTranslator(locale: Locale): Translate {
  const t = translator(locale);
  const call = (key: string, params?: Record<string, string | number>) =>
    pdfText((t as unknown as (k: string, p?: Record<string, string | number>) => string)(key, params));
  return Object.assign(call, t) as unknown as Translate;
}

function pdfFormatter(locale: Locale): Formatter {
  const format = formatter(locale);
  return Object.fromEntries(
    Object.entries(format).map(([name, fn]) => [
      name,
      (...args: unknown[]) => {
        const out = (fn as (...a: unknown[]) => unknown)(...args);
        return typeof out === "string" ? pdfText(out) : out;
      },
    ]),
  ) as Formatter;
}

/** Renders a report to PDF bytes on the server (pure JavaScript, about 0.1 s). */
export async function renderReportPdf(report: PdfReport, locale: Locale = "en"): Promise<Buffer> {
  const element = createElement(ReportDocument, { report, t: pdfTranslator(locale), format: pdfFormatter(locale) });
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
