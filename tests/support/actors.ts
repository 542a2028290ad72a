import type { Actor } from "@/lib/access/actor";
import type { World } from "@/lib/seed/factories";

type StaffRole = "OWNER" | "ACCOUNT_MANAGER";

/** The actor a user of a test world acts as inside its tenant (staff, no organization). */
export function actorFor(
  world: World,
  user: { id: string; email: string; name: string },
  role: StaffRole = "ACCOUNT_MANAGER",
): Actor {
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role,
    tenantId: world.tenant.id,
    tenantName: world.tenant.name,
    tenantSlug: world.tenant.slug,
    currency: world.tenant.currency,
    organizationId: null,
  };
}

/** The world's account manager (or owner) as an actor. */
export function staffActor(world: World, who: "manager" | "owner" = "manager"): Actor {
  return actorFor(world, world[who].user, who === "owner" ? "OWNER" : "ACCOUNT_MANAGER");
}
