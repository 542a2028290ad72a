"use server";

/** E-mail: each member's choices (profile) and the unsubscribe link (lib/domain/mail). */

import { defineAction } from "@/lib/access/action";
import { defineFormAction } from "@/lib/access/form-action";
import { definePublicAction } from "@/lib/access/public-action";
import { unsubscribeSchema, updateMailPreferencesSchema } from "@/lib/domain/mail/schemas";
import { unsubscribe } from "@/lib/domain/mail/unsubscribe";
import { updateMailPreferences } from "@/lib/domain/mail/update-mail-preferences";

export const updateMailPreferencesAction = defineAction(
  { name: "mail.updatePreferences", permission: "mail.preferences", input: updateMailPreferencesSchema },
  ({ tx, actor, input, requestId }) => updateMailPreferences(tx, actor, input, { requestId }),
);

/** The same without JavaScript: the profile's form posts here and stays on the page. */
export const updateMailPreferencesFormAction = defineFormAction(updateMailPreferencesAction, {
  name: "mail.updatePreferences.form",
});

/** The unsubscribe link's confirmation (public: the signed token is the proof). */
export const unsubscribeAction = definePublicAction(
  { name: "mail.unsubscribe", input: unsubscribeSchema },
  ({ input, requestId }) => unsubscribe(input, { requestId }),
);

export const unsubscribeFormAction = defineFormAction(unsubscribeAction, { name: "mail.unsubscribe.form" });
