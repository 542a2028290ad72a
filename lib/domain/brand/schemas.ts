import { z } from "zod";
import { HEX_COLOR } from "@/lib/brand/contrast";
import { LOGO_MAX_BYTES, LOGO_TYPES } from "@/lib/brand/logo-limits";
import { LIMITS } from "@/lib/validation/limits";
import { bool, email, int, optionalText } from "@/lib/validation/fields";

const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** Base64 of LOGO_MAX_BYTES bytes, and a little slack for padding: a larger upload is refused before it is decoded. */
export const LOGO_BASE64_MAX = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

/** "+33 1 23 45 67 89", "(555) 010-0199", "020 7946 0018 ext. 12": digits with the usual separators, 6 to 20 digits. */
const PHONE = /^\+?[0-9][0-9 ().\-/]*(?:\s*(?:ext\.?|x)\s*[0-9]{1,6})?$/i;
const phone = () =>
  z
    .string()
    .trim()
    .max(LIMITS.phone)
    .refine((s) => PHONE.test(s) && (s.match(/[0-9]/g) ?? []).length >= 6 && (s.match(/[0-9]/g) ?? []).length <= 26, {
      message: "invalidPhone",
    });

/**
 * The brand form (settings, owner). Blank fields are NULL ("not set": Mainstay's own is used).
 * `logo` is a new upload (its bytes in base64, read by the browser from the file input); absent,
 * the stored logo stays; `removeLogo` removes it. The colour's contrast and the logo's contents are
 * checked by the domain (lib/domain/brand/update-brand.ts), which answers next to the field.
 */
export const updateBrandSchema = z
  .object({
    displayName: optionalText(LIMITS.tenantName),
    primaryColor: z.preprocess(blankToNull, z.string().trim().regex(HEX_COLOR, { message: "invalidColor" }).nullable()),
    supportEmail: z.preprocess(blankToNull, email().nullable()),
    supportPhone: z.preprocess(blankToNull, phone().nullable()),
    logo: z
      .object({
        type: z.enum(LOGO_TYPES),
        data: z
          .string()
          .max(LOGO_BASE64_MAX, { message: "logoTooLarge" })
          .regex(/^[A-Za-z0-9+/]+={0,2}$/, { message: "invalid" }),
      })
      .strict()
      .nullable()
      .optional(),
    removeLogo: bool().optional(),
    /** 0 when the tenant has no brand yet. */
    expectedVersion: int(0, 2_147_483_647),
  })
  .strict();
export type UpdateBrandInput = z.output<typeof updateBrandSchema>;
