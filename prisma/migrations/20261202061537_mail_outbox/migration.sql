-- CreateEnum
CREATE TYPE "MailKind" AS ENUM ('REPORT_PUBLISHED', 'MISSING_REPORTS', 'STAFF_DIGEST');

-- CreateEnum
CREATE TYPE "OutboxMailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED', 'SKIPPED');

-- AlterTable
ALTER TABLE "Tenant" ADD COLUMN     "reportReminderDay" INTEGER;

-- CreateTable
CREATE TABLE "OutboxMail" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "sourceKey" TEXT NOT NULL,
    "recipientId" TEXT NOT NULL,
    "data" JSONB NOT NULL DEFAULT '{}',
    "status" "OutboxMailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "leaseUntil" TIMESTAMP(3),
    "sentAt" TIMESTAMP(3),
    "transport" TEXT,
    "toEmail" TEXT,
    "locale" "Locale",
    "subject" TEXT,
    "html" TEXT,
    "text" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OutboxMail_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "MailOptOut" (
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "MailKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MailOptOut_pkey" PRIMARY KEY ("tenantId","userId","kind")
);

-- CreateIndex
CREATE INDEX "OutboxMail_tenantId_createdAt_idx" ON "OutboxMail"("tenantId", "createdAt");

-- CreateIndex
CREATE INDEX "OutboxMail_tenantId_kind_recipientId_createdAt_idx" ON "OutboxMail"("tenantId", "kind", "recipientId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "OutboxMail_tenantId_kind_sourceKey_recipientId_key" ON "OutboxMail"("tenantId", "kind", "sourceKey", "recipientId");

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutboxMail" ADD CONSTRAINT "OutboxMail_tenantId_recipientId_fkey" FOREIGN KEY ("tenantId", "recipientId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOptOut" ADD CONSTRAINT "MailOptOut_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MailOptOut" ADD CONSTRAINT "MailOptOut_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- E-mail on the job queue (lib/mail/outbox, ARCHITECTURE.md "E-mail"): tenant-owned, forced RLS.
GRANT SELECT, INSERT, UPDATE, DELETE ON "OutboxMail", "MailOptOut" TO mainstay_app;
ALTER TABLE "OutboxMail" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OutboxMail" FORCE ROW LEVEL SECURITY;
ALTER TABLE "MailOptOut" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "MailOptOut" FORCE ROW LEVEL SECURITY;

-- The outbox: the mail worker (app.system, one tenant at a time) creates, claims and records the
-- tenant's mails; staff read their tenant's (the dev mailbox). Nobody else sees a row.
CREATE POLICY outbox_mail_system ON "OutboxMail" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY outbox_mail_staff_reads ON "OutboxMail" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));

-- Opt-outs: each user their own (profile; the unsubscribe link acts as its user once its signature
-- is checked); the worker reads the tenant's.
CREATE POLICY mail_opt_out_own ON "MailOptOut" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND "userId" = (SELECT app_user()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND "userId" = (SELECT app_user()));
CREATE POLICY mail_opt_out_system_reads ON "MailOptOut" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

-- What the mail worker reads to write a mail, in its one tenant: the recipients (memberships and
-- their users), the organizations, the reports and the comments. Reads only.
CREATE POLICY membership_system_reads ON "Membership" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY user_system_reads ON "User" FOR SELECT
  USING ((SELECT app_is_system())
         AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."userId" = "User".id AND m."tenantId" = (SELECT app_tenant())));
CREATE POLICY org_system_reads ON "ClientOrganization" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY report_system_reads ON "SteeringReport" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));
CREATE POLICY comment_system_reads ON "ReportComment" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

-- The daily mail run starts with the active tenants' ids, before any tenant context: the one
-- window it needs, ids only, and only to the worker's system context (SECURITY DEFINER, like
-- sign_in_brand).
CREATE FUNCTION mail_active_tenant_ids()
  RETURNS TABLE ("id" text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path FROM CURRENT
AS $$
  SELECT t.id FROM "Tenant" t WHERE t.status = 'ACTIVE' AND (SELECT app_is_system()) ORDER BY t.id
$$;
REVOKE ALL ON FUNCTION mail_active_tenant_ids() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mail_active_tenant_ids() TO mainstay_app;

-- The mail jobs' queues (lib/jobs/queues.ts).
SELECT pgboss.create_queue('mail.send', '{"policy":"standard"}'::json);
SELECT pgboss.create_queue('mail.daily', '{"policy":"standard"}'::json);
SELECT pgboss.create_queue('mail.tenant_daily', '{"policy":"standard"}'::json);
