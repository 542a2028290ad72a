-- CreateEnum
CREATE TYPE "InterventionKind" AS ENUM ('TICKET', 'TIME_ENTRY');

-- CreateEnum
CREATE TYPE "InterventionDetection" AS ENUM ('USER_REPORTED', 'MONITORING');

-- CreateEnum
CREATE TYPE "InterventionAmountSource" AS ENUM ('BILLED', 'HOURLY_RATE');

-- CreateTable
CREATE TABLE "Intervention" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "kind" "InterventionKind" NOT NULL DEFAULT 'TICKET',
    "hours" DOUBLE PRECISION NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    "amountSource" "InterventionAmountSource" NOT NULL,
    "hourlyRate" DOUBLE PRECISION,
    "category" TEXT NOT NULL,
    "detection" "InterventionDetection" NOT NULL,
    "peopleAffected" INTEGER NOT NULL DEFAULT 0,
    "recurringCause" BOOLEAN NOT NULL DEFAULT false,
    "sourceSystem" TEXT,
    "externalId" TEXT,
    "note" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Intervention_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Intervention_tenantId_organizationId_occurredOn_idx" ON "Intervention"("tenantId", "organizationId", "occurredOn");

-- CreateIndex
CREATE INDEX "Intervention_tenantId_occurredOn_idx" ON "Intervention"("tenantId", "occurredOn");

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_tenantId_id_key" ON "Intervention"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_tenantId_sourceSystem_externalId_key" ON "Intervention"("tenantId", "sourceSystem", "externalId");

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- Interventions (lib/domain/interventions): tenant-owned, forced RLS; staff of the tenant
-- read and write (like scoping calls); clients see none.
GRANT SELECT, INSERT, UPDATE, DELETE ON "Intervention" TO mainstay_app;
ALTER TABLE "Intervention" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Intervention" FORCE ROW LEVEL SECURITY;
CREATE POLICY intervention_staff ON "Intervention" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
-- Figures a client can trust: no negative hours, amounts or people; an external id names its source.
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_figures_check"
  CHECK (hours >= 0 AND amount >= 0 AND "peopleAffected" >= 0 AND ("hourlyRate" IS NULL OR "hourlyRate" >= 0));
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_external_id_check"
  CHECK ("externalId" IS NULL OR "sourceSystem" IS NOT NULL);
