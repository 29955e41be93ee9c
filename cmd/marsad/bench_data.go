package main

import (
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/bench/gen"
	"marsad/store/sqlite"
)

func init() {
	var (
		db                 string
		events, writers    int
		seed               int64
		minEvents, maxEvts int
	)
	cmd := &cobra.Command{
		Use:   "bench-data",
		Short: "Fill a store with generated (synthetic) events for load tests",
		Long: `Generate articles of synthetic Arabic-looking text, each with several events between realistic
CAMEO actor codes (CAMEO codes with their Goldstein scores and QuadClasses, dates from 2015 to
2025, places with coordinates), and store them until the store holds --events more events.

The data are generated, not real news: every article carries the warning
"` + gen.Notice + `", its outlet is "synthetic-NN" and its text says so.`,
		Example: `  marsad bench-data --db bench.db --events 1000000`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if events <= 0 || writers <= 0 {
				return usageError{fmt.Errorf("--events and --writers must be positive")}
			}
			ctx := cmd.Context()
			st, err := sqlite.Open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			before, err := st.Stats(ctx)
			if err != nil {
				return err
			}
			g, err := gen.New(gen.Options{Seed: seed, MinEvents: minEvents, MaxEvents: maxEvts})
			if err != nil {
				return err
			}
			// one generator (the data depend only on the seed), several writers
			jobs := make(chan *marsad.Analysis, writers)
			var stored, articles atomic.Int64
			var wg sync.WaitGroup
			var firstErr error
			var once sync.Once
			start := time.Now()
			for range writers {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for a := range jobs {
						res, err := st.Put(ctx, a)
						if err != nil {
							once.Do(func() { firstErr = err })
							continue
						}
						if res.Inserted {
							stored.Add(int64(len(a.Events)))
							articles.Add(1)
						}
					}
				}()
			}
			next := time.Now().Add(10 * time.Second)
		gen:
			for i := before.Articles; ; i++ {
				if int(stored.Load()) >= events || ctx.Err() != nil || firstErr != nil {
					break
				}
				a := g.Analysis(i)
				select {
				case jobs <- a:
				case <-ctx.Done():
					break gen
				}
				if time.Now().After(next) {
					next = time.Now().Add(10 * time.Second)
					n := stored.Load()
					slog.Info("bench-data", "events", n, "articles", articles.Load(),
						"events_per_s", int(float64(n)/time.Since(start).Seconds()))
				}
			}
			close(jobs)
			wg.Wait()
			if firstErr != nil {
				return fmt.Errorf("bench-data: %w", firstErr)
			}
			d := time.Since(start)
			n := stored.Load()
			fmt.Fprintf(cmd.OutOrStdout(), "stored %d events in %d articles in %s (%.0f events/s) into %s\n",
				n, articles.Load(), d.Round(time.Second), float64(n)/d.Seconds(), db)
			return ctx.Err()
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "bench.db", "SQLite database file to fill")
	f.IntVar(&events, "events", 1_000_000, "events to add")
	f.IntVar(&writers, "writers", 2, "goroutines calling Store.Put")
	f.Int64Var(&seed, "seed", 1, "random seed: the same seed gives the same data")
	f.IntVar(&minEvents, "min-events", 4, "fewest events of one article")
	f.IntVar(&maxEvts, "max-events", 10, "most events of one article")
	rootCmd.AddCommand(cmd)
}
