"use server";

/** The signed-in user's own profile (lib/domain/profile). */

import { requestIp } from "@/lib/http/request-ip";
import { defineAction } from "@/lib/access/action";
import { currentActorState } from "@/lib/access/page";
import type { ActionResult } from "@/lib/access/result";
import { signInWithPassword } from "@/lib/auth/sign-in-with-password";
import { recordFailure, retryAfterSeconds } from "@/lib/auth/throttle";
import { changePassword, WRONG_PASSWORD } from "@/lib/domain/profile/change-password";
import { changePasswordSchema, updateLocaleSchema, updateNameSchema } from "@/lib/domain/profile/schemas";
import { updateLocale } from "@/lib/domain/profile/update-locale";
import { updateName } from "@/lib/domain/profile/update-name";
import { newRequestId } from "@/lib/http/request-id";
import type { Locale } from "@/lib/i18n/catalog";
import { rememberLocale, requestLocale } from "@/lib/i18n/request-locale";
import { AppError } from "@/lib/errors";
import { toFailure } from "@/lib/access/failure";

export const updateNameAction = defineAction(
  { name: "profile.updateName", permission: "profile.update", input: updateNameSchema },
  ({ tx, actor, input, requestId }) => updateName(tx, actor, input, { requestId }),
);

const updateLocaleInTransaction = defineAction(
  { name: "profile.updateLocale", permission: "profile.update", input: updateLocaleSchema },
  ({ tx, actor, input, requestId }) => updateLocale(tx, actor, input, { requestId }),
);

/**
 * Choosing one's language is the guarded action above, then, once it committed, this browser's
 * locale cookie, so that the next page (the refresh that follows) is already in that language.
 */
export const updateLocaleAction = Object.assign(
  async (raw: unknown): Promise<ActionResult<{ locale: Locale }>> => {
    const result = await updateLocaleInTransaction(raw);
    if (result.ok) await rememberLocale(result.data.locale);
    return result;
  },
  { meta: updateLocaleInTransaction.meta },
);

const changePasswordInTransaction = defineAction(
  { name: "profile.changePassword", permission: "profile.update", input: changePasswordSchema },
  ({ tx, actor, input, requestId }) => changePassword(tx, actor, input, { requestId }),
);

/**
 * Changing the password is the guarded action above (authenticate, matrix, zod,
 * one transaction), plus two steps that must happen outside its transaction:
 * - wrong current passwords count against the sign-in throttle (the failure has
 *   to outlive the rolled-back transaction), so a stolen session cannot be used
 *   to guess the password;
 * - after the commit, this browser signs in again with the new password: the
 *   sessionVersion bump ended every session, this one gets a fresh cookie.
 */
export const changePasswordAction = Object.assign(
  async (raw: unknown): Promise<ActionResult<{ signedIn: boolean }>> => {
    const state = await currentActorState();
    const email = state.kind === "actor" ? state.actor.email : null;
    const ip = await requestIp();
    if (email) {
      const wait = await retryAfterSeconds(email, ip);
      if (wait > 0) {
        return toFailure(new AppError("RATE_LIMITED", { key: "auth.throttled", params: { seconds: wait } }), {
          locale: await requestLocale(),
          requestId: newRequestId(),
          entry: changePasswordInTransaction.meta.name,
          actor: null,
        });
      }
    }
    const result = await changePasswordInTransaction(raw);
    if (!result.ok) {
      if (email && result.reason === WRONG_PASSWORD) await recordFailure(email, ip);
      return result;
    }
    // Validated by the action above, which succeeded.
    const { newPassword } = raw as { newPassword: string };
    return { ok: true, data: { signedIn: await signInWithPassword(result.data.email, newPassword) } };
  },
  { meta: changePasswordInTransaction.meta },
);
