import { getFormatter, getTranslations } from "next-intl/server";
import { Table, Td, Th, Tr } from "@/components/ui/table";
import type { ScoreChange } from "@/lib/posture/compare";
import type { PostureResult } from "@/lib/posture/score";
import { CSF_FUNCTIONS, type CsfFunction } from "@/lib/posture/vocabulary";

/**
 * The scores as a table: per CSF function the score, the earlier one and the change when there
 * is a comparison, and how many questions counted. The chart above draws the same figures.
 */
export async function ScoresTable({
  result,
  comparison,
  beforeLabel,
}: {
  result: PostureResult;
  comparison: { functions: Record<CsfFunction, ScoreChange>; overall: ScoreChange } | null;
  beforeLabel: string | null;
}) {
  const [t, format] = await Promise.all([getTranslations("posture"), getFormatter()]);
  const score = (v: number | null) => (v === null ? t("noScore") : t("scoreOutOf", { score: v }));
  const delta = (c: ScoreChange | undefined) =>
    !c || c.delta === null
      ? "—"
      : c.delta === 0
        ? t("result.noChange")
        : format.number(c.delta, { signDisplay: "exceptZero" });
  return (
    <Table data-testid="posture-scores">
      <thead>
        <tr>
          <Th>{t("result.function")}</Th>
          <Th>{t("result.score")}</Th>
          {comparison && beforeLabel ? <Th>{beforeLabel}</Th> : null}
          {comparison ? <Th>{t("result.change")}</Th> : null}
          <Th>{t("result.answered")}</Th>
        </tr>
      </thead>
      <tbody>
        {CSF_FUNCTIONS.map((fn) => {
          const f = result.functions[fn];
          const c = comparison?.functions[fn];
          return (
            <Tr key={fn} data-testid={`score-${fn}`}>
              <Th scope="row" className="normal-case tracking-normal text-sm text-slate-900">
                {t.rich("functionWithCode", {
                  name: t(`functions.${fn}.name`),
                  code: fn,
                  muted: (chunks) => <span className="font-normal text-slate-600">{chunks}</span>,
                })}
              </Th>
              <Td className="font-semibold tabular-nums" data-testid={`score-${fn}-value`}>
                {score(f.score)}
              </Td>
              {comparison ? <Td className="tabular-nums">{score(c?.before ?? null)}</Td> : null}
              {comparison ? (
                <Td className="tabular-nums" data-testid={`score-${fn}-change`}>
                  {delta(c)}
                </Td>
              ) : null}
              <Td className="text-slate-700">
                {f.notApplicable
                  ? t("result.answeredWithNa", {
                      applicable: f.applicable,
                      questions: f.questions,
                      notApplicable: f.notApplicable,
                    })
                  : t("result.answeredValue", { applicable: f.applicable, questions: f.questions })}
              </Td>
            </Tr>
          );
        })}
        <Tr data-testid="score-overall">
          <Th scope="row" className="normal-case tracking-normal text-sm text-slate-900">
            {t("page.overall")}
          </Th>
          <Td className="font-semibold tabular-nums">{score(result.overall)}</Td>
          {comparison ? <Td className="tabular-nums">{score(comparison.overall.before)}</Td> : null}
          {comparison ? <Td className="tabular-nums">{delta(comparison.overall)}</Td> : null}
          <Td />
        </Tr>
      </tbody>
    </Table>
  );
}
