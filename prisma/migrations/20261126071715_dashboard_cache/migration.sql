-- CreateTable
CREATE TABLE "DashboardVersion" (
    "tenantId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DashboardVersion_pkey" PRIMARY KEY ("tenantId")
);

-- CreateTable
CREATE TABLE "DashboardCache" (
    "tenantId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "asOf" DATE NOT NULL,
    "version" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DashboardCache_pkey" PRIMARY KEY ("tenantId","key")
);

-- AddForeignKey
ALTER TABLE "DashboardVersion" ADD CONSTRAINT "DashboardVersion_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DashboardCache" ADD CONSTRAINT "DashboardCache_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The portfolio dashboard's cache (lib/domain/dashboard/cache.ts).
--
-- Every change to what the dashboard aggregates bumps the tenant's DashboardVersion; a
-- cached payload is valid while its version equals the tenant's and its day is today.
-- The bump is a deferred constraint trigger: it runs at COMMIT, after every other lock
-- the transaction takes, so two writers of one tenant queue on the version row for the
-- instant of their commits and can never deadlock through it; and it becomes visible
-- in the same commit as the change it counts. A reader reads the version before the
-- data, so a cached payload is never older than its version.
--
-- The trigger function runs as the migrating role (SECURITY DEFINER), which alone may
-- write DashboardVersion; the runtime role only reads its own tenant's row.

CREATE FUNCTION dashboard_touch() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT
AS $$
DECLARE
  t text;
  seen text;
BEGIN
  IF TG_TABLE_NAME = 'Tenant' THEN
    t := NEW.id;
  ELSIF TG_OP = 'DELETE' THEN
    t := OLD."tenantId";
  ELSE
    t := NEW."tenantId";
  END IF;
  -- Once per tenant per transaction (a bulk insert fires this for every row).
  seen := 'mainstay_dashboard.t' || md5(t);
  IF current_setting(seen, true) = 'on' THEN
    RETURN NULL;
  END IF;
  PERFORM set_config(seen, 'on', true);
  BEGIN
    INSERT INTO "DashboardVersion" AS v ("tenantId", version, "updatedAt")
    VALUES (t, 1, CURRENT_TIMESTAMP)
    ON CONFLICT ("tenantId") DO UPDATE SET version = v.version + 1, "updatedAt" = CURRENT_TIMESTAMP;
  EXCEPTION WHEN foreign_key_violation THEN
    -- The tenant itself was deleted in this transaction: nothing left to cache.
    NULL;
  END;
  RETURN NULL;
END $$;

-- Rows created or deleted: every table the dashboard reads.
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "ServiceModelChange"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "ClientOrganization"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "Assessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "ScopingCall"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "SteeringReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();

-- Rows updated: only when a column the dashboard reads changed (report edits, call notes,
-- draft answers and the like leave the cache alone).
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "ServiceModelChange"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "ClientOrganization"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."tenantId", OLD.name, OLD."currentModel", OLD."lifecycleStatus", OLD."accountManagerId", OLD.headcount)
        IS DISTINCT FROM (NEW."tenantId", NEW.name, NEW."currentModel", NEW."lifecycleStatus", NEW."accountManagerId", NEW.headcount))
  EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "Assessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."tenantId", OLD."organizationId", OLD.status, OLD."finalizedAt", OLD.recommendation, OLD."costGap")
        IS DISTINCT FROM (NEW."tenantId", NEW."organizationId", NEW.status, NEW."finalizedAt", NEW.recommendation, NEW."costGap"))
  EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "ScopingCall"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."tenantId", OLD."organizationId", OLD."followUpDone", OLD."followUpDate", OLD."nextSteps")
        IS DISTINCT FROM (NEW."tenantId", NEW."organizationId", NEW."followUpDone", NEW."followUpDate", NEW."nextSteps"))
  EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "SteeringReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."tenantId", OLD."organizationId", OLD.period) IS DISTINCT FROM (NEW."tenantId", NEW."organizationId", NEW.period))
  EXECUTE FUNCTION dashboard_touch();
CREATE CONSTRAINT TRIGGER dashboard_touch_update AFTER UPDATE ON "Tenant"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN ((OLD."hybridFeePerUserMonth", OLD."managedFeePerUserMonth") IS DISTINCT FROM (NEW."hybridFeePerUserMonth", NEW."managedFeePerUserMonth"))
  EXECUTE FUNCTION dashboard_touch();

-- Row-level security, like every tenant table.
-- UPDATE and DELETE are granted like on every tenant table, but no policy allows them:
-- they match no row. Only the trigger function writes versions.
GRANT SELECT, UPDATE, DELETE ON "DashboardVersion" TO mainstay_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON "DashboardCache" TO mainstay_app;
ALTER TABLE "DashboardVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DashboardVersion" FORCE ROW LEVEL SECURITY;
ALTER TABLE "DashboardCache" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "DashboardCache" FORCE ROW LEVEL SECURITY;
CREATE POLICY dashboard_version_staff ON "DashboardVersion" FOR SELECT
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
CREATE POLICY dashboard_cache_staff ON "DashboardCache" FOR ALL
  USING ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()))
  WITH CHECK ("tenantId" = (SELECT app_tenant()) AND (SELECT app_is_staff()));
-- The trigger function's role writes the versions whatever its RLS attributes (FORCE
-- applies to the owner too; a superuser or BYPASSRLS owner does not need this).
DO $$
BEGIN
  EXECUTE format('CREATE POLICY dashboard_version_writer ON "DashboardVersion" FOR ALL TO %I USING (true) WITH CHECK (true)', current_user);
END $$;
