package gen

import (
	"context"
	"strings"
	"testing"

	"marsad"
	"marsad/event/cameo"
	"marsad/store/sqlite"
)

func TestAnalysis(t *testing.T) {
	g, err := New(Options{Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	events := 0
	for i := range 200 {
		a := g.Analysis(i)
		if len(a.Events) < 4 || len(a.Events) > 10 || a.Warnings[0] != Notice || !strings.HasPrefix(a.Source, "synthetic-") {
			t.Fatalf("article %d: %d events, warnings %v, source %s", i, len(a.Events), a.Warnings, a.Source)
		}
		if a.Date < "2015-01-01" || a.Date > "2025-12-31" {
			t.Errorf("date %s", a.Date)
		}
		for _, e := range a.Events {
			c, ok := cameo.Lookup(e.Code)
			if !ok || c.Goldstein != e.Goldstein || c.Quad != e.Quad || marsad.QuadClass(e.Code) != e.Quad {
				t.Errorf("event %s: goldstein %v quad %d, cameo %+v", e.Code, e.Goldstein, e.Quad, c)
			}
			if got := a.Slice(e.Trigger.Span); got != e.Trigger.Text {
				t.Errorf("trigger span covers %q, not %q", got, e.Trigger.Text)
			}
			if got := a.Slice(e.Source.Span); got != e.Source.Text {
				t.Errorf("source span covers %q, not %q", got, e.Source.Text)
			}
			if e.Location != nil && (a.Slice(e.Location.Span) != e.Location.NameAr || e.Location.Lat == 0) {
				t.Errorf("location %+v covers %q", e.Location, a.Slice(e.Location.Span))
			}
			if len(e.Source.Code) < 3 || len(e.Target.Code) < 3 || e.Source.Code == e.Target.Code {
				t.Errorf("dyad %s → %s", e.Source.Code, e.Target.Code)
			}
		}
		events += len(a.Events)
		// every generated analysis is one the store accepts
		if res, err := st.Put(context.Background(), a); err != nil || !res.Inserted {
			t.Fatalf("put %s: %v %+v", a.ID, err, res)
		}
	}
	n, err := st.CountEvents(context.Background(), marsad.EventQuery{})
	if err != nil || n != events {
		t.Errorf("stored %d events, generated %d (%v)", n, events, err)
	}
	// the same seed gives the same data
	g2, _ := New(Options{Seed: 7})
	if g2.Analysis(0).Text != mustNew(t, 7).Analysis(0).Text {
		t.Error("not deterministic")
	}
}

func mustNew(t *testing.T, seed int64) *Generator {
	g, err := New(Options{Seed: seed})
	if err != nil {
		t.Fatal(err)
	}
	return g
}

func BenchmarkAnalysis(b *testing.B) {
	g, err := New(Options{Seed: 1})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		_ = g.Analysis(i)
		i++
	}
}
