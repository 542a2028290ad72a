import { z } from "zod";
import { bool, expectedVersion, id } from "@/lib/validation/fields";
import { CLIENT_ACCESS, STAFF_ROLES } from "@/lib/vocabulary";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Staff roles an owner can switch a member between (a client is tied to its organization). */

export const changeRoleSchema = z
  .object({
    membershipId: id(),
    role: z.preprocess(blankToUndefined, z.enum(STAFF_ROLES)),
    expectedVersion: expectedVersion(),
  })
  .strict();
export type ChangeRoleInput = z.output<typeof changeRoleSchema>;

export const removeMemberSchema = z.object({ membershipId: id(), expectedVersion: expectedVersion() }).strict();
export type RemoveMemberInput = z.output<typeof removeMemberSchema>;

/** `expectedVersion` is the USER's version (disabling edits the user, not the membership). */
export const setUserDisabledSchema = z
  .object({ membershipId: id(), disabled: bool(), expectedVersion: expectedVersion() })
  .strict();
export type SetUserDisabledInput = z.output<typeof setUserDisabledSchema>;

export const requestPasswordResetSchema = z.object({ membershipId: id() }).strict();
export type RequestPasswordResetInput = z.output<typeof requestPasswordResetSchema>;

/** A client user's level (reader or approver), set by the owner; `expectedVersion` is the membership's. */
export const setClientAccessSchema = z
  .object({
    membershipId: id(),
    access: z.preprocess(blankToUndefined, z.enum(CLIENT_ACCESS)),
    expectedVersion: expectedVersion(),
  })
  .strict();
export type SetClientAccessInput = z.output<typeof setClientAccessSchema>;
