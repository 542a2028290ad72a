-- Citus-ready keys, second round (npm run db:citus-check, docs/scaling.md): the three tenant
-- tables whose rows are never looked up by id alone and that nothing references get
-- (tenantId, id) as their primary key, and a webhook delivery is unique per (tenantId,
-- endpointId, eventId). Citus requires the distribution column in every primary key and
-- unique index of a table distributed by tenantId. Row-level security, grants and the other
-- indexes are unchanged.

-- Intervention already has the unique index (tenantId, id): promote it in place (no rebuild;
-- the index takes the constraint's name).
ALTER TABLE "Intervention" DROP CONSTRAINT "Intervention_pkey";
ALTER TABLE "Intervention" ADD CONSTRAINT "Intervention_pkey" PRIMARY KEY USING INDEX "Intervention_tenantId_id_key";

-- AlterTable
ALTER TABLE "PostureAnswer" DROP CONSTRAINT "PostureAnswer_pkey",
ADD CONSTRAINT "PostureAnswer_pkey" PRIMARY KEY ("tenantId", "id");

-- AlterTable
ALTER TABLE "WebhookAttempt" DROP CONSTRAINT "WebhookAttempt_pkey",
ADD CONSTRAINT "WebhookAttempt_pkey" PRIMARY KEY ("tenantId", "id");

-- One delivery per endpoint and event, now with the distribution column first. The subscriber's
-- createMany({ skipDuplicates }) is ON CONFLICT DO NOTHING without a target: it relies on any
-- unique index, so it needs no change.
CREATE UNIQUE INDEX "WebhookDelivery_tenantId_endpointId_eventId_key" ON "WebhookDelivery"("tenantId", "endpointId", "eventId");
DROP INDEX "WebhookDelivery_endpointId_eventId_key";
