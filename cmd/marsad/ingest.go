package main

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/analyze"
	"marsad/input"
	"marsad/store/sqlite"
)

func init() {
	var (
		db, inFormat, date string
		maxBytes           int
	)
	cmd := &cobra.Command{
		Use:   "ingest [flags] FILE…|DIR…|-",
		Short: "Analyse articles and store them in the embedded database",
		Long: `Analyse articles (text files, directories of *.txt/*.jsonl, JSON Lines, or stdin) and store
them in a SQLite database. Ingest is idempotent by content hash: a text already stored adds nothing.
Each article is stored in its own transaction; an article that fails is reported and skipped.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			an, err := analyze.New(analyze.Options{})
			if err != nil {
				return err
			}
			st, err := sqlite.Open(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			var added, dup, failed int
			opt := input.Options{Format: inFormat, Date: date, MaxBytes: maxBytes}
			for it := range input.Read(ctx, args, cmd.InOrStdin(), opt) {
				if it.Err != nil {
					failed++
					slog.Error("input", "err", it.Err)
					if errors.Is(it.Err, ctx.Err()) && ctx.Err() != nil {
						break
					}
					continue
				}
				a, err := an.Analyze(ctx, it.Article)
				if err != nil {
					failed++
					slog.Error("analyze", "id", it.Article.ID, "origin", it.Origin, "err", err)
					continue
				}
				a.Warnings = append(it.Warnings, a.Warnings...)
				res, err := st.Put(ctx, a)
				switch {
				case errors.Is(err, marsad.ErrIDConflict):
					failed++
					slog.Error("store", "id", a.ID, "origin", it.Origin, "err", err)
				case err != nil:
					return fmt.Errorf("ingest %s: %w", it.Origin, err)
				case res.Inserted:
					added++
					slog.Debug("stored", "id", res.ID, "events", len(a.Events))
				default:
					dup++
					slog.Debug("already stored", "id", res.ID)
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "ingest: %d added, %d already stored, %d failed (%s)\n", added, dup, failed, db)
			if failed > 0 {
				return fmt.Errorf("%d input(s) failed", failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "marsad.db", "SQLite database file")
	f.StringVar(&inFormat, "input", "text", "input format of files without a .jsonl extension: text or jsonl")
	f.StringVar(&date, "date", "", "date for articles that carry none, YYYY-MM-DD")
	f.IntVar(&maxBytes, "max-bytes", input.DefaultMaxBytes, "split text inputs longer than this many bytes into parts")
	rootCmd.AddCommand(cmd)
}
