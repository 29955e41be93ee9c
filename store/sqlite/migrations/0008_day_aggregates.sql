-- Marsad schema 8: the country pairs and places of pair_months and place_months summed by day
-- as well, kept by Put, so that the days of partial months at either end of a span — all of a
-- span shorter than a month — come from summed rows (about two events a row at a million
-- events) and a network or a map never reads the events table. Keep it in step with
-- store/postgres/migrations/0008_day_aggregates.sql.
CREATE TABLE IF NOT EXISTS pair_days (
	day   TEXT NOT NULL,   -- the event's date, else its article's ('' for none)
	src   TEXT NOT NULL,
	tgt   TEXT NOT NULL,
	n     INTEGER NOT NULL,
	gold  REAL NOT NULL,
	tone  REAL NOT NULL,
	PRIMARY KEY (day, src, tgt)
) WITHOUT ROWID;
INSERT INTO pair_days (day, src, tgt, n, gold, tone)
	SELECT day, substr(actor1_code, 1, 3), substr(actor2_code, 1, 3), COUNT(*), SUM(goldstein), SUM(tone)
	FROM events GROUP BY 1, 2, 3;

CREATE TABLE IF NOT EXISTS place_days (
	day      TEXT NOT NULL,
	place_pk INTEGER NOT NULL REFERENCES places (pk),
	quad     INTEGER NOT NULL,
	n        INTEGER NOT NULL,
	gold     REAL NOT NULL,
	PRIMARY KEY (day, place_pk, quad)
) WITHOUT ROWID;
INSERT INTO place_days (day, place_pk, quad, n, gold)
	SELECT day, place_pk, quad, COUNT(*), SUM(goldstein) FROM events WHERE place_pk IS NOT NULL GROUP BY 1, 2, 3;
