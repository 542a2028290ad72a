-- AlterTable
ALTER TABLE "ClientOrganization" ADD COLUMN     "externalId" TEXT,
ADD COLUMN     "sourceSystem" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ClientOrganization_tenantId_sourceSystem_externalId_key" ON "ClientOrganization"("tenantId", "sourceSystem", "externalId");

-- ───────────────────────── hand-written below ─────────────────────────
-- An imported organization's external id names its source system (lib/domain/organizations/read-organization-import.ts).
ALTER TABLE "ClientOrganization" ADD CONSTRAINT "ClientOrganization_external_id_check"
  CHECK (("sourceSystem" IS NULL) = ("externalId" IS NULL));
