-- The portfolio's client-decision panels (lib/domain/dashboard/query-decisions.ts) are part of the
-- cached dashboard payload (lib/domain/dashboard/cache.ts): what they read bumps the tenant's
-- dashboard version too, with the same deferred SECURITY DEFINER trigger function as the
-- *_dashboard_cache migration (so a client approver's decision bumps it without being allowed to
-- write versions).

-- A decision recorded (rows are never updated: the ledger is append-only) or deleted with its report.
CREATE CONSTRAINT TRIGGER dashboard_touch_rows AFTER INSERT OR DELETE ON "ClientDecision"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_touch();

-- A report published or withdrawn (its items and the decisions made on it start or stop counting),
-- or a published report whose recommendations or roadmap change. Draft edits leave the cache alone.
CREATE CONSTRAINT TRIGGER dashboard_touch_publication AFTER UPDATE ON "SteeringReport"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status
        OR ((OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED')
            AND (OLD.recommendations, OLD.roadmap) IS DISTINCT FROM (NEW.recommendations, NEW.roadmap)))
  EXECUTE FUNCTION dashboard_touch();
