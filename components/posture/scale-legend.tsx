import { getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/posture/level-badge";
import { ANSWER_LEVELS } from "@/lib/posture/vocabulary";

/** What each answer on the maturity scale means (shown above the questionnaire and the results). */
export async function ScaleLegend() {
  const t = await getTranslations("posture");
  return (
    <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[auto_1fr]" data-testid="posture-scale">
      {ANSWER_LEVELS.map((level) => (
        <div key={level} className="contents">
          <dt>
            <LevelBadge level={level} label={t(`levels.${level}.label`)} />
          </dt>
          <dd className="text-slate-700">{t(`levels.${level}.description`)}</dd>
        </div>
      ))}
    </dl>
  );
}
