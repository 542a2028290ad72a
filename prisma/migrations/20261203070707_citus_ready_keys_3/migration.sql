-- Citus-ready keys, third round (npm run db:citus-check, docs/scaling.md): eight tenant tables
-- whose rows the application never looks up by id alone get (tenantId, id) as their primary
-- key. Citus requires the distribution column in every primary key and unique index of a
-- table distributed by tenantId.
--
-- Each table already has the unique index (tenantId, id), and composite foreign keys from
-- other tables depend on it. It is promoted in place rather than dropped and rebuilt (the
-- SQL prisma migrate diff proposes, which PostgreSQL refuses while those foreign keys exist):
-- ADD CONSTRAINT ... PRIMARY KEY USING INDEX keeps the index, renames it to the constraint's
-- name, and the foreign keys keep depending on it. No foreign key references the old
-- primary key (id) alone. Row-level security, grants and the other indexes are unchanged.

ALTER TABLE "ApiToken" DROP CONSTRAINT "ApiToken_pkey";
ALTER TABLE "ApiToken" ADD CONSTRAINT "ApiToken_pkey" PRIMARY KEY USING INDEX "ApiToken_tenantId_id_key";

ALTER TABLE "ClientOrganization" DROP CONSTRAINT "ClientOrganization_pkey";
ALTER TABLE "ClientOrganization" ADD CONSTRAINT "ClientOrganization_pkey" PRIMARY KEY USING INDEX "ClientOrganization_tenantId_id_key";

ALTER TABLE "DomainEvent" DROP CONSTRAINT "DomainEvent_pkey";
ALTER TABLE "DomainEvent" ADD CONSTRAINT "DomainEvent_pkey" PRIMARY KEY USING INDEX "DomainEvent_tenantId_id_key";

ALTER TABLE "PostureAssessment" DROP CONSTRAINT "PostureAssessment_pkey";
ALTER TABLE "PostureAssessment" ADD CONSTRAINT "PostureAssessment_pkey" PRIMARY KEY USING INDEX "PostureAssessment_tenantId_id_key";

ALTER TABLE "ScopingCall" DROP CONSTRAINT "ScopingCall_pkey";
ALTER TABLE "ScopingCall" ADD CONSTRAINT "ScopingCall_pkey" PRIMARY KEY USING INDEX "ScopingCall_tenantId_id_key";

ALTER TABLE "ServiceModelChange" DROP CONSTRAINT "ServiceModelChange_pkey";
ALTER TABLE "ServiceModelChange" ADD CONSTRAINT "ServiceModelChange_pkey" PRIMARY KEY USING INDEX "ServiceModelChange_tenantId_id_key";

ALTER TABLE "WebhookDelivery" DROP CONSTRAINT "WebhookDelivery_pkey";
ALTER TABLE "WebhookDelivery" ADD CONSTRAINT "WebhookDelivery_pkey" PRIMARY KEY USING INDEX "WebhookDelivery_tenantId_id_key";

ALTER TABLE "WebhookEndpoint" DROP CONSTRAINT "WebhookEndpoint_pkey";
ALTER TABLE "WebhookEndpoint" ADD CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY USING INDEX "WebhookEndpoint_tenantId_id_key";
