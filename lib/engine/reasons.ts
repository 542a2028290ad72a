import type { AssessmentInput } from "./schema";
import type { Classification } from "./classify";
import { CONDITION_KEYS } from "./conditions";
import { presentTriggers } from "./triggers";
import type { ScopeItem } from "./scope";
import type { Messages } from "./messages";

function leadReason(c: Classification, scope: readonly ScopeItem[], m: Messages): string {
  const triggers = presentTriggers(c.triggers);
  switch (c.recommendation) {
    case "BREAK_FIX":
      return m.t("reason.lead.BREAK_FIX");
    case "HYBRID": {
      const items = m.list(scope.map((item) => m.t(`scope.${item}`)));
      return m.t(triggers.length > 0 ? "reason.lead.HYBRID" : "reason.lead.HYBRID.transition", { scope: items });
    }
    case "MANAGED":
      return m.t("reason.lead.MANAGED", {
        count: triggers.length,
        triggers: m.list(triggers.map((key) => m.t(`triggerInline.${key}`))),
      });
  }
}

function conditionsReason(input: AssessmentInput, c: Classification, m: Messages): string | null {
  const failed = CONDITION_KEYS.filter((key) => !c.conditions[key]);
  if (failed.length === 0) return null;
  const params = { sites: input.sites, endpoints: input.endpoints, headcount: input.headcount };
  return m.t("reason.conditionsFailed", { failed: m.list(failed.map((key) => m.t(`conditionFailed.${key}`, params))) });
}

function triggersReason(c: Classification, m: Messages): string | null {
  const triggers = presentTriggers(c.triggers);
  if (triggers.length === 0) return null;
  const listed = m.list(triggers.map((key) => m.t(`triggerInline.${key}`)));
  if (c.recommendation === "BREAK_FIX") return m.t("reason.watchTrigger", { trigger: listed });
  if (c.recommendation === "HYBRID" && c.pressure.failedConditions === 0) {
    return m.t("reason.smallButTriggers", { triggers: listed });
  }
  if (c.recommendation === "MANAGED") return null; // already named in the lead
  return m.t("reason.triggers", { count: triggers.length, triggers: listed });
}

/**
 * Plain sentences, most important first: the recommendation (always names the model), why
 * break-fix is or is not coherent, the triggers, the grid's budget and steering needs, the
 * unchecked-backup warning, and the seed's reminder that the choice is not purely financial.
 */
export function buildReasons(
  input: AssessmentInput,
  c: Classification,
  scope: readonly ScopeItem[],
  m: Messages,
): string[] {
  const reasons = [leadReason(c, scope, m), conditionsReason(input, c, m), triggersReason(c, m)];
  if (input.needsPredictableBudget) reasons.push(m.t("reason.predictableBudget"));
  if (input.needsMonthlySteering) reasons.push(m.t("reason.monthlySteering"));
  if (input.backups === "unmonitored") reasons.push(m.t("reason.unmonitoredBackups"));
  reasons.push(m.t("reason.notPurelyFinancial"));
  return reasons.filter((reason): reason is string => reason !== null);
}
