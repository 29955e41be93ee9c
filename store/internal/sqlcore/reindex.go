package sqlcore

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"marsad/store/internal/textsearch"
)

// SyncIndex makes sure the search index was built by the current text analysis: when the
// version recorded in meta differs from textsearch.Version (a new lexicon, new rules), it runs
// rebuild, which re-analyses every stored article, and records the new version. It runs in one
// transaction, under the migration lock where the dialect has one.
func (s *Store) SyncIndex(ctx context.Context, rebuild func(ctx context.Context, tx Conn) error) (err error) {
	want := textsearch.Version()
	tx, err := s.DB.Begin(ctx)
	if err != nil {
		return s.errf("sync index: %w", err)
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback(ctx)
		}
	}()
	if s.D.MigrationLock != "" {
		if err := tx.Exec(ctx, s.D.MigrationLock); err != nil {
			return s.errf("sync index: %w", err)
		}
	}
	var have string
	err = tx.QueryRow(ctx, s.D.rebind(`SELECT value FROM meta WHERE key = 'analyzer'`)).Scan(&have)
	if err != nil && !errors.Is(err, ErrNoRows) {
		return s.errf("sync index: %w", err)
	}
	if have == want {
		return tx.Rollback(ctx)
	}
	var n int
	if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n); err != nil {
		return s.errf("sync index: %w", err)
	}
	if n > 0 {
		slog.Info("rebuilding the search index", "store", s.D.Name, "articles", n, "from", have, "to", want)
		if err := rebuild(ctx, tx); err != nil {
			return s.errf("sync index: rebuild: %w", err)
		}
	}
	if err := tx.Exec(ctx, s.D.rebind(`INSERT INTO meta (key, value) VALUES ('analyzer', ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value`), want); err != nil {
		return s.errf("sync index: %w", err)
	}
	if err := tx.Commit(ctx); err != nil {
		return s.errf("sync index: %w", err)
	}
	return nil
}

// ReindexEach re-runs the dialect's Index over every stored article, a batch at a time.
func (s *Store) ReindexEach(ctx context.Context, tx Conn) error {
	var last int64
	for {
		rows, err := tx.Query(ctx, s.D.rebind(`SELECT pk, title, text FROM articles WHERE pk > ? ORDER BY pk LIMIT 200`), last)
		if err != nil {
			return err
		}
		type art struct {
			pk          int64
			title, text string
		}
		var batch []art
		for rows.Next() {
			var a art
			if err := rows.Scan(&a.pk, &a.title, &a.text); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, a)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			return nil
		}
		for _, a := range batch {
			if err := s.D.Index(ctx, tx, a.pk, a.title, a.text); err != nil {
				return fmt.Errorf("article %d: %w", a.pk, err)
			}
		}
		last = batch[len(batch)-1].pk
	}
}
