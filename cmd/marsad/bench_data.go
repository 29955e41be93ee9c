package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/bench/gen"
	"marsad/store/sqlite"
)

func init() {
	var (
		db                 string
		events, batch      int
		seed               int64
		minEvents, maxEvts int
		deferIdx           bool
	)
	cmd := &cobra.Command{
		Use:   "bench-data",
		Short: "Fill a store with generated (synthetic) events for load tests",
		Long: `Generate articles of synthetic Arabic-looking text, each with several events between realistic
CAMEO actor codes (CAMEO codes with their Goldstein scores and QuadClasses, dates from 2015 to
2025, places with coordinates), and store them until the store holds --events more events.

Articles are stored --batch at a time, each batch in one transaction (Store.PutMany), while the
next batch is generated. With --defer-indexes (the default) the event indexes are dropped for
the load and built again at its end, each in one sorted pass.

The data are generated, not real news: every article carries the warning
"` + gen.Notice + `", its outlet is "synthetic-NN" and its text says so.`,
		Example: `  marsad bench-data --db bench.db --events 1000000`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if events <= 0 || batch <= 0 {
				return usageError{fmt.Errorf("--events and --batch must be positive")}
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
			rebuild := func(context.Context) error { return nil }
			if deferIdx {
				if rebuild, err = st.DeferIndexes(ctx); err != nil {
					return err
				}
			}
			// one generator goroutine (the data depend only on the seed) makes the next batch
			// while the store writes this one
			batches := make(chan []*marsad.Analysis, 2)
			done := make(chan struct{})
			defer close(done)
			go func() {
				defer close(batches)
				planned := 0 // events generated so far: stop once they reach the target
				for i := before.Articles; planned < events; {
					b := make([]*marsad.Analysis, 0, batch)
					for len(b) < batch && planned < events {
						a := g.Analysis(i)
						i++
						planned += len(a.Events)
						b = append(b, a)
					}
					select {
					case batches <- b:
					case <-done:
						return
					}
				}
			}()
			var stored, articles int
			start := time.Now()
			next := start.Add(10 * time.Second)
			for b := range batches {
				res, err := st.PutMany(ctx, b)
				if err != nil && !errors.Is(err, marsad.ErrIDConflict) {
					return fmt.Errorf("bench-data: %w", err)
				}
				for i, r := range res {
					if r.Inserted {
						stored += len(b[i].Events)
						articles++
					}
				}
				if now := time.Now(); now.After(next) {
					next = now.Add(10 * time.Second)
					slog.Info("bench-data", "events", stored, "articles", articles,
						"events_per_s", int(float64(stored)/time.Since(start).Seconds()))
				}
				if ctx.Err() != nil {
					break
				}
			}
			loaded := time.Since(start)
			if err := rebuild(context.WithoutCancel(ctx)); err != nil {
				return fmt.Errorf("bench-data: %w", err)
			}
			d := time.Since(start)
			fmt.Fprintf(cmd.OutOrStdout(), "stored %d events in %d articles in %s (%.0f events/s; load %s, indexes %s) into %s\n",
				stored, articles, d.Round(time.Second), float64(stored)/d.Seconds(), loaded.Round(time.Second),
				(d - loaded).Round(time.Second), db)
			return ctx.Err()
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "bench.db", "SQLite database file to fill")
	f.IntVar(&events, "events", 1_000_000, "events to add")
	f.IntVar(&batch, "batch", 500, "articles stored in one transaction")
	f.Int64Var(&seed, "seed", 1, "random seed: the same seed gives the same data")
	f.IntVar(&minEvents, "min-events", 4, "fewest events of one article")
	f.IntVar(&maxEvts, "max-events", 10, "most events of one article")
	f.BoolVar(&deferIdx, "defer-indexes", true, "drop the event indexes for the load and build them at its end")
	rootCmd.AddCommand(cmd)
}
