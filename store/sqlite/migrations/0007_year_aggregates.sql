-- Marsad schema 7: the country pairs of pair_months summed by year as well, kept by Put, so
-- that a network over years (the UI opens on the last year of data, the whole store is eleven
-- years of it) reads a thousand rows a year rather than a thousand a month. year is the first
-- day of the year (YYYY-01-01; '' for undated events). Keep it in step with
-- store/postgres/migrations/0007_year_aggregates.sql.
CREATE TABLE IF NOT EXISTS pair_years (
	year  TEXT NOT NULL,
	src   TEXT NOT NULL,
	tgt   TEXT NOT NULL,
	n     INTEGER NOT NULL,
	gold  REAL NOT NULL,
	tone  REAL NOT NULL,
	PRIMARY KEY (year, src, tgt)
) WITHOUT ROWID;
INSERT INTO pair_years (year, src, tgt, n, gold, tone)
	SELECT CASE WHEN month = '' THEN '' ELSE substr(month, 1, 4) || '-01-01' END, src, tgt, SUM(n), SUM(gold), SUM(tone)
	FROM pair_months GROUP BY 1, 2, 3;
