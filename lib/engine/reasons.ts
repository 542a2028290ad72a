import type { AssessmentInput } from "./schema";
import type { Classification } from "./classify";
import { CONDITION_KEYS, HOLDS_FROM } from "./conditions";
import { usersOf } from "./estimates";
import { presentTriggers } from "./triggers";
import type { ScopeItem } from "./scope";
import { text, textList, type EngineKey, type Text } from "./text";

/** A package's items as a list; a hybrid package never holds "endpoints" (scope.ts), so the reasons never name it. */
const scopeList = (scope: readonly ScopeItem[]) =>
  textList(
    scope
      .filter((item): item is Exclude<ScopeItem, "endpoints"> => item !== "endpoints")
      .map((item) => text(`engine.scope.${item}`)),
  );

function leadReason(input: AssessmentInput, c: Classification, scope: readonly ScopeItem[]): Text {
  const triggers = presentTriggers(c.triggers);
  switch (c.recommendation) {
    case "BREAK_FIX":
      return text("engine.reason.lead.BREAK_FIX");
    case "HYBRID": {
      if (c.transitionToward === "MANAGED") return text("engine.reason.lead.gradual", { scope: scopeList(scope) });
      const needsOnly = triggers.length === 0 && c.pressure.conditions.failed === 0;
      if (needsOnly) return text("engine.reason.lead.needs", { scope: scopeList(scope) });
      return text(triggers.length > 0 ? "engine.reason.lead.HYBRID" : "engine.reason.lead.transition", {
        scope: scopeList(scope),
      });
    }
    case "MANAGED":
      return text("engine.reason.lead.MANAGED", {
        count: triggers.length,
        triggers: textList(triggers.map((key) => text(`engine.triggerInline.${key}`))),
      });
  }
}

/** Size is graded: a condition below "holds" no longer holds; one in its zone holds only partly. */
function conditionsReason(input: AssessmentInput, c: Classification): Text | null {
  const params = { sites: input.sites, endpoints: input.endpoints, users: usersOf(input) };
  const failed = CONDITION_KEYS.filter((key) => c.conditions[key] < HOLDS_FROM);
  const partly = CONDITION_KEYS.filter((key) => c.conditions[key] >= HOLDS_FROM && c.conditions[key] < 1);
  if (failed.length > 0)
    return text("engine.reason.conditionsFailed", {
      failed: textList(failed.map((key) => text(`engine.conditionFailed.${key}`, params))),
    });
  if (partly.length > 0)
    return text("engine.reason.nearLimit", {
      partly: textList(partly.map((key) => text(`engine.conditionPartly.${key}` as EngineKey, params))),
    });
  return null;
}

function triggersReason(c: Classification): Text | null {
  const triggers = presentTriggers(c.triggers);
  if (triggers.length === 0) return null;
  const listed = textList(triggers.map((key) => text(`engine.triggerInline.${key}`)));
  if (c.recommendation === "BREAK_FIX") return text("engine.reason.watchTrigger", { trigger: listed });
  if (c.recommendation === "HYBRID" && c.pressure.conditions.failed === 0 && c.transitionToward === null) {
    return text("engine.reason.smallButTriggers", { triggers: listed });
  }
  if (c.fit === "MANAGED") return null; // named in the lead (or in the transition's lead)
  return text("engine.reason.triggers", { count: triggers.length, triggers: listed });
}

/**
 * The reasons, most important first: the recommendation (always names the model), why
 * break-fix is or is not coherent, the triggers, the grid's budget and steering needs, the
 * unchecked-backup warning, documentation, and the seed's reminder that the choice is not
 * purely financial. Codes with parameters (lib/engine/text.ts), never sentences.
 */
export function buildReasons(input: AssessmentInput, c: Classification, scope: readonly ScopeItem[]): Text[] {
  const reasons = [leadReason(input, c, scope), conditionsReason(input, c), triggersReason(c)];
  if (c.transitionToward === "MANAGED") reasons.push(text("engine.reason.transitionTarget"));
  if (input.needsPredictableBudget) reasons.push(text("engine.reason.predictableBudget"));
  if (input.needsMonthlySteering) reasons.push(text("engine.reason.monthlySteering"));
  if (input.backups === "unmonitored") reasons.push(text("engine.reason.unmonitoredBackups"));
  if (input.documentation === "none" || input.documentation === "scattered")
    reasons.push(text(`engine.reason.documentation.${input.documentation}`));
  reasons.push(text("engine.reason.notPurelyFinancial"));
  return reasons.filter((reason): reason is Text => reason !== null);
}
