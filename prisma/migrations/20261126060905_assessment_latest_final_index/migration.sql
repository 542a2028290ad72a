-- CreateIndex
CREATE INDEX "Assessment_latest_final_idx" ON "Assessment"("tenantId", "status", "organizationId", "finalizedAt" DESC);
