// Package sqlcore is the SQL shared by Marsad's stores: ingest, queries and aggregates written
// once in the SQL that SQLite and PostgreSQL both speak, over a small connection interface that
// each backend adapts (database/sql for SQLite, pgx for PostgreSQL). What differs between the
// backends — placeholders, full-text matching, migrations locking — is a Dialect.
//
// Every statement is a constant string with ? placeholders; user input only ever travels as
// parameters.
package sqlcore

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
	"sync"

	"marsad/store/internal/textsearch"
)

// ErrNoRows is returned by Row.Scan when the query selected nothing.
var ErrNoRows = errors.New("no rows")

// Rows iterates over query results.
type Rows interface {
	Next() bool
	Scan(dest ...any) error
	Err() error
	Close()
}

// Row is a single-row result; Scan returns ErrNoRows when there is none.
type Row interface {
	Scan(dest ...any) error
}

// Conn runs statements: a pool or a transaction.
type Conn interface {
	Exec(ctx context.Context, query string, args ...any) error
	Query(ctx context.Context, query string, args ...any) (Rows, error)
	QueryRow(ctx context.Context, query string, args ...any) Row
}

// Tx is a transaction.
type Tx interface {
	Conn
	Commit(ctx context.Context) error
	Rollback(ctx context.Context) error
}

// DB is a connection pool that can begin transactions.
type DB interface {
	Conn
	Begin(ctx context.Context) (Tx, error)
}

// Dialect is what differs between the backends.
type Dialect struct {
	// Name prefixes error messages ("sqlite", "postgres").
	Name string
	// Dollar numbers placeholders $1, $2, … instead of ?.
	Dollar bool
	// Match returns a condition on the article alias a that holds when the article matches the
	// search query, with ? for its one argument, and that argument.
	Match func(q textsearch.Query) (cond string, arg any)
	// Index indexes a stored article's title and text for search, inside the Put transaction.
	Index func(ctx context.Context, tx Conn, pk int64, title, text string) error
	// IndexMany, if set, indexes in one go the articles of a PutMany transaction (their pks),
	// instead of Index on each.
	IndexMany func(ctx context.Context, tx Conn, pks []int64) error
	// KeyedSearch says that the full-text index articles_fts (FTS5) is keyed by the articles'
	// skey, YYYYMMDD of the date << 32 | pk, so that its rowid order is newest first: a search
	// walks it down from the newest key in its date range and stops at the page (see
	// Store.keyedSearch) instead of collecting every match and sorting them.
	KeyedSearch bool
	// DayIndex, if set, follows "FROM events e" in the aggregates over a span of days, naming
	// the covering index that holds every column they read in day order (SQLite's planner
	// otherwise prefers a skip-scan of an actor index, reading every country pair's range).
	DayIndex string
	// Bulk, if set, is run first in every PutMany transaction (SQLite: a larger page cache for
	// the connection, so that a batch's index pages stay in memory until its commit).
	Bulk string
	// MigrationLock, if set, is run first in every migration transaction to serialise
	// concurrent migrations.
	MigrationLock string
}

// rebind rewrites ? placeholders for the dialect.
func (d *Dialect) rebind(q string) string {
	if !d.Dollar {
		return q
	}
	var sb strings.Builder
	sb.Grow(len(q) + 16)
	n := 0
	for i := 0; i < len(q); i++ {
		if q[i] == '?' {
			n++
			sb.WriteByte('$')
			sb.WriteString(strconv.Itoa(n))
			continue
		}
		sb.WriteByte(q[i])
	}
	return sb.String()
}

// SQLDB adapts a database/sql pool. Made by NewSQLDB, it keeps the statements it runs with
// arguments prepared (database/sql prepares each on a connection the first time it runs
// there), so that a query does not pay for parsing and planning its SQL again: at a million
// events a tenth of the server's time went to preparing the same few dozen statements.
type SQLDB struct {
	*sql.DB
	stmts *stmtCache
}

// NewSQLDB adapts db, with a cache of prepared statements.
func NewSQLDB(db *sql.DB) SQLDB {
	return SQLDB{DB: db, stmts: &stmtCache{m: map[string]*sql.Stmt{}}}
}

// maxCachedStmts bounds the statements a pool keeps prepared: the queries are built from a
// few fixed parts, but the number of placeholders of an IN list varies with the page.
const maxCachedStmts = 512

type stmtCache struct {
	mu sync.Mutex
	m  map[string]*sql.Stmt
}

// stmt returns the prepared statement for q, or nil to run q directly: without arguments, or
// once the cache is full.
func (d SQLDB) stmt(ctx context.Context, q string, args []any) (*sql.Stmt, error) {
	if d.stmts == nil || len(args) == 0 {
		return nil, nil
	}
	d.stmts.mu.Lock()
	st, ok := d.stmts.m[q]
	full := len(d.stmts.m) >= maxCachedStmts
	d.stmts.mu.Unlock()
	if ok || full {
		return st, nil
	}
	st, err := d.DB.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	d.stmts.mu.Lock()
	defer d.stmts.mu.Unlock()
	if have, ok := d.stmts.m[q]; ok { // prepared meanwhile by another query
		_ = st.Close()
		return have, nil
	}
	d.stmts.m[q] = st
	return st, nil
}

// Exec implements Conn.
func (d SQLDB) Exec(ctx context.Context, q string, args ...any) error {
	st, err := d.stmt(ctx, q, args)
	if err != nil {
		return err
	}
	if st != nil {
		_, err = st.ExecContext(ctx, args...)
	} else {
		_, err = d.DB.ExecContext(ctx, q, args...)
	}
	return err
}

// Query implements Conn.
func (d SQLDB) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	st, err := d.stmt(ctx, q, args)
	if err != nil {
		return nil, err
	}
	var rows *sql.Rows
	if st != nil {
		rows, err = st.QueryContext(ctx, args...)
	} else {
		rows, err = d.DB.QueryContext(ctx, q, args...)
	}
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// QueryRow implements Conn.
func (d SQLDB) QueryRow(ctx context.Context, q string, args ...any) Row {
	st, err := d.stmt(ctx, q, args)
	if err != nil {
		return errRow{err}
	}
	if st != nil {
		return sqlRow{st.QueryRowContext(ctx, args...)}
	}
	return sqlRow{d.DB.QueryRowContext(ctx, q, args...)}
}

// Begin implements DB. The transaction prepares each distinct statement that has arguments
// once and reuses it until it ends, so that a transaction storing many rows of the same kind
// (the events of an article, the articles of PutMany) does not parse the same SQL again.
func (d SQLDB) Begin(ctx context.Context) (Tx, error) {
	tx, err := d.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return &sqlTx{Tx: tx}, nil
}

// maxTxStmts bounds the statements one transaction keeps prepared.
const maxTxStmts = 64

type sqlTx struct {
	*sql.Tx
	stmts map[string]*sql.Stmt // closed by database/sql when the transaction ends
}

// stmt returns the transaction's prepared statement for q, or nil when q is better run
// directly (no arguments: a script, or a statement run once).
func (t *sqlTx) stmt(ctx context.Context, q string, args []any) (*sql.Stmt, error) {
	if len(args) == 0 {
		return nil, nil
	}
	if st, ok := t.stmts[q]; ok {
		return st, nil
	}
	if len(t.stmts) >= maxTxStmts {
		return nil, nil
	}
	st, err := t.Tx.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if t.stmts == nil {
		t.stmts = map[string]*sql.Stmt{}
	}
	t.stmts[q] = st
	return st, nil
}

func (t *sqlTx) Exec(ctx context.Context, q string, args ...any) error {
	st, err := t.stmt(ctx, q, args)
	if err != nil {
		return err
	}
	if st != nil {
		_, err = st.ExecContext(ctx, args...)
	} else {
		_, err = t.Tx.ExecContext(ctx, q, args...)
	}
	return err
}

func (t *sqlTx) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	rows, err := t.Tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (t *sqlTx) QueryRow(ctx context.Context, q string, args ...any) Row {
	st, err := t.stmt(ctx, q, args)
	if err != nil {
		return errRow{err}
	}
	if st != nil {
		return sqlRow{st.QueryRowContext(ctx, args...)}
	}
	return sqlRow{t.Tx.QueryRowContext(ctx, q, args...)}
}

func (t *sqlTx) Commit(context.Context) error   { return t.Tx.Commit() }
func (t *sqlTx) Rollback(context.Context) error { return t.Tx.Rollback() }

type errRow struct{ err error }

func (r errRow) Scan(...any) error { return r.err }

type sqlRows struct{ *sql.Rows }

func (r sqlRows) Close() { _ = r.Rows.Close() }

type sqlRow struct{ *sql.Row }

func (r sqlRow) Scan(dest ...any) error {
	err := r.Row.Scan(dest...)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNoRows
	}
	return err
}
