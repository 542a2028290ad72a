import type { InputChange } from "./changes";
import { text, textList, type Text } from "./text";
import type { CloudService } from "./vocabulary";

function cloudClause(from: readonly CloudService[], to: readonly CloudService[]): Text {
  const added = to.filter((s) => !from.includes(s));
  const removed = from.filter((s) => !to.includes(s));
  if (added.length > 0) {
    return text("engine.change.cloudServices.add", { service: textList(added.map((s) => text(`engine.cloud.${s}`))) });
  }
  return text("engine.change.cloudServices.remove", {
    service: textList(removed.map((s) => text(`engine.cloud.${s}`))),
  });
}

/** The change as a clause ("the number of sites were 2 instead of 1"), for "If {clause}, ...". */
export function changeClause(change: InputChange): Text {
  switch (change.field) {
    case "headcount":
    case "endpoints":
    case "sites":
    case "remoteUsers":
      return text(`engine.change.${change.field}`, { from: change.from, to: change.to });
    case "cloudServices":
      return cloudClause(change.from, change.to);
    case "centralFileSharing":
    case "needsPredictableBudget":
    case "needsMonthlySteering":
      return text(`engine.change.${change.field}.${change.to ? "true" : "false"}`);
    case "backups":
      return text("engine.change.backups", {
        from: text(`engine.value.backups.${change.from}`),
        to: text(`engine.value.backups.${change.to}`),
      });
    case "businessAppDependency":
      return text("engine.change.businessAppDependency", {
        from: text(`engine.value.businessAppDependency.${change.from}`),
        to: text(`engine.value.businessAppDependency.${change.to}`),
      });
    case "continuityRequirement":
      return text("engine.change.continuityRequirement", {
        from: text(`engine.value.continuityRequirement.${change.from}`),
        to: text(`engine.value.continuityRequirement.${change.to}`),
      });
    case "interruptionTolerance":
      return text("engine.change.interruptionTolerance", {
        from: text(`engine.value.interruptionTolerance.${change.from}`),
        to: text(`engine.value.interruptionTolerance.${change.to}`),
      });
    case "digitalDependence":
      return text("engine.change.digitalDependence", {
        from: text(`engine.value.digitalDependence.${change.from}`),
        to: text(`engine.value.digitalDependence.${change.to}`),
      });
  }
}
