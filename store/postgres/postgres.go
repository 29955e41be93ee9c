// Package postgres is Marsad's server store: a marsad.Store in a PostgreSQL database shared by
// many users, over github.com/jackc/pgx/v5 and its pgxpool.
//
// It has the same schema meaning as store/sqlite, created and upgraded by its own versioned
// migrations (migrations/*.sql, embedded, recorded in schema_version, serialised by an advisory
// lock), and answers every query the same way: both stores pass store/storetest. Arabic search
// indexes the keys computed in Go by the same analysis as SQLite's tokenizer, stored as a
// tsvector with the 'simple' configuration under a GIN index.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"marsad"
	"marsad/store/internal/sqlcore"
	"marsad/store/internal/textsearch"
)

//go:embed migrations/*.sql
var migrations embed.FS

// DB is a Marsad store in a PostgreSQL database. It is safe for concurrent use.
type DB struct {
	sqlcore.Store
	pool    *pgxpool.Pool
	version int
}

var (
	_ marsad.Store      = (*DB)(nil)
	_ marsad.BulkPutter = (*DB)(nil)
)

// migrationLockID is the advisory lock key that serialises migrations ("marsad" in ASCII).
const migrationLockID = 0x6d61727361640001

var dialect = sqlcore.Dialect{
	Name:   "postgres",
	Dollar: true,
	Match: func(q textsearch.Query) (string, any) {
		return "a.search @@ ?::tsquery", q.TSQuery()
	},
	Index: func(ctx context.Context, tx sqlcore.Conn, pk int64, title, text string) error {
		return tx.Exec(ctx, `UPDATE articles SET search = $1::tsvector WHERE pk = $2`, textsearch.TSVector(title, text), pk)
	},
	MigrationLock: fmt.Sprintf("SELECT pg_advisory_xact_lock(%d)", migrationLockID),
}

// Open connects to the database named by dsn (a postgres:// URL or key=value string, as pgx
// reads it) and brings its schema up to date.
func Open(ctx context.Context, dsn string) (*DB, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("postgres: open: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: open %s: %w", cfg.ConnConfig.Host, err)
	}
	ms, err := sqlcore.LoadMigrations(migrations, "migrations")
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("postgres: %w", err)
	}
	s := &DB{pool: pool, Store: sqlcore.Store{DB: poolDB{pool}, D: &dialect}}
	s.version, err = sqlcore.Migrate(ctx, s.Store.DB, &dialect, ms)
	if err != nil {
		pool.Close()
		return nil, err
	}
	if err := s.SyncIndex(ctx, s.ReindexEach); err != nil {
		pool.Close()
		return nil, err
	}
	slog.Debug("postgres store open", "host", cfg.ConnConfig.Host, "database", cfg.ConnConfig.Database, "schema", s.version)
	return s, nil
}

// SchemaVersion is the migration version the database is at.
func (s *DB) SchemaVersion() int { return s.version }

// Pool is the connection pool, for callers that need to run their own statements.
func (s *DB) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *DB) Close() error {
	s.pool.Close()
	return nil
}

// poolDB adapts pgxpool to sqlcore.DB.
type poolDB struct{ p *pgxpool.Pool }

func (d poolDB) Exec(ctx context.Context, q string, args ...any) error {
	_, err := d.p.Exec(ctx, q, args...)
	return err
}

func (d poolDB) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	rows, err := d.p.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

func (d poolDB) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{d.p.QueryRow(ctx, q, args...)}
}

func (d poolDB) Begin(ctx context.Context) (sqlcore.Tx, error) {
	tx, err := d.p.Begin(ctx)
	if err != nil {
		return nil, err
	}
	return txConn{tx}, nil
}

type txConn struct{ tx pgx.Tx }

func (t txConn) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.tx.Exec(ctx, q, args...)
	return err
}

func (t txConn) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	rows, err := t.tx.Query(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return rows, nil
}

func (t txConn) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	return row{t.tx.QueryRow(ctx, q, args...)}
}

func (t txConn) Commit(ctx context.Context) error   { return t.tx.Commit(ctx) }
func (t txConn) Rollback(ctx context.Context) error { return t.tx.Rollback(ctx) }

type row struct{ r pgx.Row }

func (r row) Scan(dest ...any) error {
	err := r.r.Scan(dest...)
	if errors.Is(err, pgx.ErrNoRows) {
		return sqlcore.ErrNoRows
	}
	return err
}
