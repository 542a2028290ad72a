-- Row-level security: the second wall behind the data access layer.
--
-- The application runs every request inside a transaction whose first statement
-- sets the caller's context with set_config(..., true) (transaction-local) and
-- switches to the restricted role `mainstay_app` (lib/db/tenant.ts). That role is
-- neither superuser, nor BYPASSRLS, nor owner of any table, so every policy below
-- applies to it. With no context, every tenant table shows nothing.
--
-- Context settings (all optional, '' means unset):
--   app.tenant_id       the caller's tenant
--   app.user_id         the caller's user id
--   app.role            OWNER | ACCOUNT_MANAGER | CLIENT
--   app.org_id          for CLIENT: the one organization they may read
--   app.platform_admin  'on' for a platform administrator's request
--   app.login_email     sign-in / invitation acceptance: the email being resolved
--   app.invite_token    invitation acceptance: sha256 of the presented token

-- The runtime role. Created here when absent (PGlite, fresh servers); CI and
-- production create it beforehand with LOGIN and a password.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mainstay_app') THEN
    CREATE ROLE mainstay_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END $$;

-- Let the migrating role switch to the runtime role (needed when the app connects
-- as the owner, as on PGlite). Harmless when it already is a member or superuser.
DO $$
BEGIN
  EXECUTE format('GRANT mainstay_app TO %I', current_user);
EXCEPTION WHEN insufficient_privilege OR invalid_grant_operation THEN
  RAISE NOTICE 'could not grant mainstay_app to %, grant it as a superuser if the app connects as this role', current_user;
END $$;

-- Context helpers. STABLE SQL functions are inlined by the planner.
CREATE FUNCTION app_tenant() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '') $$;
CREATE FUNCTION app_user() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.user_id', true), '') $$;
CREATE FUNCTION app_org() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT NULLIF(current_setting('app.org_id', true), '') $$;
CREATE FUNCTION app_is_staff() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT COALESCE(current_setting('app.role', true), '') IN ('OWNER', 'ACCOUNT_MANAGER') $$;
CREATE FUNCTION app_is_client() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT COALESCE(current_setting('app.role', true), '') = 'CLIENT' $$;
CREATE FUNCTION app_is_platform_admin() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT COALESCE(current_setting('app.platform_admin', true), '') = 'on' $$;

-- Privileges: data only, never DDL; the audit trail is append-only.
GRANT USAGE ON SCHEMA public TO mainstay_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON
  "Tenant", "User", "Membership", "ClientOrganization", "ScopingCall", "Assessment",
  "ServiceModelChange", "SteeringReport", "ReportAcknowledgement", "ReportComment",
  "Invitation", "IdempotencyKey", "LoginThrottle"
  TO mainstay_app;
GRANT SELECT, INSERT ON "AuditEvent" TO mainstay_app;
GRANT EXECUTE ON FUNCTION app_tenant(), app_user(), app_org(), app_is_staff(), app_is_client(), app_is_platform_admin() TO mainstay_app;

-- Every table: ENABLE + FORCE (FORCE makes the owner subject to it as well).
ALTER TABLE "Tenant" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Tenant" FORCE ROW LEVEL SECURITY;
ALTER TABLE "User" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "User" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Membership" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Membership" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ClientOrganization" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClientOrganization" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ScopingCall" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScopingCall" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Assessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Assessment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ServiceModelChange" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ServiceModelChange" FORCE ROW LEVEL SECURITY;
ALTER TABLE "SteeringReport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SteeringReport" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ReportAcknowledgement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportAcknowledgement" FORCE ROW LEVEL SECURITY;
ALTER TABLE "ReportComment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportComment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "AuditEvent" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Invitation" FORCE ROW LEVEL SECURITY;
ALTER TABLE "IdempotencyKey" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "IdempotencyKey" FORCE ROW LEVEL SECURITY;

-- Tenant: members read their tenant; a signing-in user sees the tenants of their
-- own memberships (to learn a suspension); platform admins manage all.
CREATE POLICY tenant_member ON "Tenant" FOR SELECT
  USING (id = app_tenant());
CREATE POLICY tenant_owner_update ON "Tenant" FOR UPDATE
  USING (id = app_tenant() AND current_setting('app.role', true) = 'OWNER')
  WITH CHECK (id = app_tenant());
CREATE POLICY tenant_of_own_membership ON "Tenant" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."tenantId" = "Tenant".id AND m."userId" = app_user()));
CREATE POLICY tenant_platform_admin ON "Tenant" FOR ALL
  USING (app_is_platform_admin()) WITH CHECK (app_is_platform_admin());

-- User (global): oneself; the email being signed in or invited; people the caller
-- can see a membership of (the Membership policies decide); platform admins.
CREATE POLICY user_self ON "User" FOR ALL
  USING (id = app_user()) WITH CHECK (id = app_user());
CREATE POLICY user_login_email ON "User" FOR ALL
  USING (email = NULLIF(current_setting('app.login_email', true), ''))
  WITH CHECK (email = NULLIF(current_setting('app.login_email', true), ''));
CREATE POLICY user_visible_member ON "User" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = app_tenant()));
CREATE POLICY user_owner_manages_staff ON "User" FOR UPDATE
  USING (current_setting('app.role', true) = 'OWNER'
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = app_tenant()))
  WITH CHECK (EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = app_tenant()));
CREATE POLICY user_platform_admin ON "User" FOR ALL
  USING (app_is_platform_admin()) WITH CHECK (app_is_platform_admin());

-- Membership: staff see their tenant's; a client sees their own and the MSP staff's
-- (names on reports); everyone sees their own across tenants (sign-in).
CREATE POLICY membership_staff ON "Membership" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY membership_client_reads ON "Membership" FOR SELECT
  USING ("tenantId" = app_tenant() AND app_is_client() AND ("userId" = app_user() OR role <> 'CLIENT'));
CREATE POLICY membership_self ON "Membership" FOR SELECT
  USING ("userId" = app_user());
CREATE POLICY membership_invitee_joins ON "Membership" FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM "Invitation" i
                      WHERE i."tenantId" = "Membership"."tenantId"
                        AND i."tokenHash" = NULLIF(current_setting('app.invite_token', true), '')));
CREATE POLICY membership_invitee_rejoins ON "Membership" FOR UPDATE
  USING ("userId" = app_user() AND EXISTS (SELECT 1 FROM "Invitation" i
                      WHERE i."tenantId" = "Membership"."tenantId"
                        AND i."tokenHash" = NULLIF(current_setting('app.invite_token', true), '')))
  WITH CHECK ("userId" = app_user());
CREATE POLICY membership_platform_admin ON "Membership" FOR ALL
  USING (app_is_platform_admin()) WITH CHECK (app_is_platform_admin());

-- Client organizations: staff manage their tenant's; a client reads only theirs.
CREATE POLICY org_staff ON "ClientOrganization" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY org_client_reads ON "ClientOrganization" FOR SELECT
  USING ("tenantId" = app_tenant() AND app_is_client() AND id = app_org());
CREATE POLICY org_platform_admin_reads ON "ClientOrganization" FOR SELECT
  USING (app_is_platform_admin());

-- Internal MSP work: staff only.
CREATE POLICY call_staff ON "ScopingCall" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY assessment_staff ON "Assessment" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY change_staff ON "ServiceModelChange" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());

-- Steering reports: staff manage; a client reads their organization's published ones.
CREATE POLICY report_staff ON "SteeringReport" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY report_client_reads ON "SteeringReport" FOR SELECT
  USING ("tenantId" = app_tenant() AND app_is_client()
         AND "organizationId" = app_org() AND status = 'PUBLISHED');

-- Acknowledgements and comments: staff read all of their tenant's; a client reads
-- and writes on the reports they can see (the subquery applies the report policies).
CREATE POLICY ack_staff ON "ReportAcknowledgement" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY ack_client ON "ReportAcknowledgement" FOR SELECT
  USING ("tenantId" = app_tenant() AND app_is_client()
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportAcknowledgement"."tenantId" AND r.id = "ReportAcknowledgement"."reportId"));
CREATE POLICY ack_client_insert ON "ReportAcknowledgement" FOR INSERT
  WITH CHECK ("tenantId" = app_tenant() AND app_is_client() AND "userId" = app_user()
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportAcknowledgement"."tenantId" AND r.id = "ReportAcknowledgement"."reportId"));
CREATE POLICY comment_staff ON "ReportComment" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY comment_client ON "ReportComment" FOR SELECT
  USING ("tenantId" = app_tenant() AND app_is_client()
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportComment"."tenantId" AND r.id = "ReportComment"."reportId"));
CREATE POLICY comment_client_insert ON "ReportComment" FOR INSERT
  WITH CHECK ("tenantId" = app_tenant() AND app_is_client() AND "authorId" = app_user()
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportComment"."tenantId" AND r.id = "ReportComment"."reportId"));

-- Audit trail: anyone may append within their own context; owners read their
-- tenant's; platform admins read all. No UPDATE or DELETE is granted at all.
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT
  WITH CHECK ("tenantId" IS NULL OR "tenantId" = app_tenant() OR app_is_platform_admin());
CREATE POLICY audit_owner_reads ON "AuditEvent" FOR SELECT
  USING ("tenantId" = app_tenant() AND current_setting('app.role', true) = 'OWNER');
CREATE POLICY audit_platform_admin_reads ON "AuditEvent" FOR SELECT
  USING (app_is_platform_admin());

-- Invitations: staff of the tenant; the holder of the token (acceptance); admins.
CREATE POLICY invitation_staff ON "Invitation" FOR ALL
  USING ("tenantId" = app_tenant() AND app_is_staff())
  WITH CHECK ("tenantId" = app_tenant() AND app_is_staff());
CREATE POLICY invitation_token_holder ON "Invitation" FOR ALL
  USING ("tokenHash" = NULLIF(current_setting('app.invite_token', true), ''))
  WITH CHECK ("tokenHash" = NULLIF(current_setting('app.invite_token', true), ''));
CREATE POLICY invitation_platform_admin ON "Invitation" FOR ALL
  USING (app_is_platform_admin()) WITH CHECK (app_is_platform_admin());

-- Idempotency keys: within the caller's tenant.
CREATE POLICY idempotency_tenant ON "IdempotencyKey" FOR ALL
  USING ("tenantId" = app_tenant()) WITH CHECK ("tenantId" = app_tenant());
