"use server";

/** Platform administration of tenants (lib/domain/tenants): create, edit, suspend, reactivate, owner invitations. */

import { defineAction } from "@/lib/access/action";
import { changeTenantStatus } from "@/lib/domain/tenants/change-tenant-status";
import { createTenant } from "@/lib/domain/tenants/create-tenant";
import {
  changeTenantStatusSchema,
  createTenantSchema,
  inviteOwnerSchema,
  tenantInvitationSchema,
  updateTenantSchema,
} from "@/lib/domain/tenants/schemas";
import { updateTenant } from "@/lib/domain/tenants/update-tenant";
import { inviteOwner } from "@/lib/domain/tenants/invite-owner";
import { resendOwnerInvitation } from "@/lib/domain/tenants/resend-owner-invitation";
import { revokeOwnerInvitation } from "@/lib/domain/tenants/revoke-owner-invitation";

/** Idempotent by the slug (its natural key), see createTenant. */
export const createTenantAction = defineAction(
  { name: "tenant.create", permission: "tenant.create", input: createTenantSchema },
  ({ tx, actor, input, requestId, locale }) => createTenant(tx, actor, input, { requestId, locale }),
);

export const updateTenantAction = defineAction(
  { name: "tenant.update", permission: "tenant.update", input: updateTenantSchema },
  ({ tx, actor, input, requestId }) => updateTenant(tx, actor, input, { requestId }),
);

export const suspendTenantAction = defineAction(
  { name: "tenant.suspend", permission: "tenant.suspend", input: changeTenantStatusSchema },
  ({ tx, actor, input, requestId }) => changeTenantStatus(tx, actor, { ...input, to: "SUSPENDED" }, { requestId }),
);

export const reactivateTenantAction = defineAction(
  { name: "tenant.reactivate", permission: "tenant.suspend", input: changeTenantStatusSchema },
  ({ tx, actor, input, requestId }) => changeTenantStatus(tx, actor, { ...input, to: "ACTIVE" }, { requestId }),
);

export const inviteOwnerAction = defineAction(
  { name: "tenant.inviteOwner", permission: "tenant.inviteOwner", input: inviteOwnerSchema },
  ({ tx, actor, input, requestId, locale }) => inviteOwner(tx, actor, input, { requestId, locale }),
);

export const revokeOwnerInvitationAction = defineAction(
  { name: "tenant.revokeOwnerInvitation", permission: "tenant.inviteOwner", input: tenantInvitationSchema },
  ({ tx, actor, input, requestId }) => revokeOwnerInvitation(tx, actor, input, { requestId }),
);

export const resendOwnerInvitationAction = defineAction(
  { name: "tenant.resendOwnerInvitation", permission: "tenant.inviteOwner", input: tenantInvitationSchema },
  ({ tx, actor, input, requestId, locale }) => resendOwnerInvitation(tx, actor, input, { requestId, locale }),
);
