import { useFormatter, useTranslations } from "next-intl";
import type { AssessmentDraftFields } from "@/lib/domain/assessments/schemas";
import { ECONOMICS_FIELDS } from "@/lib/domain/assessments/schemas";

/** The answers the result was computed from, as a definition list (the record, also in print). */
export function AnswersSummary({ fields }: { fields: AssessmentDraftFields }) {
  const t = useTranslations("assessments.form.fields");
  const tr = useTranslations("assessments.result");
  const tc = useTranslations("common");
  const format = useFormatter();
  const yes = (v: boolean | null) => (v === null ? tr("unanswered") : v ? tc("yes") : tc("no"));
  const option = (
    name: "backups" | "businessAppDependency" | "continuityRequirement" | "interruptionTolerance" | "digitalDependence",
  ) => (fields[name] ? t(`${name}.options.${fields[name]}.label`) : tr("unanswered"));
  const count = (v: number | null) => (v === null ? tr("unanswered") : format.number(v));
  const rows: [string, string][] = [
    [t("headcount.label"), count(fields.headcount)],
    [t("endpoints.label"), count(fields.endpoints)],
    [t("sites.label"), count(fields.sites)],
    [t("remoteUsers.label"), count(fields.remoteUsers)],
    [
      t("cloudServices.label"),
      fields.cloudServices.length
        ? format.list(
            fields.cloudServices.map((c) => t(`cloudServices.options.${c}.label`)),
            { type: "conjunction" },
          )
        : tc("none"),
    ],
    [t("centralFileSharing.label"), yes(fields.centralFileSharing)],
    [t("backups.label"), option("backups")],
    [t("businessAppDependency.label"), option("businessAppDependency")],
    [t("continuityRequirement.label"), option("continuityRequirement")],
    [t("interruptionTolerance.label"), option("interruptionTolerance")],
    [t("digitalDependence.label"), option("digitalDependence")],
    [t("needsPredictableBudget.label"), yes(fields.needsPredictableBudget)],
    [t("needsMonthlySteering.label"), yes(fields.needsMonthlySteering)],
  ];
  for (const f of ECONOMICS_FIELDS) {
    const v = fields.economics?.[f];
    if (v !== undefined) rows.push([t(`economics.${f}.label`), format.number(v)]);
  }
  return (
    <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2" data-testid="answers">
      {rows.map(([label, value]) => (
        <div key={label} className="flex justify-between gap-3 border-b border-slate-100 py-1">
          <dt className="text-slate-600">{label}</dt>
          <dd className="text-right font-medium text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
