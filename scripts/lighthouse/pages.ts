import type pg from "pg";

/**
 * What `npm run audit:lighthouse` measures: each role's main pages on the demo
 * data (README's demo accounts). The ids come from the database (the demo tenant
 * "northwind"), read once with the owner connection before the run.
 */
export const ROLES = ["public", "admin", "owner", "manager", "client"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_EMAILS: Record<Exclude<Role, "public">, string> = {
  admin: "admin@mainstay.test",
  owner: "owner@northwind.test",
  manager: "alice@northwind.test",
  client: "client.cedar-logistics@northwind.test",
};

export type Ids = {
  tenantId: string;
  /** An organization managed by the account manager, with a final assessment and a draft report. */
  organizationId: string;
  assessmentId: string;
  draftReportId: string;
  /** The latest published report of the client user's organization. */
  clientReportId: string;
};

export type PageDef = {
  role: Role;
  /** Short name for the table. */
  name: string;
  path: (ids: Ids) => string;
  /** A page with charts: the mobile performance target of issue 21 applies. */
  charts?: boolean;
};

const org = (ids: Ids) => `/organizations/${ids.organizationId}`;

export const PAGES: PageDef[] = [
  { role: "public", name: "sign-in", path: () => "/login" },

  { role: "admin", name: "platform overview", path: () => "/admin" },
  { role: "admin", name: "tenants", path: () => "/admin/tenants" },
  { role: "admin", name: "tenant", path: (ids) => `/admin/tenants/${ids.tenantId}` },
  { role: "admin", name: "new tenant", path: () => "/admin/tenants/new" },

  { role: "owner", name: "portfolio", path: () => "/portfolio", charts: true },
  { role: "owner", name: "organizations", path: () => "/organizations" },
  { role: "owner", name: "organization", path: org },
  {
    role: "owner",
    name: "assessment result + what-if",
    path: (ids) => `${org(ids)}/assessments/${ids.assessmentId}`,
    charts: true,
  },
  { role: "owner", name: "reports", path: () => "/reports" },
  { role: "owner", name: "report editor", path: (ids) => `/reports/${ids.draftReportId}/edit` },
  { role: "owner", name: "follow-ups", path: () => "/follow-ups" },
  { role: "owner", name: "team", path: () => "/team" },
  { role: "owner", name: "settings", path: () => "/settings" },
  { role: "owner", name: "audit", path: () => "/audit" },
  { role: "owner", name: "data export", path: () => "/data-export" },
  { role: "owner", name: "profile", path: () => "/profile" },
  { role: "owner", name: "about (the floor: shell + one line)", path: () => "/about" },

  { role: "manager", name: "portfolio", path: () => "/portfolio", charts: true },
  { role: "manager", name: "organizations", path: () => "/organizations" },
  { role: "manager", name: "organization", path: org },
  {
    role: "manager",
    name: "assessment result + what-if",
    path: (ids) => `${org(ids)}/assessments/${ids.assessmentId}`,
    charts: true,
  },
  { role: "manager", name: "assessment wizard", path: (ids) => `${org(ids)}/assessments/new` },
  { role: "manager", name: "report editor", path: (ids) => `/reports/${ids.draftReportId}/edit` },
  { role: "manager", name: "follow-ups", path: () => "/follow-ups" },

  { role: "client", name: "client portal", path: () => "/portal", charts: true },
  { role: "client", name: "client report", path: (ids) => `/portal/reports/${ids.clientReportId}`, charts: true },
  { role: "client", name: "profile", path: () => "/profile" },
];

export async function discoverIds(client: pg.ClientBase): Promise<Ids> {
  const one = async <T extends pg.QueryResultRow>(what: string, sql: string, params: unknown[]) => {
    const row = (await client.query<T>(sql, params)).rows[0];
    if (!row) throw new Error(`the demo data has no ${what}: run npm run db:seed on this database`);
    return row;
  };
  const tenant = await one<{ id: string }>("tenant northwind", `SELECT id FROM "Tenant" WHERE slug = 'northwind'`, []);
  const organization = await one<{ id: string; assessmentId: string; draftReportId: string }>(
    "organization of alice@northwind.test with a final assessment and a draft report",
    `SELECT o.id,
            (SELECT a.id FROM "Assessment" a WHERE a."tenantId" = o."tenantId" AND a."organizationId" = o.id
               AND a.status = 'FINAL' ORDER BY a."finalizedAt" DESC LIMIT 1) AS "assessmentId",
            (SELECT r.id FROM "SteeringReport" r WHERE r."tenantId" = o."tenantId" AND r."organizationId" = o.id
               AND r.status = 'DRAFT' ORDER BY r.period DESC LIMIT 1) AS "draftReportId"
       FROM "ClientOrganization" o JOIN "User" u ON u.id = o."accountManagerId"
      WHERE o."tenantId" = $1 AND u.email = $2
        AND EXISTS (SELECT 1 FROM "Assessment" a WHERE a."tenantId" = o."tenantId" AND a."organizationId" = o.id AND a.status = 'FINAL')
        AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = o."tenantId" AND r."organizationId" = o.id AND r.status = 'DRAFT')
      ORDER BY o.name LIMIT 1`,
    [tenant.id, ROLE_EMAILS.manager],
  );
  const report = await one<{ id: string }>(
    "published report for the client user",
    `SELECT r.id FROM "SteeringReport" r
       JOIN "Membership" m ON m."tenantId" = r."tenantId" AND m."organizationId" = r."organizationId"
       JOIN "User" u ON u.id = m."userId"
      WHERE u.email = $1 AND r.status = 'PUBLISHED' ORDER BY r.period DESC LIMIT 1`,
    [ROLE_EMAILS.client],
  );
  return {
    tenantId: tenant.id,
    organizationId: organization.id,
    assessmentId: organization.assessmentId,
    draftReportId: organization.draftReportId,
    clientReportId: report.id,
  };
}
