-- Marsad schema 5 (SQLite): the full-text index in newest-first order. Its rowids become the
-- articles' skey, the date as YYYYMMDD in the high 32 bits and the pk in the low ones, so that
-- a search reads its matches newest first straight from the index, within the date range it
-- asks for, and stops at the page: a word found in most articles no longer means collecting
-- and sorting all of them. (PostgreSQL, whose GIN index has no order, needs no such change.)
ALTER TABLE articles ADD COLUMN skey INTEGER GENERATED ALWAYS AS ((CAST(replace(date, '-', '') AS INTEGER) << 32) | pk) VIRTUAL;
CREATE UNIQUE INDEX IF NOT EXISTS articles_skey ON articles (skey);
DROP TABLE IF EXISTS articles_fts;
CREATE VIRTUAL TABLE articles_fts USING fts5 (
	title, text, content = 'articles', content_rowid = 'skey', tokenize = 'marsad_ar'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
