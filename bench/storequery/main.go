// Command storequery measures the store's own service time for the queries of the UI, in
// process (no HTTP, one query at a time), over a store filled by marsad bench-data: latest
// events, an actor's events with their capped count, dyads, filters, deep pages, article lists
// and pages, searches, networks and maps over a month, over a year and over everything.
//
//	go run ./bench/storequery -db /tmp/bench.db            # 20 runs of each query kind
//	go run ./bench/storequery -db /tmp/bench.db -n 50 search network-month
//
// Opening the store upgrades its schema if it is older: the first run may take minutes.
package main

import (
	"context"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"time"

	"marsad"
	"marsad/store/sqlite"
)

func main() {
	db := flag.String("db", "bench.db", "SQLite store filled by marsad bench-data")
	n := flag.Int("n", 20, "runs of each query kind (3 of the whole-store ones)")
	seed := flag.Uint64("seed", 1, "random seed of the parameters")
	flag.Parse()
	if err := run(*db, *n, *seed, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "storequery:", err)
		os.Exit(1)
	}
}

func run(db string, n int, seed uint64, only []string) error {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, db)
	if err != nil {
		return err
	}
	defer st.Close()
	actors := []string{"USA", "RUS", "SAU", "IRN", "ISR", "PSE", "EGY", "TUR", "SYR", "IGO", "JPN", "ETH", "SOM", "DEU"}
	r := rand.New(rand.NewPCG(seed, 2))
	first := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	day := func() time.Time { return first.AddDate(0, 0, r.IntN(4000)) }
	ymd := func(t time.Time) string { return t.Format("2006-01-02") }
	act := func() string { return actors[r.IntN(len(actors))] }
	kinds := []struct {
		name string
		f    func() error
	}{
		{"events-recent", func() error {
			_, err := st.Events(ctx, marsad.EventQuery{Limit: 50})
			return err
		}},
		{"events-actor", func() error {
			q := marsad.EventQuery{Limit: 50, Actor: act()}
			_, err := st.Events(ctx, q)
			if err == nil {
				_, _, err = st.CountEventsUpTo(ctx, q, 1050)
			}
			return err
		}},
		{"events-dyad-range", func() error {
			s := day()
			q := marsad.EventQuery{Limit: 50, Source: act(), Target: act(), Since: ymd(s), Until: ymd(s.AddDate(1, 0, 0))}
			_, err := st.Events(ctx, q)
			if err == nil {
				_, _, err = st.CountEventsUpTo(ctx, q, 1050)
			}
			return err
		}},
		{"events-filters", func() error {
			s := day()
			q := marsad.EventQuery{Limit: 50, Code: fmt.Sprintf("%02d", 1+r.IntN(20)), Quad: 1 + r.IntN(4), Since: ymd(s), Until: ymd(s.AddDate(0, 3, 0))}
			_, err := st.Events(ctx, q)
			if err == nil {
				_, _, err = st.CountEventsUpTo(ctx, q, 1050)
			}
			return err
		}},
		{"events-page-deep", func() error {
			q := marsad.EventQuery{Limit: 50, Actor: act(), Offset: 50 * r.IntN(20)}
			_, err := st.Events(ctx, q)
			if err == nil {
				_, _, err = st.CountEventsUpTo(ctx, q, q.Offset+1050)
			}
			return err
		}},
		{"articles-list", func() error {
			_, err := st.Articles(ctx, marsad.ArticleQuery{Limit: 20, Offset: 20 * r.IntN(10)})
			return err
		}},
		{"search", func() error {
			s := day()
			w := []string{"التقى", "الرياض", "حكومة", "المعارضة", "اتفاق", "هاجم", "الأمم المتحدة", "وزارة الخارجية", "غزة", "طهران"}
			_, err := st.Search(ctx, marsad.SearchQuery{Limit: 20, Text: w[r.IntN(len(w))], Since: ymd(s), Until: ymd(s.AddDate(0, 1, 0))})
			return err
		}},
		{"article", func() error {
			_, err := st.Article(ctx, fmt.Sprintf("synthetic-%07d", r.IntN(143000)))
			return err
		}},
		{"dyad-year", func() error {
			s := day()
			_, err := st.Dyad(ctx, marsad.DyadQuery{A: act(), B: act(), Interval: "week", Filter: marsad.EventQuery{Since: ymd(s), Until: ymd(s.AddDate(1, 0, 0))}})
			return err
		}},
		{"network-month", func() error {
			s := day()
			_, err := st.Network(ctx, marsad.NetworkQuery{Level: 3, Filter: marsad.EventQuery{Since: ymd(s), Until: ymd(s.AddDate(0, 1, 0))}})
			return err
		}},
		{"places-month", func() error {
			s := day()
			_, err := st.Places(ctx, marsad.EventQuery{Since: ymd(s), Until: ymd(s.AddDate(0, 1, 0))})
			return err
		}},
		{"stats", func() error {
			_, err := st.Stats(ctx)
			return err
		}},
		{"network-year", func() error {
			s := day()
			_, err := st.Network(ctx, marsad.NetworkQuery{Level: 3, Filter: marsad.EventQuery{Since: ymd(s), Until: ymd(s.AddDate(1, 0, 0))}})
			return err
		}},
		{"places-year", func() error {
			s := day()
			_, err := st.Places(ctx, marsad.EventQuery{Since: ymd(s), Until: ymd(s.AddDate(1, 0, 0))})
			return err
		}},
		{"all-network", func() error {
			_, err := st.Network(ctx, marsad.NetworkQuery{Level: 3})
			return err
		}},
		{"all-places", func() error {
			_, err := st.Places(ctx, marsad.EventQuery{})
			return err
		}},
		{"all-dyad-USA-RUS", func() error {
			_, err := st.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "RUS", Interval: "month"})
			return err
		}},
	}
	fmt.Printf("%-20s %8s %8s %8s\n", "query", "p50 ms", "p90 ms", "max ms")
	for _, k := range kinds {
		if len(only) > 0 && !slices.Contains(only, k.name) {
			continue
		}
		var ds []time.Duration
		reps := n
		if strings.HasPrefix(k.name, "all-") {
			reps = min(n, 3)
		}
		for range reps {
			t0 := time.Now()
			if err := k.f(); err != nil {
				return fmt.Errorf("%s: %w", k.name, err)
			}
			ds = append(ds, time.Since(t0))
		}
		slices.Sort(ds)
		ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
		fmt.Printf("%-20s %8.1f %8.1f %8.1f\n", k.name, ms(ds[len(ds)/2]), ms(ds[len(ds)*9/10]), ms(ds[len(ds)-1]))
	}
	return nil
}
