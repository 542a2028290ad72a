import type { InputChange } from "./changes";
import type { Messages } from "./messages";
import type { CloudService } from "./vocabulary";

function cloudClause(from: readonly CloudService[], to: readonly CloudService[], m: Messages): string {
  const added = to.filter((s) => !from.includes(s));
  const removed = from.filter((s) => !to.includes(s));
  if (added.length > 0) {
    return m.t("change.cloudServices.add", { service: m.list(added.map((s) => m.t(`cloud.${s}`))) });
  }
  return m.t("change.cloudServices.remove", { service: m.list(removed.map((s) => m.t(`cloud.${s}`))) });
}

/** The change as a clause ("the number of sites were 2 instead of 1"), for "If {clause}, ...". */
export function changeClause(change: InputChange, m: Messages): string {
  switch (change.field) {
    case "headcount":
    case "endpoints":
    case "sites":
    case "remoteUsers":
      return m.t(`change.${change.field}`, { from: change.from, to: change.to });
    case "cloudServices":
      return cloudClause(change.from, change.to, m);
    case "centralFileSharing":
    case "needsPredictableBudget":
    case "needsMonthlySteering":
      return m.t(`change.${change.field}.${change.to ? "true" : "false"}`);
    case "backups":
      return m.t("change.backups", {
        from: m.t(`value.backups.${change.from}`),
        to: m.t(`value.backups.${change.to}`),
      });
    case "businessAppDependency":
      return m.t("change.businessAppDependency", {
        from: m.t(`value.businessAppDependency.${change.from}`),
        to: m.t(`value.businessAppDependency.${change.to}`),
      });
    case "continuityRequirement":
      return m.t("change.continuityRequirement", {
        from: m.t(`value.continuityRequirement.${change.from}`),
        to: m.t(`value.continuityRequirement.${change.to}`),
      });
    case "interruptionTolerance":
      return m.t("change.interruptionTolerance", {
        from: m.t(`value.interruptionTolerance.${change.from}`),
        to: m.t(`value.interruptionTolerance.${change.to}`),
      });
    case "digitalDependence":
      return m.t("change.digitalDependence", {
        from: m.t(`value.digitalDependence.${change.from}`),
        to: m.t(`value.digitalDependence.${change.to}`),
      });
  }
}
