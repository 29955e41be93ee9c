package sqlcore

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Migration is one versioned schema change.
type Migration struct {
	Version int
	Name    string
	SQL     string
}

// LoadMigrations reads the *.sql files of dir in fsys, named NNNN_name.sql, in version order.
func LoadMigrations(fsys fs.FS, dir string) ([]Migration, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var ms []Migration
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ".sql") {
			continue
		}
		num, _, ok := strings.Cut(name, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migrations: %s: name must be NNNN_name.sql", name)
		}
		b, err := fs.ReadFile(fsys, path.Join(dir, name))
		if err != nil {
			return nil, fmt.Errorf("migrations: %w", err)
		}
		ms = append(ms, Migration{Version: v, Name: name, SQL: string(b)})
	}
	slices.SortFunc(ms, func(a, b Migration) int { return a.Version - b.Version })
	for i := 1; i < len(ms); i++ {
		if ms[i].Version == ms[i-1].Version {
			return nil, fmt.Errorf("migrations: %s and %s share version %d", ms[i-1].Name, ms[i].Name, ms[i].Version)
		}
	}
	return ms, nil
}

const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (
	version INTEGER PRIMARY KEY,
	name    TEXT NOT NULL,
	applied TEXT NOT NULL
)`

// Migrate applies, in order and each in its own transaction, the migrations newer than the
// database's schema_version. Running it again applies nothing. It returns the version reached.
func Migrate(ctx context.Context, db DB, d *Dialect, ms []Migration) (int, error) {
	version := 0
	for _, m := range ms {
		if err := migrateOne(ctx, db, d, m); err != nil {
			return version, fmt.Errorf("%s: migrate %s: %w", d.Name, m.Name, err)
		}
		version = m.Version
	}
	return version, nil
}

func migrateOne(ctx context.Context, db DB, d *Dialect, m Migration) (err error) {
	tx, err := db.Begin(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tx.Rollback(ctx)
		}
	}()
	if d.MigrationLock != "" {
		if err := tx.Exec(ctx, d.MigrationLock); err != nil {
			return err
		}
	}
	if err := tx.Exec(ctx, createVersionTable); err != nil {
		return err
	}
	var n int
	if err := tx.QueryRow(ctx, d.rebind(`SELECT COUNT(*) FROM schema_version WHERE version = ?`), m.Version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return tx.Rollback(ctx)
	}
	if err := tx.Exec(ctx, m.SQL); err != nil {
		return err
	}
	if err := tx.Exec(ctx, d.rebind(`INSERT INTO schema_version (version, name, applied) VALUES (?, ?, ?)`),
		m.Version, m.Name, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.Commit(ctx)
}
