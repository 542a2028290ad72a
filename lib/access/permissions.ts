/**
 * The permission matrix: the single source that guards (lib/access/action.ts,
 * lib/access/page.ts), navigation (components/shell) and the access-matrix tests
 * read. A role not listed for a permission is denied.
 */
export const ACTOR_ROLES = ["PLATFORM_ADMIN", "OWNER", "ACCOUNT_MANAGER", "CLIENT"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

const STAFF = ["OWNER", "ACCOUNT_MANAGER"] as const satisfies readonly ActorRole[];
const OWNER = ["OWNER"] as const satisfies readonly ActorRole[];
const ADMIN = ["PLATFORM_ADMIN"] as const satisfies readonly ActorRole[];
const CLIENT = ["CLIENT"] as const satisfies readonly ActorRole[];
const TENANT_MEMBERS = ["OWNER", "ACCOUNT_MANAGER", "CLIENT"] as const satisfies readonly ActorRole[];
const EVERYONE = ACTOR_ROLES;

export const PERMISSIONS = {
  // Platform administration
  "platform.overview": ADMIN,
  "tenant.list": ADMIN,
  "tenant.create": ADMIN,
  "tenant.update": ADMIN,
  "tenant.suspend": ADMIN,
  "tenant.inviteOwner": ADMIN,

  // Client organizations
  "org.read": STAFF,
  "org.create": STAFF,
  "org.update": STAFF,

  // Scoping calls
  "call.read": STAFF,
  "call.create": STAFF,
  "call.update": STAFF,

  // Interventions log (tickets and time entries of an organization)
  "intervention.read": STAFF,
  "intervention.create": STAFF,
  "intervention.delete": STAFF,

  // Assessments and the decision engine
  "assessment.read": STAFF,
  "assessment.create": STAFF,
  "assessment.update": STAFF,
  "assessment.finalize": STAFF,
  "engine.evaluate": STAFF,
  "modelChange.create": STAFF,

  // Proposals: staff share an assessment's recommendation with the client organization and may
  // withdraw it while undecided; a client user decides (the domain lets approvers only).
  "proposal.read": STAFF,
  "proposal.share": STAFF,
  "proposal.withdraw": STAFF,
  "proposal.decide": CLIENT,

  // Security-posture assessments: MSP working data. Client users never read them directly; a
  // published steering report carries the posture trend (scores per function) it showed.
  "posture.read": STAFF,
  "posture.create": STAFF,
  "posture.update": STAFF,
  "posture.finalize": STAFF,
  "posture.export": STAFF,
  "posture.toReport": STAFF,

  // Steering reports (MSP side)
  "report.read": STAFF,
  "report.create": STAFF,
  "report.update": STAFF,
  "report.publish": STAFF,
  "report.withdraw": STAFF,

  // Steering reports (client portal) — scope: own organization, published only
  "portal.read": CLIENT,
  "report.acknowledge": CLIENT,
  // The decision ledger: only a client user may decide (and only an APPROVER of the report's
  // organization: lib/domain/decisions/assert-approver.ts); staff never decide for the client.
  "report.decide": CLIENT,
  "report.comment": TENANT_MEMBERS,
  "report.pdf": TENANT_MEMBERS,

  // Dashboards
  "dashboard.read": STAFF,

  // Team and tenant settings
  "team.read": OWNER,
  "team.invite": OWNER,
  "team.changeRole": OWNER,
  // A client user's level: reader, or approver (decides for their organization: lib/domain/decisions).
  "team.setClientAccess": OWNER,
  "team.remove": OWNER,
  "team.disableUser": OWNER,
  "team.resetPassword": OWNER,
  "settings.update": OWNER,
  // The MSP's brand: the owner sets it (settings); every member of the tenant may fetch its logo.
  "brand.update": OWNER,
  "brand.read": TENANT_MEMBERS,
  "audit.read": OWNER,
  "export.tenant": OWNER,

  // Integrations: webhooks (owners)
  "webhook.read": OWNER,
  "webhook.manage": OWNER,
  // Integrations: API tokens (owners). The API itself checks the permissions above with the
  // role a token acts with (lib/api/route.ts: ACCOUNT_MANAGER, reads only for a read token).
  "apiToken.read": OWNER,
  "apiToken.manage": OWNER,

  // E-mail: each member chooses the e-mails their role receives; staff read their tenant's outbox
  // in the dev mailbox (a page shown only without a mail server or with MAIL_DEV_MAILBOX=1).
  "mail.preferences": TENANT_MEMBERS,
  "mail.devMailbox": STAFF,

  // Everyone signed in
  "profile.update": EVERYONE,
} as const satisfies Record<string, readonly ActorRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: ActorRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly ActorRole[]).includes(role);
}

/** Each role's home after sign-in. */
export const HOME: Record<ActorRole, string> = {
  PLATFORM_ADMIN: "/admin/tenants",
  OWNER: "/portfolio",
  ACCOUNT_MANAGER: "/portfolio",
  CLIENT: "/portal",
};
