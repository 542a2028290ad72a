-- CreateEnum
CREATE TYPE "ProposalStatus" AS ENUM ('SHARED', 'APPROVED', 'DECLINED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ProposalDecisionKind" AS ENUM ('APPROVED', 'DECLINED');

-- AlterTable
ALTER TABLE "ServiceModelChange" ADD COLUMN     "proposalId" TEXT;

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "status" "ProposalStatus" NOT NULL DEFAULT 'SHARED',
    "snapshot" JSONB NOT NULL,
    "snapshotSha256" TEXT NOT NULL,
    "message" TEXT,
    "sharedById" TEXT NOT NULL,
    "sharedAt" TIMESTAMP(3) NOT NULL,
    "withdrawnById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateTable
CREATE TABLE "ProposalDecision" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "proposalId" TEXT NOT NULL,
    "decision" "ProposalDecisionKind" NOT NULL,
    "signatureName" TEXT NOT NULL,
    "snapshotSha256" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ProposalDecision_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "Proposal_tenantId_organizationId_sharedAt_idx" ON "Proposal"("tenantId", "organizationId", "sharedAt");

-- CreateIndex
CREATE INDEX "Proposal_tenantId_assessmentId_idx" ON "Proposal"("tenantId", "assessmentId");

-- CreateIndex
CREATE INDEX "ProposalDecision_tenantId_proposalId_decidedAt_idx" ON "ProposalDecision"("tenantId", "proposalId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ServiceModelChange_tenantId_proposalId_key" ON "ServiceModelChange"("tenantId", "proposalId");

-- AddForeignKey
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_tenantId_proposalId_fkey" FOREIGN KEY ("tenantId", "proposalId") REFERENCES "Proposal"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "Assessment"("tenantId", "id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tenantId_sharedById_fkey" FOREIGN KEY ("tenantId", "sharedById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_tenantId_withdrawnById_fkey" FOREIGN KEY ("tenantId", "withdrawnById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_tenantId_proposalId_fkey" FOREIGN KEY ("tenantId", "proposalId") REFERENCES "Proposal"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_tenantId_decidedById_fkey" FOREIGN KEY ("tenantId", "decidedById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- Proposals (lib/domain/proposals): tenant-owned, forced RLS. Staff of the tenant share, read and
-- withdraw them; a client user reads their own organization's proposals except withdrawn ones, and
-- may move an open one to APPROVED or DECLINED (the domain lets approvers only). No one deletes.
GRANT SELECT, INSERT, UPDATE ON "Proposal" TO mainstay_app;
ALTER TABLE "Proposal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Proposal" FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_staff ON "Proposal" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
CREATE POLICY proposal_client_reads ON "Proposal" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND "organizationId" = (SELECT app_org()) AND status <> 'WITHDRAWN');
CREATE POLICY proposal_client_decides ON "Proposal" FOR UPDATE
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND "organizationId" = (SELECT app_org()) AND status <> 'WITHDRAWN')
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND "organizationId" = (SELECT app_org()) AND status IN ('APPROVED', 'DECLINED'));

-- What was shared never changes: the snapshot, its hash, whose proposal it is and who shared it
-- when. A client's update may change the status (and the version) only.
CREATE FUNCTION proposal_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."snapshot" IS DISTINCT FROM OLD."snapshot"
     OR NEW."snapshotSha256" IS DISTINCT FROM OLD."snapshotSha256"
     OR NEW."tenantId" IS DISTINCT FROM OLD."tenantId"
     OR NEW."organizationId" IS DISTINCT FROM OLD."organizationId"
     OR NEW."assessmentId" IS DISTINCT FROM OLD."assessmentId"
     OR NEW."sharedById" IS DISTINCT FROM OLD."sharedById"
     OR NEW."sharedAt" IS DISTINCT FROM OLD."sharedAt"
     OR NEW."message" IS DISTINCT FROM OLD."message" THEN
    RAISE EXCEPTION 'a shared proposal is immutable' USING ERRCODE = 'check_violation';
  END IF;
  IF (SELECT app_is_client()) AND (NEW."withdrawnAt" IS DISTINCT FROM OLD."withdrawnAt"
     OR NEW."withdrawnById" IS DISTINCT FROM OLD."withdrawnById") THEN
    RAISE EXCEPTION 'a client cannot withdraw a proposal' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER proposal_guard BEFORE UPDATE ON "Proposal" FOR EACH ROW EXECUTE FUNCTION proposal_guard();

-- One open proposal (undecided or approved) per assessment.
CREATE UNIQUE INDEX "Proposal_one_open_per_assessment" ON "Proposal"("tenantId", "assessmentId")
  WHERE status IN ('SHARED', 'APPROVED');
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_withdrawn_check"
  CHECK ((status = 'WITHDRAWN') = ("withdrawnAt" IS NOT NULL AND "withdrawnById" IS NOT NULL));
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_sha256_check" CHECK ("snapshotSha256" ~ '^[0-9a-f]{64}$');

-- Decisions are immutable: the runtime role may read and append, never update or delete (a new
-- decision supersedes the previous one). Staff read them; a client reads the decisions on the
-- proposals they can see and appends their own.
GRANT SELECT, INSERT ON "ProposalDecision" TO mainstay_app;
ALTER TABLE "ProposalDecision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ProposalDecision" FORCE ROW LEVEL SECURITY;
CREATE POLICY proposal_decision_staff_reads ON "ProposalDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
CREATE POLICY proposal_decision_client_reads ON "ProposalDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client())
         AND EXISTS (SELECT 1 FROM "Proposal" p WHERE p."tenantId" = "ProposalDecision"."tenantId" AND p.id = "ProposalDecision"."proposalId"));
CREATE POLICY proposal_decision_client_signs ON "ProposalDecision" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "decidedById" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "Proposal" p WHERE p."tenantId" = "ProposalDecision"."tenantId" AND p.id = "ProposalDecision"."proposalId"
                     AND p."snapshotSha256" = "ProposalDecision"."snapshotSha256"));
ALTER TABLE "ProposalDecision" ADD CONSTRAINT "ProposalDecision_sha256_check" CHECK ("snapshotSha256" ~ '^[0-9a-f]{64}$');

