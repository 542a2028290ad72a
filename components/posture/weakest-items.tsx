import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { LevelBadge } from "@/components/posture/level-badge";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import { questionText } from "@/lib/posture/catalog";
import type { RankedItem } from "@/lib/posture/score";

const FIRST = 10;

/**
 * Every answer, weakest first (most severe gaps at the top), with its evidence and as-of date;
 * the first ten shown, the rest one click away.
 */
export async function WeakestItems({
  items,
  answers,
}: {
  items: RankedItem[];
  answers: Map<string, { evidence: string | null; asOf: Date | null }>;
}) {
  const [t, format, locale] = await Promise.all([getTranslations("posture"), getFormatter(), getLocale()]);
  const row = (item: RankedItem) => {
    const a = answers.get(item.question.id);
    return (
      <Tr key={item.question.id} data-testid={`item-${item.question.id}`}>
        <Td className="max-w-xl">
          <p className="font-medium text-slate-900">{questionText(item.question, locale).question}</p>
          <p className="mt-0.5 text-xs text-slate-600">
            {t("itemContext", {
              function: t(`functions.${item.question.function}.name`),
              weight: t(`weight.${item.question.weight}`),
              references: item.question.anssi.length
                ? t("references", { csf: item.question.csf.join(", "), anssi: item.question.anssi.join(", ") })
                : t("referencesNoAnssi", { csf: item.question.csf.join(", ") }),
            })}
          </p>
        </Td>
        <Td>
          {item.level ? (
            <LevelBadge level={item.level} label={t(`levels.${item.level}.label`)} />
          ) : (
            t("result.notAnswered")
          )}
        </Td>
        <Td className="max-w-xs whitespace-pre-line text-slate-700">{a?.evidence ?? t("result.noEvidence")}</Td>
        <Td className="whitespace-nowrap">{a?.asOf ? format.dateTime(a.asOf, { dateStyle: "medium" }) : "—"}</Td>
      </Tr>
    );
  };
  const head = (
    <thead>
      <tr>
        <Th>{t("result.item")}</Th>
        <Th>{t("result.level")}</Th>
        <Th>{t("result.evidence")}</Th>
        <Th>{t("result.asOf")}</Th>
      </tr>
    </thead>
  );
  return (
    <div className="space-y-3" data-testid="posture-weakest">
      <Table>
        {head}
        <tbody>{items.slice(0, FIRST).map(row)}</tbody>
      </Table>
      {items.length > FIRST ? (
        <details>
          <summary className="cursor-pointer text-sm font-medium text-brand-800 underline">
            {t("result.showAll", { count: items.length - FIRST })}
          </summary>
          <Table className="mt-2">
            {head}
            <tbody>{items.slice(FIRST).map(row)}</tbody>
          </Table>
        </details>
      ) : null}
    </div>
  );
}
