-- Marsad schema 6: monthly aggregates kept by Put, so that a network or a map over months or
-- years reads a few thousand summed rows instead of every event. Keep it in step with
-- store/sqlite/migrations/0006_month_aggregates.sql.
--
-- month is the first day of the event's month (YYYY-MM-01; '' for an event with no date), src
-- and tgt the country-level heads of its actor codes (the first three characters; '' for none).
-- At a million events over eleven years a month holds about a thousand country pairs: a
-- year's network sums some 14,000 rows instead of 90,000 events.
CREATE TABLE IF NOT EXISTS pair_months (
	month TEXT COLLATE "C" NOT NULL,
	src   TEXT COLLATE "C" NOT NULL,
	tgt   TEXT COLLATE "C" NOT NULL,
	n     BIGINT NOT NULL,
	gold  DOUBLE PRECISION NOT NULL,   -- sum of the Goldstein scores
	tone  DOUBLE PRECISION NOT NULL,   -- sum of the tones
	PRIMARY KEY (month, src, tgt)
);
INSERT INTO pair_months (month, src, tgt, n, gold, tone)
	SELECT CASE WHEN day = '' THEN '' ELSE substr(day, 1, 7) || '-01' END, substr(actor1_code, 1, 3),
		substr(actor2_code, 1, 3), COUNT(*), SUM(goldstein), SUM(tone)
	FROM events GROUP BY 1, 2, 3;

-- The events with a place, by month, place and QuadClass.
CREATE TABLE IF NOT EXISTS place_months (
	month    TEXT COLLATE "C" NOT NULL,
	place_pk BIGINT NOT NULL REFERENCES places (pk),
	quad     INTEGER NOT NULL,
	n        BIGINT NOT NULL,
	gold     DOUBLE PRECISION NOT NULL,
	PRIMARY KEY (month, place_pk, quad)
);
INSERT INTO place_months (month, place_pk, quad, n, gold)
	SELECT CASE WHEN day = '' THEN '' ELSE substr(day, 1, 7) || '-01' END, place_pk, quad, COUNT(*), SUM(goldstein)
	FROM events WHERE place_pk IS NOT NULL GROUP BY 1, 2, 3;
