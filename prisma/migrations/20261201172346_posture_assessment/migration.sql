-- CreateEnum
CREATE TYPE "PostureLevel" AS ENUM ('not_in_place', 'partial', 'in_place', 'verified', 'not_applicable');

-- AlterTable
ALTER TABLE "SteeringReport" ADD COLUMN     "posture" JSONB;

-- CreateTable
CREATE TABLE "PostureAssessment" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "AssessmentStatus" NOT NULL DEFAULT 'DRAFT',
    "catalogVersion" TEXT NOT NULL,
    "result" JSONB,
    "score" DOUBLE PRECISION,
    "finalizedAt" TIMESTAMP(3),
    "authorId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostureAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PostureAnswer" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "level" "PostureLevel",
    "evidence" TEXT,
    "asOf" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PostureAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "PostureAssessment_tenantId_organizationId_status_finalizedA_idx" ON "PostureAssessment"("tenantId", "organizationId", "status", "finalizedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PostureAssessment_tenantId_id_key" ON "PostureAssessment"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "PostureAnswer_tenantId_assessmentId_questionId_key" ON "PostureAnswer"("tenantId", "assessmentId", "questionId");

-- AddForeignKey
ALTER TABLE "PostureAssessment" ADD CONSTRAINT "PostureAssessment_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostureAssessment" ADD CONSTRAINT "PostureAssessment_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostureAssessment" ADD CONSTRAINT "PostureAssessment_tenantId_authorId_fkey" FOREIGN KEY ("tenantId", "authorId") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostureAnswer" ADD CONSTRAINT "PostureAnswer_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PostureAnswer" ADD CONSTRAINT "PostureAnswer_tenantId_assessmentId_fkey" FOREIGN KEY ("tenantId", "assessmentId") REFERENCES "PostureAssessment"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security, like every tenant table (see *_row_level_security and *_rls_policies_initplan).
-- Security-posture assessments are MSP working data: staff of the tenant only. Client users never
-- read them directly: a published steering report carries the posture trend it showed
-- ("SteeringReport"."posture"), which the report's own policies already scope.
GRANT SELECT, INSERT, UPDATE, DELETE ON "PostureAssessment", "PostureAnswer" TO mainstay_app;
ALTER TABLE "PostureAssessment" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PostureAssessment" FORCE ROW LEVEL SECURITY;
ALTER TABLE "PostureAnswer" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PostureAnswer" FORCE ROW LEVEL SECURITY;
CREATE POLICY posture_staff ON "PostureAssessment" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
CREATE POLICY posture_answer_staff ON "PostureAnswer" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
