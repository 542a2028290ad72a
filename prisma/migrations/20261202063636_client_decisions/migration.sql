-- CreateEnum
CREATE TYPE "DecisionItemKind" AS ENUM ('recommendation', 'roadmap');

-- CreateEnum
CREATE TYPE "DecisionOutcome" AS ENUM ('APPROVED', 'DEFERRED', 'DECLINED');

-- CreateTable
CREATE TABLE "ClientDecision" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "reportId" TEXT NOT NULL,
    "itemKind" "DecisionItemKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "decision" "DecisionOutcome" NOT NULL,
    "deferredTo" TEXT,
    "note" TEXT,
    "signature" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "itemHash" TEXT NOT NULL,
    "supersedesId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ClientDecision_pkey" PRIMARY KEY ("tenantId","id")
);

-- CreateIndex
CREATE INDEX "ClientDecision_tenantId_organizationId_itemKind_itemId_deci_idx" ON "ClientDecision"("tenantId", "organizationId", "itemKind", "itemId", "decidedAt");

-- CreateIndex
CREATE INDEX "ClientDecision_tenantId_reportId_idx" ON "ClientDecision"("tenantId", "reportId");

-- CreateIndex
CREATE INDEX "ClientDecision_tenantId_decidedAt_idx" ON "ClientDecision"("tenantId", "decidedAt");

-- CreateIndex
CREATE UNIQUE INDEX "ClientDecision_tenantId_supersedesId_key" ON "ClientDecision"("tenantId", "supersedesId");

-- AddForeignKey
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_tenantId_organizationId_fkey" FOREIGN KEY ("tenantId", "organizationId") REFERENCES "ClientOrganization"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_tenantId_reportId_fkey" FOREIGN KEY ("tenantId", "reportId") REFERENCES "SteeringReport"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_tenantId_decidedById_fkey" FOREIGN KEY ("tenantId", "decidedById") REFERENCES "Membership"("tenantId", "userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_tenantId_supersedesId_fkey" FOREIGN KEY ("tenantId", "supersedesId") REFERENCES "ClientDecision"("tenantId", "id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- The decision ledger (lib/domain/decisions): what the columns may hold.
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_deferredTo_check"
  CHECK ((decision = 'DEFERRED') = ("deferredTo" IS NOT NULL)
         AND ("deferredTo" IS NULL OR "deferredTo" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'));
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_signature_check"
  CHECK (length(btrim(signature)) BETWEEN 1 AND 120);
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_note_check"
  CHECK (note IS NULL OR length(note) <= 1000);
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_itemHash_check"
  CHECK ("itemHash" ~ '^[0-9a-f]{64}$');
ALTER TABLE "ClientDecision" ADD CONSTRAINT "ClientDecision_supersedes_check"
  CHECK ("supersedesId" IS NULL OR "supersedesId" <> id);

-- Immutable: the application role may read and insert, nothing else (no UPDATE or DELETE grant),
-- and a trigger refuses any UPDATE from anyone: a new decision supersedes the previous one. Rows go
-- only when their tenant, organization or report is deleted (the foreign keys' cascades).
GRANT SELECT, INSERT ON "ClientDecision" TO mainstay_app;
CREATE FUNCTION client_decision_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a client decision is immutable: record a new decision that supersedes it'
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER client_decision_no_update BEFORE UPDATE ON "ClientDecision"
  FOR EACH ROW EXECUTE FUNCTION client_decision_immutable();

-- Tenant-owned, forced RLS. Staff read their tenant's decisions (they never decide for the client);
-- a client user reads their organization's decisions on the reports they can see (the EXISTS runs
-- under SteeringReport's own policies: their organization's published reports) and records one
-- only as themselves, for their organization, on a published report of it.
ALTER TABLE "ClientDecision" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ClientDecision" FORCE ROW LEVEL SECURITY;
CREATE POLICY decision_staff_reads ON "ClientDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
CREATE POLICY decision_client_reads ON "ClientDecision" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "organizationId" = (SELECT app_org())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r WHERE r."tenantId" = "ClientDecision"."tenantId" AND r.id = "ClientDecision"."reportId"));
CREATE POLICY decision_client_inserts ON "ClientDecision" FOR INSERT
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_client()) AND "organizationId" = (SELECT app_org())
         AND "decidedById" = (SELECT app_user())
         AND EXISTS (SELECT 1 FROM "SteeringReport" r
                     WHERE r."tenantId" = "ClientDecision"."tenantId" AND r.id = "ClientDecision"."reportId"
                       AND r."organizationId" = "ClientDecision"."organizationId" AND r.status = 'PUBLISHED'));
