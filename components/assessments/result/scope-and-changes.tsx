import { useTranslations } from "next-intl";
import { ModelBadge } from "@/components/ui/badge";
import { useEngineText } from "@/components/assessments/use-engine-text";
import type { StoredResult } from "@/lib/domain/assessments/stored-result";

const KNOWN_SCOPE = new Set([
  "backups",
  "microsoft365",
  "googleWorkspace",
  "businessApps",
  "remoteAccess",
  "sites",
  "iaas",
  "saas",
  "endpoints",
]);

/** What goes under contract (the hybrid package, or the managed perimeter). */
export function ManagedScope({ result }: { result: Pick<StoredResult, "recommendation" | "managedScope"> }) {
  const t = useTranslations("assessments.result.scope");
  if (result.recommendation === "BREAK_FIX" || result.managedScope.length === 0) {
    return <p className="text-sm text-slate-700">{t("none")}</p>;
  }
  return (
    <div>
      <p className="text-sm text-slate-700">
        {result.recommendation === "HYBRID" ? t("hybridIntro") : t("managedIntro")}
      </p>
      <ol className="mt-2 flex flex-wrap gap-2" data-testid="managed-scope">
        {result.managedScope.map((item, i) => (
          <li key={item} className="rounded-md border border-slate-200 bg-slate-50 px-2.5 py-1 text-sm">
            {result.recommendation === "HYBRID" ? (
              <span className="mr-1 text-xs text-slate-600">{t("rank", { n: i + 1 })}</span>
            ) : null}
            {KNOWN_SCOPE.has(item) ? t(`items.${item}`) : item}
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The nearest changes of answers that would flip the recommendation. */
export function WhatWouldChange({ entries }: { entries: StoredResult["whatWouldChange"] }) {
  const t = useTranslations("assessments.result");
  const say = useEngineText();
  const tc = useTranslations("common");
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("nothingWouldChange")}</p>;
  return (
    <ul className="space-y-2" data-testid="what-would-change">
      {entries.map((e, i) => (
        <li key={i} className="flex flex-wrap items-start gap-2 text-sm">
          <ModelBadge model={e.recommendation} label={tc(`serviceModel.${e.recommendation}`)} />
          <span className="flex-1 text-slate-800">{say(e.text)}</span>
        </li>
      ))}
    </ul>
  );
}
