package export_test

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"sync"
	"testing"
	"time"

	"marsad"
	"marsad/export"
	"marsad/store/sqlite"
)

// benchEvents is the size of the benchmark store: MARSAD_EXPORT_BENCH_EVENTS, default 100,000.
func benchEvents() int {
	if n, err := strconv.Atoi(os.Getenv("MARSAD_EXPORT_BENCH_EVENTS")); err == nil && n > 0 {
		return n
	}
	return 100_000
}

const eventsPerArticle = 10

var bench struct {
	once sync.Once
	dir  string
	path string
	n    int
	err  error
}

// benchStore builds, once per test binary, a SQLite store of benchEvents() events: the riyadh
// and gaza fixtures with numbered texts, dates over five years and ten events each, their
// codes, actors and places rotated through the fixtures' own. MARSAD_EXPORT_BENCH_DB names a
// file to keep the store in (and reuse it from, when it exists) instead of a temporary one.
func benchStore(b *testing.B) string {
	bench.once.Do(func() {
		ctx := context.Background()
		if p := os.Getenv("MARSAD_EXPORT_BENCH_DB"); p != "" {
			bench.path = p
		} else {
			bench.dir, bench.err = os.MkdirTemp("", "marsad-export-bench")
			if bench.err != nil {
				return
			}
			bench.path = filepath.Join(bench.dir, "bench.db")
		}
		st, err := sqlite.Open(ctx, bench.path)
		if err != nil {
			bench.err = err
			return
		}
		defer st.Close()
		if n, err := st.CountEvents(ctx, marsad.EventQuery{}); err != nil || n > 0 {
			bench.n, bench.err = n, err
			return
		}
		fx := []*marsad.Analysis{riyadh(b), gaza(b)}
		var pool []marsad.Event
		for _, a := range fx {
			pool = append(pool, a.Events...)
		}
		start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
		t0 := time.Now()
		for i := 0; bench.n < benchEvents(); i++ {
			base := fx[i%len(fx)]
			a := *base
			a.ID = fmt.Sprintf("%s-%d", base.ID, i)
			a.Date = start.AddDate(0, 0, i%1800).Format(marsad.DateLayout)
			a.Hash = ""
			a.Text = base.Text + fmt.Sprintf(" وهذا هو الخبر رقم %d.", i)
			a.Events = make([]marsad.Event, eventsPerArticle)
			for k := range a.Events {
				e := base.Events[k%len(base.Events)]
				donor := pool[(i*7+k*3)%len(pool)]
				e.Code, e.Root, e.Base, e.Name, e.Quad, e.Goldstein = donor.Code, donor.Root, donor.Base, donor.Name, donor.Quad, donor.Goldstein
				e.Plover, e.PloverMode, e.Location, e.Modality = donor.Plover, donor.PloverMode, donor.Location, marsad.Asserted
				if e.Location != nil {
					p := *e.Location
					p.Span, p.Text = e.Evidence, a.Slice(e.Evidence)
					e.Location = &p
				}
				e.Date = ""
				a.Events[k] = e
			}
			if _, err := st.Put(ctx, &a); err != nil {
				bench.err = err
				return
			}
			bench.n += len(a.Events)
		}
		b.Logf("built a store of %d events in %s", bench.n, time.Since(t0).Round(time.Millisecond))
	})
	if bench.err != nil {
		b.Fatal(bench.err)
	}
	return bench.path
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.dir != "" {
		os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

// BenchmarkExport exports the whole benchmark store in each format and reports events/s.
func BenchmarkExport(b *testing.B) {
	path := benchStore(b)
	ctx := context.Background()
	st, err := sqlite.Open(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	for _, f := range export.Formats() {
		b.Run(string(f), func(b *testing.B) {
			var stats export.Stats
			for b.Loop() {
				stats, err = export.Export(ctx, io.Discard, st, f, export.Options{})
				if err != nil {
					b.Fatal(err)
				}
			}
			if f != export.JSONL && stats.Events != bench.n {
				b.Fatalf("exported %d events of %d", stats.Events, bench.n)
			}
			sec := b.Elapsed().Seconds() / float64(b.N)
			b.ReportMetric(float64(stats.Events)/sec, "events/s")
			b.ReportMetric(float64(stats.Records)/sec, "records/s")
		})
	}
}

// BenchmarkWriter measures the formatting alone: one event of the riyadh fixture, per format.
func BenchmarkWriter(b *testing.B) {
	a := riyadh(b)
	ev := marsad.StoredEvent{ArticleID: a.ID, ArticleDate: a.Date, Event: a.Events[0]}
	for _, f := range export.Formats() {
		if f == export.JSONL {
			continue
		}
		b.Run(string(f), func(b *testing.B) {
			w, err := export.NewWriter(io.Discard, f, export.Options{})
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := w.WriteEvent(a, ev); err != nil {
					b.Fatal(err)
				}
			}
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
		})
	}
}

func BenchmarkParseActorCode(b *testing.B) {
	codes := []string{"USAGOV", "IGOUNO", "PSEREB", "SAUGOVMIL", "IRQMOSSHIREB"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		export.ParseActorCode(codes[i%len(codes)])
	}
}
