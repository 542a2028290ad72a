import { can, type ActorRole, type Permission } from "@/lib/access/permissions";

/** Navigation, filtered by the permission matrix: a link shows only where its page would let you in. */
export const NAV_ITEMS = [
  { href: "/portfolio", label: "portfolio", permission: "dashboard.read" },
  { href: "/organizations", label: "organizations", permission: "org.read" },
  { href: "/follow-ups", label: "followUps", permission: "call.read" },
  { href: "/reports", label: "reports", permission: "report.read" },
  { href: "/team", label: "team", permission: "team.read" },
  { href: "/audit", label: "audit", permission: "audit.read" },
  { href: "/settings", label: "settings", permission: "settings.update" },
  { href: "/data-export", label: "dataExport", permission: "export.tenant" },
  { href: "/integrations", label: "integrations", permission: "webhook.read" },
  { href: "/admin", label: "platform", permission: "platform.overview" },
  { href: "/admin/tenants", label: "tenants", permission: "tenant.list" },
  { href: "/portal", label: "portal", permission: "portal.read" },
  { href: "/portal/proposals", label: "proposals", permission: "portal.read" },
  { href: "/portal/roadmap", label: "roadmap", permission: "portal.read" },
] as const satisfies readonly { href: string; label: string; permission: Permission }[];

export type NavItem = (typeof NAV_ITEMS)[number];

export function navFor(role: ActorRole): NavItem[] {
  return NAV_ITEMS.filter((item) => can(role, item.permission));
}
