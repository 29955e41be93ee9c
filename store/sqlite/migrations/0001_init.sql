-- Marsad schema, version 1 (SQLite). The PostgreSQL schema in store/postgres/migrations has
-- the same tables and columns; keep them in step.

CREATE TABLE IF NOT EXISTS articles (
	pk         INTEGER PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	url        TEXT NOT NULL DEFAULT '',
	source     TEXT NOT NULL DEFAULT '',           -- outlet
	title      TEXT NOT NULL DEFAULT '',
	date       TEXT NOT NULL DEFAULT '',           -- YYYY-MM-DD or ''
	language   TEXT NOT NULL DEFAULT 'ar',
	hash       TEXT NOT NULL UNIQUE,               -- SHA-256 of text: ingest is idempotent by it
	tone       REAL,                               -- Tone.Tone, NULL when not scored
	shape      INTEGER NOT NULL DEFAULT 0,         -- bit i: list i (sentences, entities, events, quotes) was non-nil
	created    TEXT NOT NULL,                      -- RFC 3339 UTC
	tone_json  TEXT NOT NULL DEFAULT 'null',
	warnings_json TEXT NOT NULL DEFAULT 'null',
	-- the long columns last: SQLite reads a row's columns in order
	text       TEXT NOT NULL,
	tokens_json   TEXT NOT NULL DEFAULT 'null'
);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date DESC, id);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source, date DESC, id);

CREATE TABLE IF NOT EXISTS sentences (
	article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	tone       REAL,
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);

CREATE TABLE IF NOT EXISTS actors (
	code     TEXT PRIMARY KEY,                     -- CAMEO actor code
	name     TEXT NOT NULL DEFAULT '',
	country  TEXT NOT NULL DEFAULT '',
	kind     TEXT NOT NULL DEFAULT '',
	wikidata TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS places (
	pk        INTEGER PRIMARY KEY,
	key       TEXT NOT NULL UNIQUE,                -- wikidata id, or name|country|admin1|lat|lon
	name      TEXT NOT NULL DEFAULT '',
	name_ar   TEXT NOT NULL DEFAULT '',
	country   TEXT NOT NULL DEFAULT '',
	admin1    TEXT NOT NULL DEFAULT '',
	lat       REAL NOT NULL DEFAULT 0,
	lon       REAL NOT NULL DEFAULT 0,
	wikidata  TEXT NOT NULL DEFAULT '',
	precision TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS entities (
	article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	origin     TEXT NOT NULL DEFAULT '',
	actor_code TEXT REFERENCES actors (code),
	actor_name TEXT NOT NULL DEFAULT '',
	actor_wikidata TEXT NOT NULL DEFAULT '',
	actor_json TEXT NOT NULL DEFAULT 'null',      -- the full ActorRef (with the dated role)
	place_pk   INTEGER REFERENCES places (pk),
	place_json TEXT NOT NULL DEFAULT 'null',      -- the full Place (with the mention span)
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX IF NOT EXISTS entities_actor ON entities (actor_code);

CREATE TABLE IF NOT EXISTS events (
	pk            INTEGER PRIMARY KEY,
	article_pk    INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	article_id    TEXT NOT NULL,                   -- the article's id, date and outlet, copied
	article_date  TEXT NOT NULL DEFAULT '',         -- so that event queries need no join
	outlet        TEXT NOT NULL DEFAULT '',
	idx           INTEGER NOT NULL,
	code          TEXT NOT NULL,                   -- CAMEO event code
	base          TEXT NOT NULL DEFAULT '',
	root          TEXT NOT NULL DEFAULT '',
	name          TEXT NOT NULL DEFAULT '',
	quad          INTEGER NOT NULL CHECK (quad BETWEEN 0 AND 4),
	goldstein     REAL NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
	plover        TEXT NOT NULL DEFAULT '',
	plover_mode   TEXT NOT NULL DEFAULT '',
	actor1_code    TEXT NOT NULL DEFAULT '',       -- source, as in GDELT's Actor1*
	actor1_name    TEXT NOT NULL DEFAULT '',
	actor1_country TEXT NOT NULL DEFAULT '',
	actor1_type    TEXT NOT NULL DEFAULT '',
	actor2_code    TEXT NOT NULL DEFAULT '',       -- target
	actor2_name    TEXT NOT NULL DEFAULT '',
	actor2_country TEXT NOT NULL DEFAULT '',
	actor2_type    TEXT NOT NULL DEFAULT '',
	place_pk         INTEGER REFERENCES places (pk),
	location_name    TEXT NOT NULL DEFAULT '',
	location_name_ar TEXT NOT NULL DEFAULT '',
	location_country TEXT NOT NULL DEFAULT '',
	location_admin1  TEXT NOT NULL DEFAULT '',
	lat              REAL,
	lon              REAL,
	modality      TEXT NOT NULL DEFAULT '',
	event_date    TEXT NOT NULL DEFAULT '',
	date_text     TEXT NOT NULL DEFAULT '',
	day           TEXT NOT NULL DEFAULT '',        -- event_date, else the article date: what date filters use
	sentence      INTEGER NOT NULL DEFAULT 0,
	evidence_start INTEGER NOT NULL,
	evidence_end   INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL DEFAULT '',
	trigger_start  INTEGER NOT NULL DEFAULT 0,
	trigger_end    INTEGER NOT NULL DEFAULT 0,
	mentions      INTEGER NOT NULL DEFAULT 0,
	is_root       INTEGER NOT NULL DEFAULT 0,
	rule          TEXT NOT NULL DEFAULT '',
	confidence    REAL NOT NULL DEFAULT 0,
	tone          REAL NOT NULL DEFAULT 0,
	UNIQUE (article_pk, idx),
	CHECK (0 <= evidence_start AND evidence_start <= evidence_end)
);
-- the order of event listings, newest day first; it also serves date-range filters
CREATE INDEX IF NOT EXISTS events_order ON events (day DESC, article_id, idx);
CREATE INDEX IF NOT EXISTS events_outlet ON events (outlet, day);
CREATE INDEX IF NOT EXISTS events_actor1 ON events (actor1_code, day);
CREATE INDEX IF NOT EXISTS events_actor2 ON events (actor2_code, day);
CREATE INDEX IF NOT EXISTS events_code ON events (code, day);
CREATE INDEX IF NOT EXISTS events_country ON events (location_country);
CREATE INDEX IF NOT EXISTS events_place ON events (place_pk);

-- What an event holds beyond the columns above, kept apart so that scans of events stay narrow.
CREATE TABLE IF NOT EXISTS event_details (
	event_pk    INTEGER PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
	plover_context_json TEXT NOT NULL DEFAULT 'null',
	source_json      TEXT NOT NULL DEFAULT 'null', -- the full participants
	target_json      TEXT NOT NULL DEFAULT 'null',
	actors_json      TEXT NOT NULL DEFAULT 'null',
	reported_by_json TEXT NOT NULL DEFAULT 'null',
	location_json    TEXT NOT NULL DEFAULT 'null'  -- the full Place, with the mention span
);

CREATE TABLE IF NOT EXISTS event_mentions (
	event_pk   INTEGER NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
	article_pk INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	sentence   INTEGER NOT NULL DEFAULT -1,        -- the sentence holding the span, -1 if none
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (event_pk, idx),
	CHECK (0 <= start AND start <= "end")
);

CREATE TABLE IF NOT EXISTS quotes (
	article_pk   INTEGER NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx          INTEGER NOT NULL,
	text         TEXT NOT NULL,
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	verb         TEXT NOT NULL DEFAULT '',
	speaker_code TEXT NOT NULL DEFAULT '',
	speaker_name TEXT NOT NULL DEFAULT '',
	speaker_json TEXT NOT NULL DEFAULT 'null',
	direct       INTEGER NOT NULL DEFAULT 0,
	sentence     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_code);

-- Full-text index over title and text, tokenised by the Go tokenizer "marsad_ar"
-- (store/sqlite/tokenizer.go): every word under its folded form and clitic-free stems.
CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (
	title, text, content = 'articles', content_rowid = 'pk', tokenize = 'marsad_ar'
);
