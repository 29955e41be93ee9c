-- Marsad schema 9: event filters that the UI offers, indexed in the listing order (newest day
-- first, then article and position), so that a page of them reads the page instead of sorting
-- every matching event, and a capped count reads no more than it counts. Found by the query
-- plan test (store/sqlite/plan_test.go). Keep it in step with
-- store/sqlite/migrations/0009_listing_indexes.sql.
DROP INDEX IF EXISTS events_country;
CREATE INDEX IF NOT EXISTS events_country ON events (location_country, day DESC, article_id, idx);
CREATE INDEX IF NOT EXISTS events_modality ON events (modality, day DESC, article_id, idx);
