import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/posture/level-badge";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { EarlierPosture } from "@/lib/domain/posture/get-posture-view";
import { questionText, type PostureCatalog } from "@/lib/posture/catalog";
import type { ItemChange, PostureComparison } from "@/lib/posture/compare";
import type { AnswerLevel } from "@/lib/posture/vocabulary";

/**
 * Before/after with an earlier posture assessment of the same organization: a picker (a plain
 * GET form, so it works before any script loads) and the answers that changed.
 */
export async function CompareSection({
  path,
  earlier,
  compared,
  comparison,
  catalogs,
}: {
  path: string;
  earlier: EarlierPosture[];
  compared: { id: string; finalizedAt: Date } | null;
  comparison: PostureComparison | null;
  catalogs: { later: PostureCatalog; earlier: PostureCatalog | null };
}) {
  const [t, format, locale] = await Promise.all([getTranslations("posture"), getFormatter(), getLocale()]);
  if (!compared || !earlier.length) return <Notice testId="posture-compare-first">{t("compare.first")}</Notice>;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const score = (v: number | null) => (v === null ? t("noScore") : t("scoreOutOf", { score: v }));
  const question = (id: string) => {
    const q = catalogs.later.questions.find((x) => x.id === id) ?? catalogs.earlier?.questions.find((x) => x.id === id);
    return q ? questionText(q, locale).question : id;
  };
  const badge = (level: AnswerLevel | null) =>
    level ? <LevelBadge level={level} label={t(`levels.${level}.label`)} /> : "—";
  const changed = (comparison?.items ?? []).filter((i: ItemChange) => i.change !== "same");
  return (
    <div className="space-y-4" data-testid="posture-compare">
      <form method="get" data-search-form="posture-compare" action={path} className="flex flex-wrap items-end gap-3">
        <SelectField
          label={t("compare.choose")}
          name="compare"
          defaultValue={compared.id}
          className="min-w-64"
          options={earlier.map((e) => ({
            value: e.id,
            label: t("compare.chooseOption", { date: day(e.finalizedAt), score: score(e.score) }),
          }))}
        />
        <Button type="submit" variant="secondary" data-testid="compare-apply">
          {t("compare.apply")}
        </Button>
      </form>
      <p className="text-sm text-slate-700" data-testid="posture-compare-with">
        {t("compare.with", { date: day(compared.finalizedAt) })}
      </p>
      {comparison ? (
        <>
          <h3 className="text-sm font-semibold text-slate-900">{t("compare.itemsTitle")}</h3>
          {changed.length ? (
            <Table data-testid="posture-changes">
              <thead>
                <tr>
                  <Th>{t("result.item")}</Th>
                  <Th>{t("compare.before")}</Th>
                  <Th>{t("compare.after")}</Th>
                  <Th>{t("result.change")}</Th>
                </tr>
              </thead>
              <tbody>
                {changed.map((item) => (
                  <Tr key={item.questionId} data-testid={`change-${item.questionId}`}>
                    <Td className="max-w-xl">{question(item.questionId)}</Td>
                    <Td>{badge(item.before)}</Td>
                    <Td>{badge(item.after)}</Td>
                    <Td
                      className={
                        item.change === "better" ? "text-emerald-800" : item.change === "worse" ? "text-red-800" : ""
                      }
                    >
                      {t(`compare.change.${item.change}`)}
                    </Td>
                  </Tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <p className="text-sm text-slate-700">{t("compare.itemsNone")}</p>
          )}
        </>
      ) : null}
    </div>
  );
}
