// Package sqlite is Marsad's embedded store: a marsad.Store in one SQLite file, over the pure-Go
// github.com/ncruces/go-sqlite3, needing no setup and no server.
//
// The database runs in WAL mode with a busy timeout and foreign keys on; its schema is created
// and upgraded by the versioned migrations embedded from migrations/*.sql, recorded in the
// schema_version table. Arabic full-text search is an FTS5 index whose tokenizer, "marsad_ar",
// is written in Go and indexes every word under its folded form and its clitic-free stems, so
// that a search for الرئيس finds والرئيس, للرئيس and برئيس.
package sqlite

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/ncruces/go-sqlite3"
	"github.com/ncruces/go-sqlite3/driver"
	"github.com/ncruces/go-sqlite3/ext/fts5"

	"marsad"
	"marsad/store/internal/sqlcore"
	"marsad/store/internal/textsearch"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a Marsad store in a SQLite database. It is safe for concurrent use.
type DB struct {
	sqlcore.Store
	db      *sql.DB
	version int
	puts    atomic.Int64 // articles inserted since open, to refresh the planner's statistics
}

// OptimizeEvery is how many inserted articles make the store refresh the query planner's
// statistics (PRAGMA optimize), so that it keeps choosing good plans as the data grows.
const OptimizeEvery = 500

var (
	_ marsad.Store      = (*DB)(nil)
	_ marsad.BulkPutter = (*DB)(nil)
)

// MaxConns bounds the connections a file store opens.
const MaxConns = 8

// CacheKiB is the page cache, in KiB, of each connection to a file store (SQLite's default is
// 2 MiB): the upper levels of the event indexes and the aggregates of a million events stay
// in memory instead of being read again, a page at a time, by every query. MaxConns of them
// bound what the caches can take.
const CacheKiB = 24 << 10

// BulkCacheKiB is the page cache, in KiB, of a connection that has run PutMany.
const BulkCacheKiB = 128 << 10

// BusyTimeout is how long, in milliseconds, a connection waits for another writer's lock.
const BusyTimeout = 10000

var dialect = sqlcore.Dialect{
	Name: "sqlite",
	Match: func(q textsearch.Query) (string, any) {
		return "a.skey IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", q.FTS5()
	},
	KeyedSearch: true,
	DayIndex:    " INDEXED BY events_day_cover",
	Index: func(ctx context.Context, tx sqlcore.Conn, pk int64, _, _ string) error {
		return tx.Exec(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT skey, title, text FROM articles WHERE pk = ?`, pk)
	},
	// one statement indexes a batch: FTS5 writes its pending terms to disk at every statement
	// that writes to it, and a batch of small segments would have to be merged again
	IndexMany: func(ctx context.Context, tx sqlcore.Conn, pks []int64) error {
		for len(pks) > 0 {
			n := min(len(pks), 500)
			args := make([]any, n)
			for i, pk := range pks[:n] {
				args[i] = pk
			}
			err := tx.Exec(ctx, `INSERT INTO articles_fts (rowid, title, text) SELECT skey, title, text FROM articles
				WHERE pk IN (?`+strings.Repeat(", ?", n-1)+`)`, args...)
			if err != nil {
				return err
			}
			pks = pks[n:]
		}
		return nil
	},
	// a bulk writer keeps up to BulkCacheKiB of pages: a batch touches pages all over the
	// event indexes, and a page spilled before the commit is written twice
	Bulk: fmt.Sprintf("PRAGMA cache_size = -%d", BulkCacheKiB),
}

// Open opens (creating it if needed) the store at path and brings its schema up to date. The
// path ":memory:" gives a private in-memory database, for tests.
func Open(ctx context.Context, path string) (*DB, error) {
	dsn, err := dataSource(path)
	if err != nil {
		return nil, err
	}
	db, err := driver.Open(dsn, initConn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if path == ":memory:" || path == "" {
		// every connection to :memory: is a database of its own: keep one
		db.SetMaxOpenConns(1)
	} else {
		// readers run beside the one writer (WAL); each connection is a whole SQLite
		// instance, so their number is bounded
		db.SetMaxOpenConns(MaxConns)
		db.SetMaxIdleConns(MaxConns)
	}
	ms, err := sqlcore.LoadMigrations(migrations, "migrations")
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("sqlite: %w", err)
	}
	s := &DB{db: db, Store: sqlcore.Store{DB: sqlcore.NewSQLDB(db), D: &dialect}}
	s.version, err = sqlcore.Migrate(ctx, s.Store.DB, &dialect, ms)
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	err = s.SyncIndex(ctx, func(ctx context.Context, tx sqlcore.Conn) error {
		return tx.Exec(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')`)
	})
	if err != nil {
		_ = db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if err := s.buildDeferred(ctx); err != nil { // a bulk load cut short
		_ = db.Close()
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.optimize(ctx)
	slog.Debug("sqlite store open", "path", path, "schema", s.version)
	return s, nil
}

// optimize refreshes the planner's statistics where they are missing or stale (SQLite decides:
// a table is analysed again once it has grown many times over, so the cost stays proportional
// to the data). Without them SQLite cannot tell a selective filter from one that matches half
// the events: an actor filter over 100,000 events took 40 times longer with an index-driven
// plan than with the date-ordered scan that the statistics lead it to.
func (s *DB) optimize(ctx context.Context) {
	if _, err := s.db.ExecContext(ctx, `PRAGMA optimize = 0x10002`); err != nil {
		slog.Warn("sqlite: optimize", "err", err)
	}
}

// Put implements marsad.Store (see sqlcore.Store.Put), refreshing statistics now and then.
func (s *DB) Put(ctx context.Context, a *marsad.Analysis) (marsad.PutResult, error) {
	res, err := s.Store.Put(ctx, a)
	if err == nil && res.Inserted && s.puts.Add(1)%OptimizeEvery == 0 {
		s.optimize(ctx)
	}
	return res, err
}

// PutMany implements marsad.BulkPutter (see sqlcore.Store.PutMany), refreshing statistics now
// and then.
func (s *DB) PutMany(ctx context.Context, as []*marsad.Analysis) ([]marsad.PutResult, error) {
	res, err := s.Store.PutMany(ctx, as)
	n := int64(0)
	for _, r := range res {
		if r.Inserted {
			n++
		}
	}
	if after := s.puts.Add(n); n > 0 && after/OptimizeEvery != (after-n)/OptimizeEvery {
		s.optimize(ctx)
	}
	return res, err
}

// dataSource turns a path into the driver's URI with the pragmas every connection needs.
func dataSource(path string) (string, error) {
	if strings.ContainsAny(path, "?#") {
		return "", fmt.Errorf("sqlite: open %q: path may not hold ? or #", path)
	}
	params := url.Values{}
	params.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", BusyTimeout))
	params.Add("_pragma", "foreign_keys(1)")
	// statement journals and sorts in memory, not in temporary files
	params.Add("_pragma", "temp_store(memory)")
	params.Set("_txlock", "immediate")
	if path == ":memory:" || path == "" {
		return "file::memory:?" + params.Encode(), nil
	}
	params.Add("_pragma", fmt.Sprintf("cache_size(-%d)", CacheKiB))
	params.Add("_pragma", "journal_mode(wal)")
	params.Add("_pragma", "synchronous(normal)")
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath(), RawQuery: params.Encode()}
	return u.String(), nil
}

// initConn registers the FTS5 extension and the Arabic tokenizer on every new connection.
func initConn(c *sqlite3.Conn) error {
	return fts5.RegisterCustom(c, func(api *fts5.API) error {
		return api.CreateTokenizer(TokenizerName, func(args []string) (fts5.Tokenizer, error) {
			if len(args) > 0 {
				return nil, errors.New("marsad_ar takes no arguments")
			}
			return tokenizer{}, nil
		})
	})
}

// SchemaVersion is the migration version the database is at.
func (s *DB) SchemaVersion() int { return s.version }

// Close closes the database.
func (s *DB) Close() error {
	s.optimize(context.Background())
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite: close: %w", err)
	}
	return nil
}
