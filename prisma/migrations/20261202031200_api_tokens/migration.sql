-- CreateEnum
CREATE TYPE "ApiTokenAccess" AS ENUM ('READ', 'READ_WRITE');

-- CreateTable
CREATE TABLE "ApiToken" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "access" "ApiTokenAccess" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "hint" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3),
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),
    "rateLimit" INTEGER NOT NULL DEFAULT 600,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "windowCount" INTEGER NOT NULL DEFAULT 0,
    "creationKey" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ApiToken_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tokenHash_key" ON "ApiToken"("tokenHash");

-- CreateIndex
CREATE INDEX "ApiToken_tenantId_createdAt_idx" ON "ApiToken"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tenantId_id_key" ON "ApiToken"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ApiToken_tenantId_creationKey_key" ON "ApiToken"("tenantId", "creationKey");

-- AddForeignKey
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- API tokens (lib/api, ARCHITECTURE.md "REST API v1"): tenant-owned, forced RLS.
-- Owners create, list and revoke their tenant's tokens. A Bearer request knows no tenant yet:
-- like sign-in (app.login_email on "User"), it sets app.api_token to the SHA-256 of the secret
-- it was given and may then read and use (last-used time, rate-limit window) that one row only.
GRANT SELECT, INSERT, UPDATE, DELETE ON "ApiToken" TO mainstay_app;
ALTER TABLE "ApiToken" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ApiToken" FORCE ROW LEVEL SECURITY;

CREATE POLICY api_token_owner ON "ApiToken" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER')
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
CREATE POLICY api_token_bearer_reads ON "ApiToken" FOR SELECT
  USING ("tokenHash" = (SELECT NULLIF(current_setting('app.api_token', true), '')));
CREATE POLICY api_token_bearer_uses ON "ApiToken" FOR UPDATE
  USING ("tokenHash" = (SELECT NULLIF(current_setting('app.api_token', true), '')))
  WITH CHECK ("tokenHash" = (SELECT NULLIF(current_setting('app.api_token', true), '')));
