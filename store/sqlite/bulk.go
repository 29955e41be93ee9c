package sqlite

import (
	"context"
	"fmt"
	"log/slog"
	"strings"
	"time"
)

// deferredKey prefixes the meta rows that hold the definitions of deferred indexes.
const deferredKey = "deferred index "

// DeferIndexes prepares the store for a bulk load: it drops the secondary indexes of the
// events table, so that PutMany appends event rows instead of updating a dozen B-trees at
// random places, and returns the function that builds them again, each in one sorted pass
// (at a million events, the load and the rebuild together take a fraction of a load into
// indexed tables). Queries stay correct meanwhile, only slower. The definitions are kept in
// the meta table until they are built, and Open builds any that a load cut short left behind.
func (s *DB) DeferIndexes(ctx context.Context) (rebuild func(context.Context) error, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback()
		}
	}()
	rows, err := tx.QueryContext(ctx, `SELECT name, sql FROM sqlite_master
		WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name`)
	if err != nil {
		return nil, fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	var names, defs []string
	for rows.Next() {
		var name, def string
		if err := rows.Scan(&name, &def); err != nil {
			rows.Close()
			return nil, fmt.Errorf("sqlite: defer indexes: %w", err)
		}
		names, defs = append(names, name), append(defs, def)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	for i, name := range names {
		if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES (?, ?)
			ON CONFLICT (key) DO UPDATE SET value = excluded.value`, deferredKey+name, defs[i]); err != nil {
			return nil, fmt.Errorf("sqlite: defer index %s: %w", name, err)
		}
		if _, err := tx.ExecContext(ctx, `DROP INDEX "`+strings.ReplaceAll(name, `"`, `""`)+`"`); err != nil {
			return nil, fmt.Errorf("sqlite: defer index %s: %w", name, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite: defer indexes: %w", err)
	}
	return s.buildDeferred, nil
}

// buildDeferred builds the indexes that DeferIndexes dropped, one transaction each, merges
// the search index that the load wrote in pieces, and refreshes the planner's statistics.
func (s *DB) buildDeferred(ctx context.Context) error {
	rows, err := s.db.QueryContext(ctx, `SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key`,
		deferredKey, deferredKey+"\U0010FFFF")
	if err != nil {
		return fmt.Errorf("sqlite: build indexes: %w", err)
	}
	var keys, defs []string
	for rows.Next() {
		var k, d string
		if err := rows.Scan(&k, &d); err != nil {
			rows.Close()
			return fmt.Errorf("sqlite: build indexes: %w", err)
		}
		keys, defs = append(keys, k), append(defs, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("sqlite: build indexes: %w", err)
	}
	for i, k := range keys {
		name := strings.TrimPrefix(k, deferredKey)
		t0 := time.Now()
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("sqlite: build index %s: %w", name, err)
		}
		var have int
		err = tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?`, name).Scan(&have)
		if err == nil && have == 0 {
			_, err = tx.ExecContext(ctx, defs[i])
		}
		if err == nil {
			_, err = tx.ExecContext(ctx, `DELETE FROM meta WHERE key = ?`, k)
		}
		if err == nil {
			err = tx.Commit()
		} else {
			_ = tx.Rollback()
		}
		if err != nil {
			return fmt.Errorf("sqlite: build index %s: %w", name, err)
		}
		slog.Info("sqlite: built deferred index", "index", name, "took", time.Since(t0).Round(time.Millisecond))
	}
	if len(keys) > 0 {
		// the load wrote the search index a batch at a time, in many segments that every
		// search has to open: merge them into one
		t0 := time.Now()
		if _, err := s.db.ExecContext(ctx, `INSERT INTO articles_fts (articles_fts) VALUES ('optimize')`); err != nil {
			return fmt.Errorf("sqlite: optimize the search index: %w", err)
		}
		slog.Info("sqlite: merged the search index", "took", time.Since(t0).Round(time.Millisecond))
		s.optimize(ctx)
	}
	return nil
}
