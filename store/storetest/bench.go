package storetest

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"testing"
	"time"

	"marsad"
)

// Synthetic returns n analyses made from the fixtures: each a fixture with a numbered sentence
// added (so every text is new), a date spread over 2020–2024 and its events' actors, codes and
// places rotated through the fixture values, so that filters select realistic fractions.
func Synthetic(n int) []*marsad.Analysis {
	g := newSynth()
	out := make([]*marsad.Analysis, n)
	for i := range n {
		out[i] = g.one(i)
	}
	return out
}

type synth struct {
	fx   []*marsad.Analysis
	pool []marsad.Event
}

func newSynth() *synth {
	g := &synth{fx: Fixtures()}
	for _, a := range g.fx {
		g.pool = append(g.pool, a.Events...)
	}
	return g
}

func (g *synth) one(i int) *marsad.Analysis {
	fx, pool := g.fx, g.pool
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	base := fx[i%len(fx)]
	a := *base
	a.ID = fmt.Sprintf("%s-%d", base.ID, i)
	a.Date = start.AddDate(0, 0, i%1800).Format(marsad.DateLayout)
	a.Text = base.Text + fmt.Sprintf(" وهذا هو الخبر رقم %d.", i)
	a.Sentences = sentences(a.Text)
	a.Events = make([]marsad.Event, len(base.Events))
	for k := range base.Events {
		e := base.Events[k]
		donor := pool[(i*7+k*3)%len(pool)]
		e.Code, e.Root, e.Base, e.Quad, e.Goldstein, e.Plover = donor.Code, donor.Root, donor.Base, donor.Quad, donor.Goldstein, donor.Plover
		e.Location = donor.Location
		if e.Location != nil {
			p := *e.Location
			p.Span, p.Text = e.Evidence, a.Slice(e.Evidence) // keep the span inside this text
			e.Location = &p
		}
		e.Date = ""
		a.Events[k] = e
	}
	return &a
}

// benchEvents is the number of events the query benchmarks store: MARSAD_BENCH_EVENTS, or
// 100,000.
func benchEvents() int {
	if n, err := strconv.Atoi(os.Getenv("MARSAD_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

// Bench runs the store benchmarks: Put of a typical analysis, then Events with filters, Search
// and the aggregates over a store of benchEvents() events. open must return a new, empty store.
func Bench(b *testing.B, open func(b *testing.B) marsad.Store) {
	ctx := context.Background()
	b.Run("Put", func(b *testing.B) {
		s := open(b)
		g := newSynth()
		for i := 0; b.Loop(); i++ {
			if _, err := s.Put(ctx, g.one(i)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("PutMany/500", func(b *testing.B) {
		s := open(b)
		bp, ok := s.(marsad.BulkPutter)
		if !ok {
			b.Skip("the store has no PutMany")
		}
		g := newSynth()
		i := 0
		for b.Loop() {
			batch := make([]*marsad.Analysis, 500)
			for k := range batch {
				batch[k] = g.one(i)
				i++
			}
			if _, err := bp.PutMany(ctx, batch); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(i), "µs/article")
	})
	s := open(b)
	perArticle := 0
	for _, a := range Fixtures() {
		perArticle += len(a.Events)
	}
	articles := benchEvents() * len(Fixtures()) / perArticle
	t0 := time.Now()
	g := newSynth()
	for i := range articles {
		if _, err := s.Put(ctx, g.one(i)); err != nil {
			b.Fatal(err)
		}
	}
	n, err := s.CountEvents(ctx, marsad.EventQuery{})
	if err != nil {
		b.Fatal(err)
	}
	b.Logf("stored %d articles, %d events in %v", articles, n, time.Since(t0).Round(time.Millisecond))
	for _, q := range []struct {
		name string
		q    marsad.EventQuery
	}{
		{"Events/actor+since", marsad.EventQuery{Actor: "USA", Since: "2023-01-01", Limit: 50}},
		{"Events/code+country", marsad.EventQuery{Code: "04", Country: "EGY", Limit: 50}},
		{"Events/quad+outlet+range", marsad.EventQuery{Quad: 3, Outlet: "aljazeera", Since: "2021-01-01", Until: "2021-12-31", Limit: 50}},
		{"Events/page-deep", marsad.EventQuery{Limit: 50, Offset: 5000}},
	} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Events(ctx, q.q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("CountEvents/actor", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.CountEvents(ctx, marsad.EventQuery{Actor: "RUS"}); err != nil {
				b.Fatal(err)
			}
		}
	})
	for _, q := range []string{"الرئيس", `"وزير الخارجية" موسكو`, "إسرائيل -غزة"} {
		b.Run("Search/"+q, func(b *testing.B) {
			for b.Loop() {
				if _, err := s.Search(ctx, marsad.SearchQuery{Text: q, Limit: 20}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("Dyad", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "RUS", Interval: marsad.Month}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Network", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Network(ctx, marsad.NetworkQuery{Level: 3}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Places", func(b *testing.B) {
		for b.Loop() {
			if _, err := s.Places(ctx, marsad.EventQuery{Quad: 4}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
