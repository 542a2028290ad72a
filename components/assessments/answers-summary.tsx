import { useFormatter, useTranslations } from "next-intl";
import { ECONOMICS, INPUT_FIELD_NAMES, INPUT_FIELDS, type InputField } from "@/lib/engine";
import { ECONOMICS_FIELDS, type AssessmentDraftFields } from "@/lib/domain/assessments/schemas";

/** The answers the result was computed from, as a definition list (the record, also in print). */
export function AnswersSummary({ fields, currency }: { fields: AssessmentDraftFields; currency: string }) {
  const t = useTranslations("assessments.form.fields");
  const tr = useTranslations("assessments.result");
  const tc = useTranslations("common");
  const format = useFormatter();
  /** An answer in words, by the field's kind (lib/engine/fields.ts). */
  const answer = (name: InputField): string => {
    const value = fields[name];
    if (value === null || value === undefined) return tr("unanswered");
    switch (INPUT_FIELDS[name].kind) {
      case "count":
        return format.number(value as number);
      case "flag":
        return value ? tc("yes") : tc("no");
      case "choice":
        return t(`${name}.options.${value as string}.label`);
      case "set": {
        const items = value as string[];
        return items.length
          ? format.list(
              items.map((v) => t(`${name}.options.${v}.label`)),
              { type: "conjunction" },
            )
          : tc("none");
      }
    }
  };
  const rows: [string, string][] = INPUT_FIELD_NAMES.map((name) => [t(`${name}.label`), answer(name)]);
  for (const f of ECONOMICS_FIELDS) {
    const v = fields.economics?.[f];
    if (v !== undefined)
      rows.push([
        t(`economics.${f}.label`),
        ECONOMICS[f].unit === "money" ? format.number(v, { style: "currency", currency }) : format.number(v),
      ]);
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
