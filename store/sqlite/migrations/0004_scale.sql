-- Marsad schema 4: what keeps queries fast at millions of events. Keep it in step with
-- store/postgres/migrations/0004_scale.sql.
--
-- Counts kept up to date by every Put, so that Stats and an unfiltered event count read a few
-- rows instead of counting millions.
CREATE TABLE IF NOT EXISTS counts (
	key TEXT PRIMARY KEY,                -- articles, sentences, entities, events, quotes, quad1…quad4
	n   INTEGER NOT NULL DEFAULT 0
);
INSERT INTO counts (key, n) SELECT 'articles', COUNT(*) FROM articles;
INSERT INTO counts (key, n) SELECT 'sentences', COUNT(*) FROM sentences;
INSERT INTO counts (key, n) SELECT 'entities', COUNT(*) FROM entities;
INSERT INTO counts (key, n) SELECT 'events', COUNT(*) FROM events;
INSERT INTO counts (key, n) SELECT 'quotes', COUNT(*) FROM quotes;
INSERT INTO counts (key, n) SELECT 'quad' || quad, COUNT(*) FROM events WHERE quad BETWEEN 1 AND 4 GROUP BY quad;

-- The outlets with their numbers of articles.
CREATE TABLE IF NOT EXISTS outlets (
	source   TEXT PRIMARY KEY,
	articles INTEGER NOT NULL DEFAULT 0
);
INSERT INTO outlets (source, articles) SELECT source, COUNT(*) FROM articles GROUP BY source;

-- Country-level actors (the first three characters of a CAMEO actor code: USA, IGO, …) and
-- event roots (the first two digits of a CAMEO code) are what the UI filters by. Indexed as
-- expressions, in the listing order, they give "newest first" pages of an actor's events by
-- reading the page and no more, and a dyad's events by reading only them.
CREATE INDEX IF NOT EXISTS events_src_cc ON events (substr(actor1_code, 1, 3), day DESC, article_id, idx, actor1_code);
CREATE INDEX IF NOT EXISTS events_tgt_cc ON events (substr(actor2_code, 1, 3), day DESC, article_id, idx, actor2_code);
CREATE INDEX IF NOT EXISTS events_dyad_cc ON events (substr(actor1_code, 1, 3), substr(actor2_code, 1, 3), day);
CREATE INDEX IF NOT EXISTS events_root ON events (substr(code, 1, 2), day DESC, article_id, idx);
-- Aggregates over a span of days (network, places, time lines) read this index alone.
CREATE INDEX IF NOT EXISTS events_day_cover ON events (day, actor1_code, actor2_code, quad, goldstein, tone, place_pk);
-- Served better by the indexes above: whole-store pairs come from events_day_cover, and
-- QuadClass alone selects a quarter of the events, which the listing order reads fastest.
DROP INDEX IF EXISTS events_pairs;
DROP INDEX IF EXISTS events_quad;
