import { useTranslations } from "next-intl";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredResult } from "@/lib/domain/assessments/stored-result";

function Mark({ on, yes, no }: { on: boolean; yes: string; no: string }) {
  return (
    <span className={on ? "text-emerald-700" : "text-slate-500"}>
      <span aria-hidden="true">{on ? "✓" : "✗"}</span>
      <span className="sr-only">{on ? yes : no}</span>
    </span>
  );
}

/** The five conditions under which break-fix stays coherent, and the six MSP triggers. */
export function ConditionsAndTriggers({
  conditions,
  triggers,
}: {
  conditions: StoredResult["breakFixConditions"];
  triggers: StoredResult["mspTriggers"];
}) {
  const t = useTranslations("assessments.result");
  const say = useEngineText();
  const holding = conditions.filter((c) => c.holds).length;
  const present = triggers.filter((x) => x.present).length;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("conditionsTitle")}</h3>
        <p className="mt-0.5 text-xs text-slate-600">{t("conditionsSummary", { holding, total: conditions.length })}</p>
        <ul className="mt-2 space-y-1.5 text-sm" data-testid="conditions">
          {conditions.map((c) => (
            <li key={c.key} className="flex items-start gap-2">
              <Mark on={c.holds} yes={t("holds")} no={t("doesNotHold")} />
              <span className={c.holds ? "text-slate-900" : "text-slate-600"}>{say(c.condition)}</span>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("triggersTitle")}</h3>
        <p className="mt-0.5 text-xs text-slate-600">{t("triggersSummary", { present, total: triggers.length })}</p>
        <ul className="mt-2 space-y-1.5 text-sm" data-testid="triggers">
          {triggers.map((x) => (
            <li key={x.key} className="flex items-start gap-2">
              <Mark on={x.present} yes={t("present")} no={t("absent")} />
              <span className={x.present ? "font-medium text-slate-900" : "text-slate-600"}>{say(x.trigger)}</span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
