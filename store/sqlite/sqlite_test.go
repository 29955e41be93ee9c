package sqlite

import (
	"context"
	"fmt"
	"math"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"marsad"
	"marsad/store/storetest"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store { return openTemp(t) })
}

func TestOpenPragmasAndMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "m.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if v := s.SchemaVersion(); v != 9 {
		t.Errorf("schema version %d, want 9", v)
	}
	var mode string
	var fk, busy int
	if err := s.db.QueryRowContext(ctx, `PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q, %v; want wal", mode, err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA foreign_keys`).Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v; want 1", fk, err)
	}
	if err := s.db.QueryRowContext(ctx, `PRAGMA busy_timeout`).Scan(&busy); err != nil || busy != BusyTimeout {
		t.Errorf("busy_timeout = %d, %v; want %d", busy, err, BusyTimeout)
	}
	// a foreign key that points nowhere is refused
	if _, err := s.db.ExecContext(ctx, `INSERT INTO sentences (article_pk, idx, start, "end") VALUES (999, 0, 0, 1)`); err == nil {
		t.Error("dangling sentence row accepted: foreign keys are off")
	}
	put := func(s *DB, a *marsad.Analysis) {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	put(s, storetest.Fixtures()[0])
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	// reopening applies nothing again and keeps the data
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.db.QueryContext(ctx, `SELECT version, name FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for rows.Next() {
		var v int
		var name string
		if err := rows.Scan(&v, &name); err != nil {
			t.Fatal(err)
		}
		got = append(got, fmt.Sprint(v, " ", name))
	}
	rows.Close()
	if want := "[1 0001_init.sql 2 0002_meta.sql 3 0003_aggregate_indexes.sql 4 0004_scale.sql 5 0005_search_key.sql 6 0006_month_aggregates.sql 7 0007_year_aggregates.sql 8 0008_day_aggregates.sql 9 0009_listing_indexes.sql]"; fmt.Sprint(got) != want {
		t.Errorf("schema_version rows %v, want %s", got, want)
	}
	if st, err := s.Stats(ctx); err != nil || st.Articles != 1 {
		t.Errorf("after reopen: %+v, %v", st, err)
	}
}

// TestUpgrade takes a store back to before schemas 4, 6, 7 and 8 (no counts, outlets or kept
// aggregates) and checks that opening it again fills them from the stored rows: Stats, the
// network and the map are as before.
func TestUpgrade(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "u.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutMany(ctx, storetest.Synthetic(60)); err != nil {
		t.Fatal(err)
	}
	type answers struct {
		stats  marsad.Stats
		edges  []marsad.Edge
		places []marsad.PlaceCount
	}
	answer := func() answers {
		var a answers
		var errs [3]error
		a.stats, errs[0] = s.Stats(ctx)
		a.edges, errs[1] = s.Network(ctx, marsad.NetworkQuery{Level: 3, Filter: marsad.EventQuery{Since: "2020-01-01"}})
		a.places, errs[2] = s.Places(ctx, marsad.EventQuery{Until: "2020-01-31"})
		for _, err := range errs {
			if err != nil {
				t.Fatal(err)
			}
		}
		// sums added in another order may differ in their last bits
		r := func(x float64) float64 { return math.Round(x*1e9) / 1e9 }
		for i := range a.edges {
			a.edges[i].MeanGoldstein, a.edges[i].MeanTone = r(a.edges[i].MeanGoldstein), r(a.edges[i].MeanTone)
		}
		for i := range a.places {
			a.places[i].MeanGoldstein = r(a.places[i].MeanGoldstein)
		}
		return a
	}
	want := answer()
	if want.stats.Articles != 60 || want.stats.Outlets == 0 || want.stats.Quad == [4]int{} || len(want.edges) == 0 || len(want.places) == 0 {
		t.Fatalf("before: %+v", want)
	}
	for _, q := range []string{`DROP TABLE counts`, `DROP TABLE outlets`, `DROP TABLE pair_months`, `DROP TABLE place_months`, `DROP TABLE pair_years`, `DROP TABLE pair_days`, `DROP TABLE place_days`,
		`DROP INDEX events_src_cc`, `DELETE FROM schema_version WHERE version IN (4, 6, 7, 8)`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if v := s.SchemaVersion(); v != 9 {
		t.Errorf("schema version after upgrade %d, want 9", v)
	}
	if got := answer(); !reflect.DeepEqual(got, want) {
		t.Errorf("after upgrade:\n%+v\nwant %+v", got, want)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE name = 'events_src_cc'`).Scan(&n); err != nil || n != 1 {
		t.Errorf("expression index not rebuilt: %d, %v", n, err)
	}
}

// TestReindex checks that an index built by another version of the analysis is rebuilt on open.
func TestReindex(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "r.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range storetest.Fixtures() {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	// pretend the index came from an older analysis that indexed nothing
	for _, q := range []string{`INSERT INTO articles_fts (articles_fts) VALUES ('delete-all')`,
		`UPDATE meta SET value = 'textsearch-0' WHERE key = 'analyzer'`} {
		if _, err := s.db.ExecContext(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := s.Search(ctx, marsad.SearchQuery{Text: "الرئيس"}); err != nil || res.Total != 0 {
		t.Fatalf("emptied index still finds %d, %v", res.Total, err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if res, err := s.Search(ctx, marsad.SearchQuery{Text: "الرئيس"}); err != nil || res.Total != 4 {
		t.Errorf("after reopen the rebuilt index finds %d, %v; want 4", res.Total, err)
	}
}

func TestOpenMemoryAndBadPath(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, a := range storetest.Fixtures() {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := s.Search(ctx, marsad.SearchQuery{Text: "والرئيس"}); err != nil || res.Total != 4 {
		t.Errorf("memory store search: %d, %v", res.Total, err)
	}
	if _, err := Open(ctx, "bad?name.db"); err == nil {
		t.Error("a path with ? was accepted")
	}
	if _, err := Open(ctx, filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Error("a path in a missing directory was accepted")
	}
}

// FuzzSearch feeds arbitrary query text to a real store: the only error allowed is a bad query.
func FuzzSearch(f *testing.F) {
	for _, s := range storetest.SearchSeeds {
		f.Add(s)
	}
	s, err := Open(context.Background(), filepath.Join(f.TempDir(), "fuzz.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(storetest.SearchFuzz(f, s))
}

func BenchmarkStore(b *testing.B) {
	storetest.Bench(b, func(b *testing.B) marsad.Store { return openTemp(b) })
}

// TestDeferIndexes loads with the event indexes dropped, checks that queries still answer, and
// that the indexes come back: by the returned function, or by Open after a load cut short.
func TestDeferIndexes(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "d.db")
	s, err := Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	indexes := func() []string {
		rows, err := s.db.QueryContext(ctx, `SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL ORDER BY name`)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []string
		for rows.Next() {
			var n string
			if err := rows.Scan(&n); err != nil {
				t.Fatal(err)
			}
			out = append(out, n)
		}
		return out
	}
	all := indexes()
	if len(all) < 10 || !slices.Contains(all, "events_order") || !slices.Contains(all, "events_src_cc") {
		t.Fatalf("event indexes %v", all)
	}
	as := storetest.Synthetic(40)
	rebuild, err := s.DeferIndexes(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got := indexes(); len(got) != 0 {
		t.Errorf("indexes left during the load: %v", got)
	}
	if _, err := s.PutMany(ctx, as[:20]); err != nil {
		t.Fatal(err)
	}
	want, err := s.Events(ctx, marsad.EventQuery{Actor: "USA", Limit: 7})
	if err != nil || len(want) != 7 {
		t.Fatalf("events without indexes: %d, %v", len(want), err)
	}
	if err := rebuild(ctx); err != nil {
		t.Fatal(err)
	}
	if got := indexes(); !slices.Equal(got, all) {
		t.Errorf("rebuilt indexes %v, want %v", got, all)
	}
	got, err := s.Events(ctx, marsad.EventQuery{Actor: "USA", Limit: 7})
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Errorf("events with indexes differ: %v", err)
	}
	// a load cut short: Open builds the indexes
	if _, err := s.DeferIndexes(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.PutMany(ctx, as[20:]); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := indexes(); !slices.Equal(got, all) {
		t.Errorf("indexes after reopening %v, want %v", got, all)
	}
	if n, err := s.CountEvents(ctx, marsad.EventQuery{}); err != nil || n == 0 {
		t.Errorf("count %d, %v", n, err)
	}
}
