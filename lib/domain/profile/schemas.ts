import { z } from "zod";
import { currentPassword, newPassword } from "@/lib/domain/invitations/schemas";
import { LOCALES } from "@/lib/i18n/catalog";
import { expectedVersion, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

export const updateNameSchema = z
  .object({ name: text(LIMITS.personName), expectedVersion: expectedVersion() })
  .strict();
export type UpdateNameInput = z.output<typeof updateNameSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: currentPassword(), newPassword: newPassword(), newPasswordConfirm: z.string().max(1024) })
  .strict()
  .refine((v) => v.newPassword === v.newPasswordConfirm, { path: ["newPasswordConfirm"], message: "passwordsDiffer" });
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

export const updateLocaleSchema = z.object({ locale: z.enum(LOCALES) }).strict();
export type UpdateLocaleInput = z.output<typeof updateLocaleSchema>;
