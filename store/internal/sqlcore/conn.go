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

// SQLDB adapts a database/sql pool.
type SQLDB struct{ *sql.DB }

// Exec implements Conn.
func (d SQLDB) Exec(ctx context.Context, q string, args ...any) error {
	_, err := d.DB.ExecContext(ctx, q, args...)
	return err
}

// Query implements Conn.
func (d SQLDB) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	rows, err := d.DB.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

// QueryRow implements Conn.
func (d SQLDB) QueryRow(ctx context.Context, q string, args ...any) Row {
	return sqlRow{d.DB.QueryRowContext(ctx, q, args...)}
}

// Begin implements DB.
func (d SQLDB) Begin(ctx context.Context) (Tx, error) {
	tx, err := d.DB.BeginTx(ctx, nil)
	if err != nil {
		return nil, err
	}
	return sqlTx{tx}, nil
}

type sqlTx struct{ *sql.Tx }

func (t sqlTx) Exec(ctx context.Context, q string, args ...any) error {
	_, err := t.Tx.ExecContext(ctx, q, args...)
	return err
}

func (t sqlTx) Query(ctx context.Context, q string, args ...any) (Rows, error) {
	rows, err := t.Tx.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	return sqlRows{rows}, nil
}

func (t sqlTx) QueryRow(ctx context.Context, q string, args ...any) Row {
	return sqlRow{t.Tx.QueryRowContext(ctx, q, args...)}
}

func (t sqlTx) Commit(context.Context) error   { return t.Tx.Commit() }
func (t sqlTx) Rollback(context.Context) error { return t.Tx.Rollback() }

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
