-- CreateEnum
CREATE TYPE "TenantStatus" AS ENUM ('ACTIVE', 'SUSPENDED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('OWNER', 'ACCOUNT_MANAGER', 'CLIENT');

-- CreateEnum
CREATE TYPE "ServiceModel" AS ENUM ('BREAK_FIX', 'HYBRID', 'MANAGED');

-- CreateEnum
CREATE TYPE "LifecycleStatus" AS ENUM ('PROSPECT', 'ACTIVE', 'FORMER');

-- CreateEnum
CREATE TYPE "AssessmentStatus" AS ENUM ('DRAFT', 'FINAL');

-- CreateEnum
CREATE TYPE "ReportStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "BackupState" AS ENUM ('none', 'unmonitored', 'monitored');

-- CreateEnum
CREATE TYPE "Dependency" AS ENUM ('none', 'low', 'high');

-- CreateEnum
CREATE TYPE "Continuity" AS ENUM ('none', 'moderate', 'strong');

-- CreateEnum
CREATE TYPE "Tolerance" AS ENUM ('high', 'medium', 'low');

-- CreateEnum
CREATE TYPE "DigitalDependence" AS ENUM ('low', 'medium', 'high');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'DENIED', 'FAILURE');

-- CreateEnum
CREATE TYPE "InvitationKind" AS ENUM ('INVITE', 'PASSWORD_RESET');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "status" "TenantStatus" NOT NULL DEFAULT 'ACTIVE',
    "suspendedReason" TEXT,
    "suspendedAt" TIMESTAMP(3),
    "currency" TEXT NOT NULL DEFAULT 'EUR',
    "incidentsPerMonth" DOUBLE PRECISION NOT NULL DEFAULT 4,
    "hoursPerIncident" DOUBLE PRECISION NOT NULL DEFAULT 2,
    "hourlyRate" DOUBLE PRECISION NOT NULL DEFAULT 95,
    "downtimeHoursPerIncident" DOUBLE PRECISION NOT NULL DEFAULT 3,
    "downtimeCostPerHour" DOUBLE PRECISION NOT NULL DEFAULT 120,
    "managedFeePerUserMonth" DOUBLE PRECISION NOT NULL DEFAULT 85,
    "hybridFeePerUserMonth" DOUBLE PRECISION NOT NULL DEFAULT 35,
    "horizonMonths" INTEGER NOT NULL DEFAULT 36,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "isPlatformAdmin" BOOLEAN NOT NULL DEFAULT false,
    "disabled" BOOLEAN NOT NULL DEFAULT false,
    "disabledAt" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "lastLoginAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organizationId" TEXT,
    "removedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClientOrganization" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "industry" TEXT,
    "headcount" INTEGER NOT NULL,
    "sites" INTEGER NOT NULL DEFAULT 1,
    "endpoints" INTEGER,
    "currentModel" "ServiceModel" NOT NULL DEFAULT 'BREAK_FIX',
    "targetModel" "ServiceModel",
    "lifecycleStatus" "LifecycleStatus" NOT NULL DEFAULT 'PROSPECT',
    "accountManagerId" TEXT,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientOrganization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScopingCall" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL,
    "attendees" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "needs" TEXT NOT NULL,
    "nextSteps" TEXT NOT NULL,
    "followUpDate" DATE,
    "followUpDone" BOOLEAN NOT NULL DEFAULT false,
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScopingCall_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "headcount" INTEGER,
    "endpoints" INTEGER,
    "sites" INTEGER,
    "remoteUsers" INTEGER,
    "cloudServices" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "centralFileSharing" BOOLEAN,
    "backups" "BackupState",
    "businessAppDependency" "Dependency",
    "continuityRequirement" "Continuity",
    "interruptionTolerance" "Tolerance",
    "digitalDependence" "DigitalDependence",
    "needsPredictableBudget" BOOLEAN,
    "needsMonthlySteering" BOOLEAN,
    "economics" JSONB,
    "result" JSONB,
    "recommendation" "ServiceModel",
    "confidence" TEXT,
    "costGap" DOUBLE PRECISION,
    "engineVersion" TEXT,
    "finalizedAt" TIMESTAMP(3),
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceModelChange" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "fromModel" "ServiceModel",
    "toModel" "ServiceModel",
    "effectiveDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "assessmentId" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceModelChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SteeringReport" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "status" "ReportStatus" NOT NULL DEFAULT 'DRAFT',
    "metrics" JSONB NOT NULL DEFAULT '{}',
    "narrative" JSONB NOT NULL DEFAULT '{}',
    "recommendations" JSONB NOT NULL DEFAULT '[]',
    "roadmap" JSONB NOT NULL DEFAULT '[]',
    "budget" JSONB NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    "authorId" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "withdrawnReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SteeringReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportAcknowledgement" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "acknowledgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportAcknowledgement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportComment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT,
    "actorUserId" TEXT,
    "action" TEXT NOT NULL,
    "targetType" TEXT,
    "targetId" TEXT,
    "requestId" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "metadata" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "kind" "InvitationKind" NOT NULL DEFAULT 'INVITE',
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "organizationId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "invitedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotencyKey" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE INDEX "Membership_tenantId_organizationId_idx" ON "Membership"("tenantId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_userId_key" ON "Membership"("tenantId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_tenantId_id_key" ON "Membership"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ClientOrganization_tenantId_name_idx" ON "ClientOrganization"("tenantId", "name");

-- CreateIndex
CREATE INDEX "ClientOrganization_tenantId_lifecycleStatus_currentModel_idx" ON "ClientOrganization"("tenantId", "lifecycleStatus", "currentModel");

-- CreateIndex
CREATE INDEX "ClientOrganization_tenantId_accountManagerId_idx" ON "ClientOrganization"("tenantId", "accountManagerId");

-- CreateIndex
CREATE UNIQUE INDEX "ClientOrganization_tenantId_id_key" ON "ClientOrganization"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ScopingCall_tenantId_organizationId_occurredAt_idx" ON "ScopingCall"("tenantId", "organizationId", "occurredAt");

-- CreateIndex
CREATE INDEX "ScopingCall_tenantId_followUpDone_followUpDate_idx" ON "ScopingCall"("tenantId", "followUpDone", "followUpDate");

-- CreateIndex
CREATE UNIQUE INDEX "ScopingCall_tenantId_id_key" ON "ScopingCall"("tenantId", "id");

-- CreateIndex
CREATE INDEX "Assessment_tenantId_organizationId_status_finalizedAt_idx" ON "Assessment"("tenantId", "organizationId", "status", "finalizedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_tenantId_id_key" ON "Assessment"("tenantId", "id");

-- CreateIndex
CREATE INDEX "ServiceModelChange_tenantId_organizationId_effectiveDate_idx" ON "ServiceModelChange"("tenantId", "organizationId", "effectiveDate");

-- CreateIndex
CREATE INDEX "ServiceModelChange_tenantId_effectiveDate_idx" ON "ServiceModelChange"("tenantId", "effectiveDate");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceModelChange_tenantId_id_key" ON "ServiceModelChange"("tenantId", "id");

-- CreateIndex
CREATE INDEX "SteeringReport_tenantId_period_status_idx" ON "SteeringReport"("tenantId", "period", "status");

-- CreateIndex
CREATE UNIQUE INDEX "SteeringReport_tenantId_id_key" ON "SteeringReport"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "SteeringReport_tenantId_organizationId_period_key" ON "SteeringReport"("tenantId", "organizationId", "period");

-- CreateIndex
CREATE UNIQUE INDEX "ReportAcknowledgement_tenantId_reportId_userId_key" ON "ReportAcknowledgement"("tenantId", "reportId", "userId");

-- CreateIndex
CREATE INDEX "ReportComment_tenantId_reportId_createdAt_idx" ON "ReportComment"("tenantId", "reportId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_tenantId_createdAt_idx" ON "AuditEvent"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_tenantId_acceptedAt_idx" ON "Invitation"("tenantId", "acceptedAt");

-- CreateIndex
CREATE UNIQUE INDEX "IdempotencyKey_tenantId_key_key" ON "IdempotencyKey"("tenantId", "key");

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientOrganization" ADD CONSTRAINT "ClientOrganization_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientOrganization" ADD CONSTRAINT "ClientOrganization_tenantId_accountManagerId_fkey" FOREIGN KEY ("tenantId", "accountManagerId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopingCall" ADD CONSTRAINT "ScopingCall_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopingCall" ADD CONSTRAINT "ScopingCall_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScopingCall" ADD CONSTRAINT "ScopingCall_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_tenantId_recordedById_fkey" FOREIGN KEY ("tenantId", "recordedById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteeringReport" ADD CONSTRAINT "SteeringReport_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteeringReport" ADD CONSTRAINT "SteeringReport_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteeringReport" ADD CONSTRAINT "SteeringReport_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SteeringReport" ADD CONSTRAINT "SteeringReport_tenantId_publishedById_fkey" FOREIGN KEY ("tenantId", "publishedById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAcknowledgement" ADD CONSTRAINT "ReportAcknowledgement_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAcknowledgement" ADD CONSTRAINT "ReportAcknowledgement_tenantId_reportId_fkey" FOREIGN KEY ("tenantId", "reportId") REFERENCES "SteeringReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportAcknowledgement" ADD CONSTRAINT "ReportAcknowledgement_tenantId_userId_fkey" FOREIGN KEY ("tenantId", "userId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_tenantId_reportId_fkey" FOREIGN KEY ("tenantId", "reportId") REFERENCES "SteeringReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportComment" ADD CONSTRAINT "ReportComment_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotencyKey" ADD CONSTRAINT "IdempotencyKey_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
