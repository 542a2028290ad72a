import type { AssessmentInput } from "./schema";
import type { Classification } from "./classify";
import { CONDITION_KEYS } from "./conditions";
import { presentTriggers } from "./triggers";
import type { ScopeItem } from "./scope";
import { text, textList, type Text } from "./text";

function leadReason(c: Classification, scope: readonly ScopeItem[]): Text {
  const triggers = presentTriggers(c.triggers);
  switch (c.recommendation) {
    case "BREAK_FIX":
      return text("engine.reason.lead.BREAK_FIX");
    case "HYBRID": {
      const items = textList(scope.map((item) => text(`engine.scope.${item}`)));
      return text(triggers.length > 0 ? "engine.reason.lead.HYBRID" : "engine.reason.lead.transition", {
        scope: items,
      });
    }
    case "MANAGED":
      return text("engine.reason.lead.MANAGED", {
        count: triggers.length,
        triggers: textList(triggers.map((key) => text(`engine.triggerInline.${key}`))),
      });
  }
}

function conditionsReason(input: AssessmentInput, c: Classification): Text | null {
  const failed = CONDITION_KEYS.filter((key) => !c.conditions[key]);
  if (failed.length === 0) return null;
  const params = { sites: input.sites, endpoints: input.endpoints, headcount: input.headcount };
  return text("engine.reason.conditionsFailed", {
    failed: textList(failed.map((key) => text(`engine.conditionFailed.${key}`, params))),
  });
}

function triggersReason(c: Classification): Text | null {
  const triggers = presentTriggers(c.triggers);
  if (triggers.length === 0) return null;
  const listed = textList(triggers.map((key) => text(`engine.triggerInline.${key}`)));
  if (c.recommendation === "BREAK_FIX") return text("engine.reason.watchTrigger", { trigger: listed });
  if (c.recommendation === "HYBRID" && c.pressure.failedConditions === 0) {
    return text("engine.reason.smallButTriggers", { triggers: listed });
  }
  if (c.recommendation === "MANAGED") return null; // already named in the lead
  return text("engine.reason.triggers", { count: triggers.length, triggers: listed });
}

/**
 * The reasons, most important first: the recommendation (always names the model), why
 * break-fix is or is not coherent, the triggers, the grid's budget and steering needs, the
 * unchecked-backup warning, and the seed's reminder that the choice is not purely financial.
 * Codes with parameters (lib/engine/text.ts), never sentences.
 */
export function buildReasons(input: AssessmentInput, c: Classification, scope: readonly ScopeItem[]): Text[] {
  const reasons = [leadReason(c, scope), conditionsReason(input, c), triggersReason(c)];
  if (input.needsPredictableBudget) reasons.push(text("engine.reason.predictableBudget"));
  if (input.needsMonthlySteering) reasons.push(text("engine.reason.monthlySteering"));
  if (input.backups === "unmonitored") reasons.push(text("engine.reason.unmonitoredBackups"));
  reasons.push(text("engine.reason.notPurelyFinancial"));
  return reasons.filter((reason): reason is Text => reason !== null);
}
