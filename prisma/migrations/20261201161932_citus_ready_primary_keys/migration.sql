-- Citus-ready primary keys (npm run db:citus-check, docs/scaling.md): the three tenant tables
-- whose rows are never looked up by id alone get (tenantId, id) as their primary key, as Citus
-- requires of every key of a table distributed by tenantId. Nothing references them; row-level
-- security, grants and the other indexes are unchanged. The other tables follow when the
-- application looks them up by (tenantId, id) (see the check's output).

-- AlterTable
ALTER TABLE "IdempotencyKey" DROP CONSTRAINT "IdempotencyKey_pkey",
ADD CONSTRAINT "IdempotencyKey_pkey" PRIMARY KEY ("tenantId", "id");

-- AlterTable
ALTER TABLE "ReportAcknowledgement" DROP CONSTRAINT "ReportAcknowledgement_pkey",
ADD CONSTRAINT "ReportAcknowledgement_pkey" PRIMARY KEY ("tenantId", "id");

-- AlterTable
ALTER TABLE "ReportComment" DROP CONSTRAINT "ReportComment_pkey",
ADD CONSTRAINT "ReportComment_pkey" PRIMARY KEY ("tenantId", "id");
