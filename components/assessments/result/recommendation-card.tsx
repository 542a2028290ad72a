import { useTranslations } from "next-intl";
import { MODEL_COLORS } from "@/components/ui/badge";
import type { EngineResult } from "@/lib/engine";

const MODELS = ["BREAK_FIX", "HYBRID", "MANAGED"] as const;

/** The recommendation, its confidence and the three scores (0–100) as bars. */
export function RecommendationCard({
  result,
  testId,
}: {
  result: Pick<EngineResult, "recommendation" | "confidence" | "scores">;
  testId?: string;
}) {
  const t = useTranslations("assessments.result");
  const tc = useTranslations("common");
  return (
    <div className="space-y-4" data-testid={testId}>
      <div className="flex flex-wrap items-center gap-3">
        <span
          className="text-2xl font-semibold"
          style={{ color: MODEL_COLORS[result.recommendation] }}
          data-testid={testId ? `${testId}-model` : undefined}
          data-model={result.recommendation}
        >
          {tc(`serviceModel.${result.recommendation}`)}
        </span>
        {result.confidence === "low" || result.confidence === "medium" || result.confidence === "high" ? (
          <span className="text-sm text-slate-700">{t(`confidence.${result.confidence}`)}</span>
        ) : null}
      </div>
      <dl className="space-y-2" aria-label={t("scoresLabel")}>
        {MODELS.map((m) => (
          <div key={m} className="grid grid-cols-[8rem_1fr_2.5rem] items-center gap-2 text-sm">
            <dt className="text-slate-700">{tc(`serviceModel.${m}`)}</dt>
            <dd className="h-2.5 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
              <div
                className="h-full rounded-full"
                style={{ width: `${result.scores[m]}%`, backgroundColor: MODEL_COLORS[m] }}
              />
            </dd>
            <dd className="text-right tabular-nums text-slate-900">{t("score", { value: result.scores[m] })}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
