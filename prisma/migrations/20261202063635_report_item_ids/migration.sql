-- Stable ids for recommendations and roadmap items (lib/reports/item-id.ts): decisions point
-- at them and the "promised vs delivered" trail follows them from month to month.
--
-- Items written before ids existed get one derived from their organization, their list and
-- their title: a new month used to copy the previous month's items with their titles, so the
-- same item in two months gets the same id. A title repeated inside one report gets its rank
-- appended, so ids stay unique within a report. Form: "itm_" + 20 hex characters of md5
-- (lib/seed/item-ids.ts makes the same form). Items that already have an id keep it.
CREATE FUNCTION pg_temp.with_item_ids(items jsonb, org text, list text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(jsonb_agg(
           CASE WHEN jsonb_typeof(e) = 'object' AND NOT (e ? 'id') THEN
             e || jsonb_build_object('id', 'itm_' || substr(md5(
               org || ':' || list || ':' || lower(btrim(COALESCE(e->>'title', ''))) ||
               CASE WHEN rank > 1 THEN ':' || rank::text ELSE '' END), 1, 20))
           ELSE e END
           ORDER BY ord), '[]'::jsonb)
  FROM (
    SELECT e, ord, row_number() OVER (PARTITION BY lower(btrim(COALESCE(e->>'title', ''))) ORDER BY ord) AS rank
    FROM jsonb_array_elements(items) WITH ORDINALITY AS x(e, ord)
  ) s
$$;

UPDATE "SteeringReport"
SET recommendations = pg_temp.with_item_ids(recommendations, "organizationId", 'recommendation')
WHERE jsonb_typeof(recommendations) = 'array' AND jsonb_array_length(recommendations) > 0;

UPDATE "SteeringReport"
SET roadmap = pg_temp.with_item_ids(roadmap, "organizationId", 'roadmap')
WHERE jsonb_typeof(roadmap) = 'array' AND jsonb_array_length(roadmap) > 0;
