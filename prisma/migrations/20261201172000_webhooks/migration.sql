-- CreateEnum
CREATE TYPE "WebhookDeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "description" TEXT,
    "eventTypes" TEXT[],
    "secretEncrypted" TEXT NOT NULL,
    "secretHint" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "creationKey" TEXT,
    "createdById" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookDelivery" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "endpointId" TEXT NOT NULL,
    "eventId" TEXT NOT NULL,
    "status" "WebhookDeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "redeliveries" INTEGER NOT NULL DEFAULT 0,
    "lastAttemptAt" TIMESTAMP(3),
    "lastStatusCode" INTEGER,
    "lastError" TEXT,
    "deliveredAt" TIMESTAMP(3),
    "leaseUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookAttempt" (
    "id" TEXT NOT NULL,
    "tenantId" TEXT NOT NULL,
    "deliveryId" TEXT NOT NULL,
    "trigger" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "durationMs" INTEGER NOT NULL,
    "statusCode" INTEGER,
    "error" TEXT,
    "responseBody" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "WebhookEndpoint_tenantId_createdAt_idx" ON "WebhookEndpoint"("tenantId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_tenantId_id_key" ON "WebhookEndpoint"("tenantId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookEndpoint_tenantId_creationKey_key" ON "WebhookEndpoint"("tenantId", "creationKey");

-- CreateIndex
CREATE INDEX "WebhookDelivery_tenantId_endpointId_createdAt_idx" ON "WebhookDelivery"("tenantId", "endpointId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_endpointId_eventId_key" ON "WebhookDelivery"("endpointId", "eventId");

-- CreateIndex
CREATE UNIQUE INDEX "WebhookDelivery_tenantId_id_key" ON "WebhookDelivery"("tenantId", "id");

-- CreateIndex
CREATE INDEX "WebhookAttempt_tenantId_deliveryId_startedAt_idx" ON "WebhookAttempt"("tenantId", "deliveryId", "startedAt");

-- AddForeignKey
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_tenantId_endpointId_fkey" FOREIGN KEY ("tenantId", "endpointId") REFERENCES "WebhookEndpoint"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_tenantId_eventId_fkey" FOREIGN KEY ("tenantId", "eventId") REFERENCES "DomainEvent"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WebhookAttempt" ADD CONSTRAINT "WebhookAttempt_tenantId_deliveryId_fkey" FOREIGN KEY ("tenantId", "deliveryId") REFERENCES "WebhookDelivery"("tenantId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ───────────────────────── hand-written below ─────────────────────────
-- Webhooks (lib/webhooks, ARCHITECTURE.md "Jobs and events"): tenant-owned, forced RLS.
-- Owners manage endpoints and read the delivery log (and ask for redeliveries); the job
-- worker (app.system, one tenant at a time) reads endpoints and writes deliveries/attempts.
GRANT SELECT, INSERT, UPDATE, DELETE ON "WebhookEndpoint", "WebhookDelivery", "WebhookAttempt" TO mainstay_app;
ALTER TABLE "WebhookEndpoint" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WebhookEndpoint" FORCE ROW LEVEL SECURITY;
ALTER TABLE "WebhookDelivery" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WebhookDelivery" FORCE ROW LEVEL SECURITY;
ALTER TABLE "WebhookAttempt" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "WebhookAttempt" FORCE ROW LEVEL SECURITY;

CREATE POLICY webhook_endpoint_owner ON "WebhookEndpoint" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER')
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
CREATE POLICY webhook_endpoint_system_reads ON "WebhookEndpoint" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

CREATE POLICY webhook_delivery_owner_reads ON "WebhookDelivery" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
-- A redelivery request counts itself on the delivery (its job is keyed by that count).
CREATE POLICY webhook_delivery_owner_redelivers ON "WebhookDelivery" FOR UPDATE
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER')
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
CREATE POLICY webhook_delivery_system ON "WebhookDelivery" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

CREATE POLICY webhook_attempt_owner_reads ON "WebhookAttempt" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT current_setting('app.role', true)) = 'OWNER');
CREATE POLICY webhook_attempt_system ON "WebhookAttempt" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_system()));

-- The delivery job's queue (lib/jobs/queues.ts "webhooks.deliver"); the runtime role's grants
-- on its partition come from the default privileges set with the queue schema.
SELECT pgboss.create_queue('webhooks.deliver', '{"policy":"standard"}'::json);
