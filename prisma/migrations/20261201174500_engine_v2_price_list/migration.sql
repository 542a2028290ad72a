-- Engine v2 (2026.12.1): the tenant's pricing becomes the MSP's price list (rates, never a client's
-- volume; NULL = blank, the engine uses its documented default), and the assessment gains the
-- optional answers v2 reads. Stored results keep what they showed: they are JSON, untouched here.

-- CreateEnum
CREATE TYPE "DocumentationState" AS ENUM ('current', 'scattered', 'none');

-- AlterTable
ALTER TABLE "Assessment" ADD COLUMN     "documentation" "DocumentationState",
ADD COLUMN     "gradualTransition" BOOLEAN,
ADD COLUMN     "incidentHistory" JSONB,
ADD COLUMN     "itUsers" INTEGER;

-- AlterTable: the new price columns first, so the tenant's managed fee per user carries over.
ALTER TABLE "Tenant" ADD COLUMN     "backupPerEndpoint" DOUBLE PRECISION,
ADD COLUMN     "criticalItemPerMonth" DOUBLE PRECISION,
ADD COLUMN     "managedPerEndpoint" DOUBLE PRECISION,
ADD COLUMN     "managedPerUser" DOUBLE PRECISION,
ADD COLUMN     "steeringPerMonth" DOUBLE PRECISION,
ADD COLUMN     "suitePerUser" DOUBLE PRECISION,
ALTER COLUMN "hourlyRate" DROP NOT NULL,
ALTER COLUMN "hourlyRate" DROP DEFAULT,
ALTER COLUMN "horizonMonths" DROP NOT NULL,
ALTER COLUMN "horizonMonths" DROP DEFAULT;

UPDATE "Tenant" SET "managedPerUser" = "managedFeePerUserMonth";

-- The dashboard's revenue reads the managed fee per user and the hybrid package prices now.
DROP TRIGGER dashboard_touch_update ON "Tenant";
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "Tenant"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."managedPerUser", OLD."suitePerUser", OLD."backupPerEndpoint")
        IS DISTINCT FROM (NEW."managedPerUser", NEW."suitePerUser", NEW."backupPerEndpoint"))
  EXECUTE FUNCTION dashboard_touch();

-- The v1 per-client volumes (incidents, hours, downtime) are not prices: v2 estimates them per client.
ALTER TABLE "Tenant" DROP COLUMN "downtimeCostPerHour",
DROP COLUMN "downtimeHoursPerIncident",
DROP COLUMN "hoursPerIncident",
DROP COLUMN "hybridFeePerUserMonth",
DROP COLUMN "incidentsPerMonth",
DROP COLUMN "managedFeePerUserMonth";

-- The portfolio's cached figures were computed with the v1 fees: drop them (recomputed on the next read).
DELETE FROM "DashboardCache";
