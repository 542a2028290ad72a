import { defineRoute } from "@/lib/access/route";
import { getPostureExport } from "@/lib/domain/posture/get-posture-export";
import { postureExportQuery, postureRefParams } from "@/lib/domain/posture/schemas";
import { requestLocale } from "@/lib/i18n/request-locale";
import { translator } from "@/lib/i18n/translate";
import { catalogLocale } from "@/lib/posture/catalog";
import { postureCsv, POSTURE_CSV_COLUMNS } from "@/lib/posture/csv";
import { toOscalAssessmentResults } from "@/lib/posture/oscal";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * GET /api/posture/:id/export?format=oscal|csv — a finalized posture assessment as OSCAL
 * assessment results (JSON) or as CSV, in the caller's language. Staff of the tenant only;
 * anything else is a 404, a draft a 409.
 */
export const GET = defineRoute(
  { name: "posture.export", permission: "posture.export", params: postureRefParams, query: postureExportQuery },
  async ({ tx, actor, params, query, requestId }) => {
    const data = await getPostureExport(tx, actor, params.id);
    const uiLocale = await requestLocale();
    const locale = catalogLocale(uiLocale);
    const t = translator(uiLocale);
    const day = data.assessment.finalizedAt.toISOString().slice(0, 10);
    const base = `posture-${slug(data.organization.name)}-${day}`;
    const headers = (type: string, file: string) => ({
      "content-type": type,
      "content-disposition": `attachment; filename="${file}"`,
      "cache-control": "private, no-store",
      "x-request-id": requestId,
    });
    if (query.format === "csv") {
      const csv = postureCsv({
        catalog: data.catalog,
        answers: data.answers,
        locale,
        headers: Object.fromEntries(POSTURE_CSV_COLUMNS.map((c) => [c, t(`posture.export.csv.${c}`)])) as Record<
          (typeof POSTURE_CSV_COLUMNS)[number],
          string
        >,
      });
      return new Response(`\uFEFF${csv}`, { status: 200, headers: headers("text/csv; charset=utf-8", `${base}.csv`) });
    }
    const document = toOscalAssessmentResults({
      ...data,
      locale,
      texts: {
        documentTitle: t("posture.export.oscal.documentTitle", { organization: data.organization.name, date: day }),
        resultTitle: t("posture.export.oscal.resultTitle", { catalog: data.catalog.version }),
        resultDescription: t("posture.export.oscal.resultDescription", { msp: data.msp.name }),
        catalogTitle: t("posture.export.oscal.catalogTitle", { version: data.catalog.version }),
        catalogDescription: t("posture.export.oscal.catalogDescription"),
        reviewedControls: t("posture.export.oscal.reviewedControls"),
        assessorRole: t("posture.export.oscal.assessorRole"),
        levelLabel: (level) => t(`posture.levels.${level}.label`),
        observationDescription: (level, evidence) =>
          evidence
            ? t("posture.export.oscal.observationWithEvidence", { level, evidence })
            : t("posture.export.oscal.observation", { level }),
        findingTitle: (subcategory) => t("posture.export.oscal.findingTitle", { subcategory }),
        findingDescription: (counts) => t("posture.export.oscal.findingDescription", counts),
      },
    });
    return new Response(JSON.stringify(document, null, 2), {
      status: 200,
      headers: headers("application/json; charset=utf-8", `${base}.oscal.json`),
    });
  },
);

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "organization"
  );
}
