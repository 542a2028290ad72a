import type { Actor } from "@/lib/access/actor";
import type { Tx } from "@/lib/db/context";
import { notFound } from "@/lib/errors";
import { staffTenant } from "@/lib/domain/scope";

export const organizationSelect = {
  id: true,
  name: true,
  industry: true,
  headcount: true,
  sites: true,
  endpoints: true,
  currentModel: true,
  targetModel: true,
  lifecycleStatus: true,
  accountManagerId: true,
  notes: true,
  reportLocale: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} as const;

/** One organization of the caller's tenant; NOT_FOUND for anything else (foreign ids included). */
export async function getOrganization(tx: Tx, actor: Actor, id: string) {
  const tenantId = staffTenant(actor);
  const org = await tx.clientOrganization.findFirst({ where: { tenantId, id }, select: organizationSelect });
  if (!org) throw notFound();
  return org;
}
export type Organization = Awaited<ReturnType<typeof getOrganization>>;
