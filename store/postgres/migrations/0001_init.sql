-- Marsad schema, version 1 (PostgreSQL). The SQLite schema in store/sqlite/migrations has the
-- same tables and columns; keep them in step. Codes compare byte-wise (COLLATE "C") so that
-- prefix ranges and orderings agree with SQLite's.

CREATE TABLE IF NOT EXISTS articles (
	pk         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	id         TEXT COLLATE "C" NOT NULL UNIQUE,
	url        TEXT NOT NULL DEFAULT '',
	source     TEXT COLLATE "C" NOT NULL DEFAULT '',           -- outlet
	title      TEXT COLLATE "C" NOT NULL DEFAULT '',
	date       TEXT COLLATE "C" NOT NULL DEFAULT '',           -- YYYY-MM-DD or ''
	language   TEXT NOT NULL DEFAULT 'ar',
	hash       TEXT COLLATE "C" NOT NULL UNIQUE,               -- SHA-256 of text: ingest is idempotent by it
	tone       DOUBLE PRECISION,                               -- Tone.Tone, NULL when not scored
	shape      INTEGER NOT NULL DEFAULT 0,         -- bit i: list i (sentences, entities, events, quotes) was non-nil
	created    TEXT NOT NULL,                      -- RFC 3339 UTC
	tone_json  TEXT NOT NULL DEFAULT 'null',
	warnings_json TEXT NOT NULL DEFAULT 'null',
	text       TEXT NOT NULL,
	tokens_json   TEXT NOT NULL DEFAULT 'null'
);
CREATE INDEX IF NOT EXISTS articles_date ON articles (date DESC, id);
CREATE INDEX IF NOT EXISTS articles_source ON articles (source, date DESC, id);

CREATE TABLE IF NOT EXISTS sentences (
	article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	tone       DOUBLE PRECISION,
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);

CREATE TABLE IF NOT EXISTS actors (
	code     TEXT COLLATE "C" PRIMARY KEY,                     -- CAMEO actor code
	name     TEXT COLLATE "C" NOT NULL DEFAULT '',
	country  TEXT COLLATE "C" NOT NULL DEFAULT '',
	kind     TEXT NOT NULL DEFAULT '',
	wikidata TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS places (
	pk        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	key       TEXT COLLATE "C" NOT NULL UNIQUE,                -- wikidata id, or name|country|admin1|lat|lon
	name      TEXT COLLATE "C" NOT NULL DEFAULT '',
	name_ar   TEXT COLLATE "C" NOT NULL DEFAULT '',
	country   TEXT COLLATE "C" NOT NULL DEFAULT '',
	admin1    TEXT COLLATE "C" NOT NULL DEFAULT '',
	lat       DOUBLE PRECISION NOT NULL DEFAULT 0,
	lon       DOUBLE PRECISION NOT NULL DEFAULT 0,
	wikidata  TEXT NOT NULL DEFAULT '',
	precision TEXT NOT NULL DEFAULT ''
);

CREATE TABLE IF NOT EXISTS entities (
	article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	text       TEXT NOT NULL,
	type       TEXT NOT NULL,
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	origin     TEXT NOT NULL DEFAULT '',
	actor_code TEXT COLLATE "C" REFERENCES actors (code),
	actor_name TEXT NOT NULL DEFAULT '',
	actor_wikidata TEXT NOT NULL DEFAULT '',
	actor_json TEXT NOT NULL DEFAULT 'null',      -- the full ActorRef (with the dated role)
	place_pk   BIGINT REFERENCES places (pk),
	place_json TEXT NOT NULL DEFAULT 'null',      -- the full Place (with the mention span)
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX IF NOT EXISTS entities_actor ON entities (actor_code);

CREATE TABLE IF NOT EXISTS events (
	pk            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
	article_pk    BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	article_id    TEXT COLLATE "C" NOT NULL,       -- the article's id, date and outlet, copied
	article_date  TEXT COLLATE "C" NOT NULL DEFAULT '', -- so that event queries need no join
	outlet        TEXT COLLATE "C" NOT NULL DEFAULT '',
	idx           INTEGER NOT NULL,
	code          TEXT COLLATE "C" NOT NULL,                   -- CAMEO event code
	base          TEXT COLLATE "C" NOT NULL DEFAULT '',
	root          TEXT COLLATE "C" NOT NULL DEFAULT '',
	name          TEXT COLLATE "C" NOT NULL DEFAULT '',
	quad          INTEGER NOT NULL CHECK (quad BETWEEN 0 AND 4),
	goldstein     DOUBLE PRECISION NOT NULL CHECK (goldstein BETWEEN -10 AND 10),
	plover        TEXT COLLATE "C" NOT NULL DEFAULT '',
	plover_mode   TEXT NOT NULL DEFAULT '',
	actor1_code    TEXT COLLATE "C" NOT NULL DEFAULT '',       -- source, as in GDELT's Actor1*
	actor1_name    TEXT NOT NULL DEFAULT '',
	actor1_country TEXT NOT NULL DEFAULT '',
	actor1_type    TEXT NOT NULL DEFAULT '',
	actor2_code    TEXT COLLATE "C" NOT NULL DEFAULT '',       -- target
	actor2_name    TEXT NOT NULL DEFAULT '',
	actor2_country TEXT NOT NULL DEFAULT '',
	actor2_type    TEXT NOT NULL DEFAULT '',
	place_pk         BIGINT REFERENCES places (pk),
	location_name    TEXT COLLATE "C" NOT NULL DEFAULT '',
	location_name_ar TEXT COLLATE "C" NOT NULL DEFAULT '',
	location_country TEXT COLLATE "C" NOT NULL DEFAULT '',
	location_admin1  TEXT COLLATE "C" NOT NULL DEFAULT '',
	lat              DOUBLE PRECISION,
	lon              DOUBLE PRECISION,
	modality      TEXT COLLATE "C" NOT NULL DEFAULT '',
	event_date    TEXT NOT NULL DEFAULT '',
	date_text     TEXT NOT NULL DEFAULT '',
	day           TEXT COLLATE "C" NOT NULL DEFAULT '',        -- event_date, else the article date: what date filters use
	sentence      INTEGER NOT NULL DEFAULT 0,
	evidence_start INTEGER NOT NULL,
	evidence_end   INTEGER NOT NULL,
	trigger_text   TEXT NOT NULL DEFAULT '',
	trigger_start  INTEGER NOT NULL DEFAULT 0,
	trigger_end    INTEGER NOT NULL DEFAULT 0,
	mentions      INTEGER NOT NULL DEFAULT 0,
	is_root       BOOLEAN NOT NULL DEFAULT FALSE,
	rule          TEXT NOT NULL DEFAULT '',
	confidence    DOUBLE PRECISION NOT NULL DEFAULT 0,
	tone          DOUBLE PRECISION NOT NULL DEFAULT 0,
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
	event_pk    BIGINT PRIMARY KEY REFERENCES events (pk) ON DELETE CASCADE,
	plover_context_json TEXT NOT NULL DEFAULT 'null',
	source_json      TEXT NOT NULL DEFAULT 'null', -- the full participants
	target_json      TEXT NOT NULL DEFAULT 'null',
	actors_json      TEXT NOT NULL DEFAULT 'null',
	reported_by_json TEXT NOT NULL DEFAULT 'null',
	location_json    TEXT NOT NULL DEFAULT 'null'  -- the full Place, with the mention span
);

CREATE TABLE IF NOT EXISTS event_mentions (
	event_pk   BIGINT NOT NULL REFERENCES events (pk) ON DELETE CASCADE,
	article_pk BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx        INTEGER NOT NULL,
	sentence   INTEGER NOT NULL DEFAULT -1,        -- the sentence holding the span, -1 if none
	start      INTEGER NOT NULL,
	"end"      INTEGER NOT NULL,
	PRIMARY KEY (event_pk, idx),
	CHECK (0 <= start AND start <= "end")
);

CREATE TABLE IF NOT EXISTS quotes (
	article_pk   BIGINT NOT NULL REFERENCES articles (pk) ON DELETE CASCADE,
	idx          INTEGER NOT NULL,
	text         TEXT NOT NULL,
	start        INTEGER NOT NULL,
	"end"        INTEGER NOT NULL,
	verb         TEXT NOT NULL DEFAULT '',
	speaker_code TEXT COLLATE "C" NOT NULL DEFAULT '',
	speaker_name TEXT NOT NULL DEFAULT '',
	speaker_json TEXT NOT NULL DEFAULT 'null',
	direct       BOOLEAN NOT NULL DEFAULT FALSE,
	sentence     INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (article_pk, idx),
	CHECK (0 <= start AND start <= "end")
);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes (speaker_code);

-- Full-text index: the analysed keys of title and text (computed in Go by
-- store/internal/textsearch, the same as SQLite's tokenizer), as a 'simple' tsvector.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS search TSVECTOR NOT NULL DEFAULT ''::tsvector;
CREATE INDEX IF NOT EXISTS articles_search ON articles USING GIN (search);
