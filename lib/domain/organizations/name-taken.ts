import type { Tx } from "@/lib/db/context";

/** Another organization of the tenant already has this name (case-insensitive)? */
export async function nameTaken(tx: Tx, tenantId: string, name: string, exceptId?: string): Promise<boolean> {
  const n = await tx.clientOrganization.count({
    where: { tenantId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
  });
  return n > 0;
}
