"use server";

/** The tenant's pricing defaults (lib/domain/settings). */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { updateReportReminderSchema, updateSettingsSchema } from "@/lib/domain/settings/schemas";
import { updateReportReminder } from "@/lib/domain/settings/update-report-reminder";
import { updateSettings } from "@/lib/domain/settings/update-settings";

export const updateSettingsAction = defineAction(
  { name: "settings.update", permission: "settings.update", input: updateSettingsSchema },
  ({ tx, actor, input, requestId }) => updateSettings(tx, actor, input, { requestId }),
);

export const updateReportReminderAction = defineAction(
  { name: "settings.updateReportReminder", permission: "settings.update", input: updateReportReminderSchema },
  ({ tx, actor, input, requestId }) => updateReportReminder(tx, actor, input, { requestId }),
);

/** The same without JavaScript: the settings page's reminder form posts here and stays on the page. */
export const updateReportReminderFormAction = defineFormAction(updateReportReminderAction, {
  name: "settings.updateReportReminder.form",
});
