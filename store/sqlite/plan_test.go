package sqlite

import (
	"context"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"marsad"
	"marsad/store/internal/sqlcore"
	"marsad/store/storetest"
)

// stat1At1M is the planner's statistics (sqlite_stat1) of a store filled by marsad bench-data
// with 1,000,006 events in 143,001 articles: loaded into a small test store, they make SQLite
// plan its queries as it would at a million events.
var stat1At1M = [][3]string{
	{"actors", "sqlite_autoindex_actors_1", "328 1"},
	{"articles", "articles_date", "10000 3 1"},
	{"articles", "articles_skey", "10000 1"},
	{"articles", "articles_source", "10000 834 2 1"},
	{"articles", "sqlite_autoindex_articles_1", "10000 1"},
	{"articles", "sqlite_autoindex_articles_2", "10000 1"},
	{"counts", "sqlite_autoindex_counts_1", "5 1"},
	{"entities", "entities_actor", "948987 2491"},
	{"entities", "sqlite_autoindex_entities_1", "948987 21 1"},
	{"event_details", "", "377802"},
	{"event_mentions", "sqlite_autoindex_event_mentions_1", "255202 1 1"},
	{"events", "events_actor1", "1000006 2632 3"},
	{"events", "events_actor2", "1000006 2632 3"},
	{"events", "events_code", "1000006 3216 2"},
	{"events", "events_country", "1000006 28572 8 3 1"},
	{"events", "events_day_cover", "1000006 249 3 2 2 1 1 1"},
	{"events", "events_dyad_cc", "1000006 28572 817 3"},
	{"events", "events_modality", "1000006 200002 50 4 1"},
	{"events", "events_order", "1000006 249 7 1"},
	{"events", "events_outlet", "1000006 83334 22"},
	{"events", "events_place", "1000006 22223"},
	{"events", "events_root", "1000006 50001 13 2 1"},
	{"events", "events_src_cc", "1000006 28572 8 3 1 1"},
	{"events", "events_tgt_cc", "1000006 28572 8 3 1 1"},
	{"events", "sqlite_autoindex_events_1", "1000006 7 1"},
	{"outlets", "sqlite_autoindex_outlets_1", "12 1"},
	{"pair_days", "pair_days", "162043 41 2 1"},
	{"pair_months", "pair_months", "18182 138 5 1"},
	{"pair_years", "pair_years", "1638 149 5 1"},
	{"place_days", "place_days", "255576 64 3 1"},
	{"place_months", "place_months", "2416 20 2 1"},
	{"places", "sqlite_autoindex_places_1", "44 1"},
	{"sentences", "sqlite_autoindex_sentences_1", "335861 7 1"},
}

// recorder is a sqlcore.DB that notes the read statements run through it.
type recorder struct {
	sqlcore.DB
	stmts []recorded
}

type recorded struct {
	sql  string
	args []any
}

func (r *recorder) Query(ctx context.Context, q string, args ...any) (sqlcore.Rows, error) {
	r.stmts = append(r.stmts, recorded{q, args})
	return r.DB.Query(ctx, q, args...)
}

func (r *recorder) QueryRow(ctx context.Context, q string, args ...any) sqlcore.Row {
	r.stmts = append(r.stmts, recorded{q, args})
	return r.DB.QueryRow(ctx, q, args...)
}

// tableScan matches a plan step that reads a whole table of events or articles (or of their
// parts) rather than a range of an index.
var tableScan = regexp.MustCompile(`^SCAN (e|a|f|events|articles|event_details|event_mentions|entities|sentences)( USING (COVERING )?INDEX events_day_cover)?$`)

// TestQueryPlans runs the queries of the API — what the web UI and bench/loadgen ask — over a
// store that has the statistics of a million events, and checks with EXPLAIN QUERY PLAN that
// none reads a whole table and that event pages come in index order, without sorting the
// matching events. go test -v shows every plan.
func TestQueryPlans(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.PutMany(ctx, storetest.Synthetic(200)); err != nil {
		t.Fatal(err)
	}
	// one connection: the one that loads the statistics below (each connection reads them
	// when it opens, and reopening would refresh them from the few rows stored here)
	s.db.SetMaxOpenConns(1)
	s.db.SetMaxIdleConns(1)
	if _, err := s.db.ExecContext(ctx, `ANALYZE`); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, `DELETE FROM sqlite_stat1`); err != nil {
		t.Fatal(err)
	}
	for _, r := range stat1At1M {
		var idx any
		if r[1] != "" {
			idx = r[1]
		}
		if _, err := s.db.ExecContext(ctx, `INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)`, r[0], idx, r[2]); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.db.ExecContext(ctx, `ANALYZE sqlite_schema`); err != nil { // reload the statistics
		t.Fatal(err)
	}
	rec := &recorder{DB: s.Store.DB}
	s.Store.DB = rec
	day := marsad.EventQuery{Since: "2020-02-10", Until: "2020-03-09"}
	calls := map[string]func() error{}
	events := map[string]marsad.EventQuery{
		"recent":         {Limit: 50},
		"actor":          {Actor: "USA", Limit: 50},
		"actor code":     {Actor: "USAGOV", Limit: 50},
		"actor deep":     {Actor: "RUS", Limit: 50, Offset: 950},
		"source target":  {Source: "USA", Target: "SAU", Since: "2020-01-01", Until: "2020-12-31", Limit: 50},
		"root quad":      {Code: "04", Quad: 1, Since: "2020-01-01", Until: "2020-03-31", Limit: 50},
		"code":           {Code: "042", Limit: 50},
		"country":        {Country: "EGY", Limit: 50},
		"place":          {Place: "الرياض", Limit: 50},
		"modality":       {Modality: marsad.Planned, Limit: 50},
		"outlet":         {Outlet: "aawsat", Limit: 50},
		"article":        {ArticleID: "cairo-1-2"},
		"dates":          {Since: "2020-02-01", Until: "2020-02-29", Limit: 50},
		"actor and date": {Actor: "IRN", Since: "2020-02-01", Limit: 50},
	}
	for name, q := range events {
		calls["events "+name] = func() error {
			if _, err := s.Events(ctx, q); err != nil {
				return err
			}
			_, _, err := s.CountEventsUpTo(ctx, q, q.Offset+q.Limit+1000)
			return err
		}
	}
	calls["articles"] = func() error { _, err := s.Articles(ctx, marsad.ArticleQuery{Limit: 20}); return err }
	calls["articles dates outlet"] = func() error {
		_, err := s.Articles(ctx, marsad.ArticleQuery{Since: "2020-02-01", Outlet: "aawsat", Limit: 20})
		return err
	}
	calls["article"] = func() error { _, err := s.Article(ctx, "cairo-1-2"); return err }
	calls["search"] = func() error {
		_, err := s.Search(ctx, marsad.SearchQuery{Text: "الرئيس", Limit: 20, MaxTotal: 1020})
		return err
	}
	calls["search month"] = func() error {
		_, err := s.Search(ctx, marsad.SearchQuery{Text: "الخبر", Since: "2020-02-01", Until: "2020-03-01", Limit: 20, MaxTotal: 1020})
		return err
	}
	calls["search outlet"] = func() error {
		_, err := s.Search(ctx, marsad.SearchQuery{Text: "الخبر", Outlet: "aawsat", Limit: 20, MaxTotal: 1020})
		return err
	}
	calls["dyad"] = func() error {
		_, err := s.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "SAU", Interval: marsad.Week, Filter: day})
		return err
	}
	calls["dyad whole store"] = func() error {
		_, err := s.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "RUS", Interval: marsad.Month})
		return err
	}
	for name, nq := range map[string]marsad.NetworkQuery{
		"network month": {Level: 3, Filter: day}, "network year": {Level: 3, Filter: marsad.EventQuery{Since: "2019-12-31"}},
		"network all": {Level: 3}, "network quad": {Level: 3, Filter: marsad.EventQuery{Quad: 4, Since: "2020-02-01"}},
	} {
		calls[name] = func() error { _, err := s.Network(ctx, nq); return err }
	}
	for name, pq := range map[string]marsad.EventQuery{"places month": day, "places all": {}, "places actor": {Actor: "USA", Since: "2020-02-01"}} {
		calls[name] = func() error { _, err := s.Places(ctx, pq); return err }
	}
	calls["stats"] = func() error { _, err := s.Stats(ctx); return err }

	for name, call := range calls {
		rec.stmts = nil
		if err := call(); err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		for _, st := range rec.stmts {
			rows, err := s.db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+st.sql, st.args...)
			if err != nil {
				t.Errorf("%s: explain: %v", name, err)
				continue
			}
			var plan []string
			for rows.Next() {
				var id, parent, notused int
				var detail string
				if err := rows.Scan(&id, &parent, &notused, &detail); err != nil {
					t.Fatal(err)
				}
				plan = append(plan, detail)
			}
			rows.Close()
			sql := strings.Join(strings.Fields(st.sql), " ")
			t.Logf("%s: %.160s\n\t%s", name, sql, strings.Join(plan, "\n\t"))
			for _, step := range plan {
				// a place names its events by three columns that no index serves (the UI filters
				// by country instead): its pages read the listing order until they are full
				if tableScan.MatchString(step) && name != "events place" {
					t.Errorf("%s reads a whole table (%s):\n%s", name, step, sql)
				}
				// a page of events in listing order comes from an index in that order
				if strings.Contains(sql, "ORDER BY e.day DESC, e.article_id, e.idx LIMIT") && strings.Contains(step, "TEMP B-TREE FOR ORDER BY") &&
					!strings.Contains(name, "source target") && !strings.Contains(name, "article") {
					t.Errorf("%s sorts its matching events (%s):\n%s", name, step, sql)
				}
			}
		}
	}
}
