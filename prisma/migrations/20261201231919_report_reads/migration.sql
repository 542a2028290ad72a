-- CreateTable
CREATE TABLE "ReportRead" (
    "tenantId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportRead_pkey" PRIMARY KEY ("tenantId","reportId","userId")
);

-- CreateIndex
CREATE INDEX "ReportRead_tenantId_userId_idx" ON "ReportRead"("tenantId", "userId");

-- CreateIndex
CREATE INDEX "ReportComment_tenantId_createdAt_idx" ON "ReportComment"("tenantId", "createdAt");

-- AddForeignKey
ALTER TABLE "ReportRead" ADD CONSTRAINT "ReportRead_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRead" ADD CONSTRAINT "ReportRead_tenantId_reportId_fkey" FOREIGN KEY ("tenantId", "reportId") REFERENCES "SteeringReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRead" ADD CONSTRAINT "ReportRead_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- Read state (lib/domain/reports/mark-report-read.ts): tenant-owned, forced RLS. Each user, staff
-- or client, reads and writes only their own rows, and only for a report they can see (the
-- EXISTS runs under SteeringReport's own policies: a client sees their organization's published
-- reports only).
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReportRead" TO mainstay_app;
ALTER TABLE "ReportRead" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReportRead" FORCE ROW LEVEL SECURITY;
CREATE POLICY report_read_own ON "ReportRead" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND "userId" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportRead"."tenantId" AND r.id = "ReportRead"."reportId"))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND "userId" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ReportRead"."tenantId" AND r.id = "ReportRead"."reportId"));
