-- Facts about the database itself. "analyzer" names the text analysis the search index was
-- built with (textsearch.Version); the store rebuilds the index when it changes.
CREATE TABLE IF NOT EXISTS meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
