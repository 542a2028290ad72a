"use server";

/** The tenant's pricing defaults (lib/domain/settings). */

import { defineAction } from "@/lib/access/action";
import { updateSettingsSchema } from "@/lib/domain/settings/schemas";
import { updateSettings } from "@/lib/domain/settings/update-settings";

export const updateSettingsAction = defineAction(
  { name: "settings.update", permission: "settings.update", input: updateSettingsSchema },
  ({ tx, actor, input, requestId }) => updateSettings(tx, actor, input, { requestId }),
);
