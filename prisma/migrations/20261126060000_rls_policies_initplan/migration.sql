-- The RLS context functions are now evaluated once per statement (an InitPlan) instead of
-- once per row: every call is wrapped in a scalar subquery. Same policies, same meaning.
-- The planner then turns the tenant check into a one-time filter, and its row estimates
-- are no longer divided by the policies' default selectivities (on 5,000 organizations it
-- expected 49 and chose nested loops; see docs/performance.md).
DROP POLICY tenant_member ON "Tenant";
CREATE POLICY tenant_member ON "Tenant" FOR SELECT
  USING (id = (SELECT app_tenant()));
DROP POLICY tenant_owner_update ON "Tenant";
CREATE POLICY tenant_owner_update ON "Tenant" FOR UPDATE
  USING (id = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER')
  WITH CHECK (id = (SELECT app_tenant()));
DROP POLICY tenant_of_own_membership ON "Tenant";
CREATE POLICY tenant_of_own_membership ON "Tenant" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."tenantId" = "Tenant".id AND m."userId" = (SELECT app_user())));
DROP POLICY tenant_platform_admin ON "Tenant";
CREATE POLICY tenant_platform_admin ON "Tenant" FOR ALL
  USING ((SELECT app_is_platform_admin())) WITH CHECK ((SELECT app_is_platform_admin()));
DROP POLICY user_self ON "User";
CREATE POLICY user_self ON "User" FOR ALL
  USING (id = (SELECT app_user())) WITH CHECK (id = (SELECT app_user()));
DROP POLICY user_login_email ON "User";
CREATE POLICY user_login_email ON "User" FOR ALL
  USING (email = (SELECT NULLIF(current_setting('app.login_email', true), '')))
  WITH CHECK (email = (SELECT NULLIF(current_setting('app.login_email', true), '')));
DROP POLICY user_visible_member ON "User";
CREATE POLICY user_visible_member ON "User" FOR SELECT
  USING (EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = (SELECT app_tenant())));
DROP POLICY user_owner_manages_staff ON "User";
CREATE POLICY user_owner_manages_staff ON "User" FOR UPDATE
  USING ((SELECT current_setting('app.role', true)) = 'OWNER'
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = (SELECT app_tenant())))
  WITH CHECK (EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = (SELECT app_tenant())));
DROP POLICY user_platform_admin ON "User";
CREATE POLICY user_platform_admin ON "User" FOR ALL
  USING ((SELECT app_is_platform_admin())) WITH CHECK ((SELECT app_is_platform_admin()));
DROP POLICY membership_staff ON "Membership";
CREATE POLICY membership_staff ON "Membership" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY membership_client_reads ON "Membership";
CREATE POLICY membership_client_reads ON "Membership" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND ("userId" = (SELECT app_user()) OR role <> 'CLIENT'));
DROP POLICY membership_self ON "Membership";
CREATE POLICY membership_self ON "Membership" FOR SELECT
  USING ("userId" = (SELECT app_user()));
DROP POLICY membership_invitee_joins ON "Membership";
CREATE POLICY membership_invitee_joins ON "Membership" FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM "Invitation" i
                      WHERE i."tenantId" = "Membership"."tenantId"
                        AND i."tokenHash" = (SELECT NULLIF(current_setting('app.invite_token', true), ''))));
DROP POLICY membership_invitee_rejoins ON "Membership";
CREATE POLICY membership_invitee_rejoins ON "Membership" FOR UPDATE
  USING ("userId" = (SELECT app_user()) AND EXISTS (SELECT 1 FROM "Invitation" i
                      WHERE i."tenantId" = "Membership"."tenantId"
                        AND i."tokenHash" = (SELECT NULLIF(current_setting('app.invite_token', true), ''))))
  WITH CHECK ("userId" = (SELECT app_user()));
DROP POLICY membership_platform_admin ON "Membership";
CREATE POLICY membership_platform_admin ON "Membership" FOR ALL
  USING ((SELECT app_is_platform_admin())) WITH CHECK ((SELECT app_is_platform_admin()));
DROP POLICY org_staff ON "ClientOrganization";
CREATE POLICY org_staff ON "ClientOrganization" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY org_client_reads ON "ClientOrganization";
CREATE POLICY org_client_reads ON "ClientOrganization" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND id = (SELECT app_org()));
DROP POLICY org_platform_admin_reads ON "ClientOrganization";
CREATE POLICY org_platform_admin_reads ON "ClientOrganization" FOR SELECT
  USING ((SELECT app_is_platform_admin()));
DROP POLICY call_staff ON "ScopingCall";
CREATE POLICY call_staff ON "ScopingCall" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY assessment_staff ON "Assessment";
CREATE POLICY assessment_staff ON "Assessment" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY change_staff ON "ServiceModelChange";
CREATE POLICY change_staff ON "ServiceModelChange" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY report_staff ON "SteeringReport";
CREATE POLICY report_staff ON "SteeringReport" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY report_client_reads ON "SteeringReport";
CREATE POLICY report_client_reads ON "SteeringReport" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND "organizationId" = (SELECT app_org()) AND status = 'PUBLISHED');
DROP POLICY ack_staff ON "ReportAcknowledgement";
CREATE POLICY ack_staff ON "ReportAcknowledgement" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY ack_client ON "ReportAcknowledgement";
CREATE POLICY ack_client ON "ReportAcknowledgement" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportAcknowledgement"."tenantId" AND r.id = "ReportAcknowledgement"."reportId"));
DROP POLICY ack_client_insert ON "ReportAcknowledgement";
CREATE POLICY ack_client_insert ON "ReportAcknowledgement" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "userId" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportAcknowledgement"."tenantId" AND r.id = "ReportAcknowledgement"."reportId"));
DROP POLICY comment_staff ON "ReportComment";
CREATE POLICY comment_staff ON "ReportComment" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY comment_client ON "ReportComment";
CREATE POLICY comment_client ON "ReportComment" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportComment"."tenantId" AND r.id = "ReportComment"."reportId"));
DROP POLICY comment_client_insert ON "ReportComment";
CREATE POLICY comment_client_insert ON "ReportComment" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "authorId" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportComment"."tenantId" AND r.id = "ReportComment"."reportId"));
DROP POLICY audit_insert ON "AuditEvent";
CREATE POLICY audit_insert ON "AuditEvent" FOR INSERT
  WITH CHECK ("tenantId" IS NULL OR "tenantId" = (SELECT app_tenant()) OR (SELECT app_is_platform_admin()));
DROP POLICY audit_owner_reads ON "AuditEvent";
CREATE POLICY audit_owner_reads ON "AuditEvent" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
DROP POLICY audit_platform_admin_reads ON "AuditEvent";
CREATE POLICY audit_platform_admin_reads ON "AuditEvent" FOR SELECT
  USING ((SELECT app_is_platform_admin()));
DROP POLICY invitation_staff ON "Invitation";
CREATE POLICY invitation_staff ON "Invitation" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
DROP POLICY invitation_token_holder ON "Invitation";
CREATE POLICY invitation_token_holder ON "Invitation" FOR ALL
  USING ("tokenHash" = (SELECT NULLIF(current_setting('app.invite_token', true), '')))
  WITH CHECK ("tokenHash" = (SELECT NULLIF(current_setting('app.invite_token', true), '')));
DROP POLICY invitation_platform_admin ON "Invitation";
CREATE POLICY invitation_platform_admin ON "Invitation" FOR ALL
  USING ((SELECT app_is_platform_admin())) WITH CHECK ((SELECT app_is_platform_admin()));
DROP POLICY idempotency_tenant ON "IdempotencyKey";
CREATE POLICY idempotency_tenant ON "IdempotencyKey" FOR ALL
  USING ("tenantId" = (SELECT app_tenant())) WITH CHECK ("tenantId" = (SELECT app_tenant()));
