package storetest

import (
	"context"
	"errors"
	"testing"

	"marsad"
)

// SearchSeeds are seed queries for a search fuzz target: the syntax of SQL, FTS5 and tsquery.
var SearchSeeds = []string{"الرئيس", `"وزير الخارجية" -موسكو`, `'; DROP TABLE articles; --`, `" OR "`,
	`NEAR(a b)`, `a*`, `^a`, `col:a`, `(`, `"`, "\x00", `الرئيس OR`, `-`, `{a b}: c`, `a & !b <-> c`, `'a':1`}

// SearchFuzz loads the fixtures into s and returns the body of a fuzz target: Search with the
// fuzzed text may only succeed or fail with marsad.ErrBadQuery.
func SearchFuzz(tb testing.TB, s marsad.Store) func(t *testing.T, q string) {
	for _, a := range Fixtures() {
		if _, err := s.Put(context.Background(), a); err != nil {
			tb.Fatal(err)
		}
	}
	return func(t *testing.T, q string) {
		res, err := s.Search(context.Background(), marsad.SearchQuery{Text: q, Limit: 5})
		if err != nil {
			if !errors.Is(err, marsad.ErrBadQuery) {
				t.Fatalf("Search(%q): %v", q, err)
			}
			return
		}
		if res.Total < len(res.Hits) || res.Total > len(Fixtures()) {
			t.Fatalf("Search(%q): total %d with %d hits", q, res.Total, len(res.Hits))
		}
		for _, h := range res.Hits {
			for _, sp := range h.Highlights {
				if sp.Len() <= 0 || sp.Start < 0 {
					t.Fatalf("Search(%q): highlight %v", q, sp)
				}
			}
		}
	}
}
