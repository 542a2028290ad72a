-- AlterTable
ALTER TABLE "Intervention" ADD COLUMN     "importKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Intervention_tenantId_organizationId_importKey_key" ON "Intervention"("tenantId", "organizationId", "importKey");

-- ───────────────────────── hand-written below ─────────────────────────
-- An import key belongs to an imported row that has no external id (lib/interventions/import-key.ts).
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_import_key_check"
  CHECK ("importKey" IS NULL OR "externalId" IS NULL);
