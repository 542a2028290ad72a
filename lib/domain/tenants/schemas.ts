import { z } from "zod";
import { email, expectedVersion, id, int, longText, text } from "@/lib/validation/fields";
import { LIMITS } from "@/lib/validation/limits";

/** Lowercase letters, digits and single hyphens; 3 to 48 characters. Globally unique. */
export const slug = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(3)
    .max(48)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "slugFormat" });

export const createTenantSchema = z
  .object({ name: text(LIMITS.tenantName), slug: slug(), ownerEmail: email() })
  .strict();
export type CreateTenantInput = z.output<typeof createTenantSchema>;

export const updateTenantSchema = z
  .object({ id: id(), name: text(LIMITS.tenantName), slug: slug(), expectedVersion: expectedVersion() })
  .strict();
export type UpdateTenantInput = z.output<typeof updateTenantSchema>;

/** Suspending and reactivating both need a reason: it is shown to the tenant's users and kept in the audit trail. */
export const changeTenantStatusSchema = z
  .object({ id: id(), reason: longText(500), expectedVersion: expectedVersion() })
  .strict();
export type ChangeTenantStatusInput = z.output<typeof changeTenantStatusSchema>;

export const inviteOwnerSchema = z.object({ tenantId: id(), email: email() }).strict();
export type InviteOwnerInput = z.output<typeof inviteOwnerSchema>;

export const tenantInvitationSchema = z.object({ tenantId: id(), id: id() }).strict();
export type TenantInvitationInput = z.output<typeof tenantInvitationSchema>;

export const TENANT_STATUSES = ["ACTIVE", "SUSPENDED"] as const;
export const TENANTS_PAGE_SIZE = 25;

/** The list page's query string; anything unexpected falls back to the default. */
export const listTenantsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  status: z.enum(TENANT_STATUSES).optional().catch(undefined),
  page: int(1, 10_000).optional().catch(undefined),
});
export type ListTenantsQuery = z.output<typeof listTenantsQuery>;
