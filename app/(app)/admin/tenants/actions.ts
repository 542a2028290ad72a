"use server";

import { domainContext } from "@/app/(app)/team/request-context";
import { defineAction } from "@/lib/access/action";
import { changeTenantStatus } from "@/lib/domain/tenants/change-tenant-status";
import { createTenant } from "@/lib/domain/tenants/create-tenant";
import { inviteOwner, resendOwnerInvitation, revokeOwnerInvitation } from "@/lib/domain/tenants/owner-invitations";
import {
  changeTenantStatusSchema,
  createTenantSchema,
  inviteOwnerSchema,
  tenantInvitationSchema,
  updateTenantSchema,
} from "@/lib/domain/tenants/schemas";
import { updateTenant } from "@/lib/domain/tenants/update-tenant";

/** Idempotent by the slug (its natural key), see createTenant. */
export const createTenantAction = defineAction(
  { name: "tenant.create", permission: "tenant.create", input: createTenantSchema },
  async ({ tx, actor, input, requestId }) => createTenant(tx, actor, input, await domainContext(requestId)),
);

export const updateTenantAction = defineAction(
  { name: "tenant.update", permission: "tenant.update", input: updateTenantSchema },
  async ({ tx, actor, input, requestId }) => updateTenant(tx, actor, input, await domainContext(requestId)),
);

export const suspendTenantAction = defineAction(
  { name: "tenant.suspend", permission: "tenant.suspend", input: changeTenantStatusSchema },
  async ({ tx, actor, input, requestId }) =>
    changeTenantStatus(tx, actor, input, "SUSPENDED", await domainContext(requestId)),
);

export const reactivateTenantAction = defineAction(
  { name: "tenant.reactivate", permission: "tenant.suspend", input: changeTenantStatusSchema },
  async ({ tx, actor, input, requestId }) =>
    changeTenantStatus(tx, actor, input, "ACTIVE", await domainContext(requestId)),
);

export const inviteOwnerAction = defineAction(
  { name: "tenant.inviteOwner", permission: "tenant.inviteOwner", input: inviteOwnerSchema },
  async ({ tx, actor, input, requestId }) => inviteOwner(tx, actor, input, await domainContext(requestId)),
);

export const revokeOwnerInvitationAction = defineAction(
  { name: "tenant.revokeOwnerInvitation", permission: "tenant.inviteOwner", input: tenantInvitationSchema },
  async ({ tx, actor, input, requestId }) => revokeOwnerInvitation(tx, actor, input, await domainContext(requestId)),
);

export const resendOwnerInvitationAction = defineAction(
  { name: "tenant.resendOwnerInvitation", permission: "tenant.inviteOwner", input: tenantInvitationSchema },
  async ({ tx, actor, input, requestId }) => resendOwnerInvitation(tx, actor, input, await domainContext(requestId)),
);
