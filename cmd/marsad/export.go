package main

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/export"
	"marsad/store/sqlite"
)

func init() {
	var (
		db, format, out, version string
		q                        marsad.EventQuery
		planned, all, header     bool
		bom                      bool
		limit                    int
	)
	var names []string
	for _, f := range export.Formats() {
		names = append(names, string(f))
	}
	cmd := &cobra.Command{
		Use:   "export --format " + strings.Join(names, "|") + " [flags]",
		Short: "Export stored events as GDELT 2.0 tables, PLOVER JSON, CSV or JSON lines",
		Long: `Export writes the stored events that match the filters in one of these formats:

  gdelt-events    the GDELT 2.0 Event table: 61 tab-separated columns, no header
  gdelt-mentions  the GDELT 2.0 Mentions table: 16 columns, a row per mention of an event
  plover          PLOVER JSON records, one per line, with Marsad's modality and evidence
  csv             a flat CSV of events with a header (RFC 4180; --bom for Excel)
  jsonl           the stored analyses, one JSON object per article

GDELT has no modality, so the GDELT tables hold asserted events only: --planned adds planned
events, --all-modalities every event, and --modality X exports events of modality X. The other
formats carry the modality and hold every event that matches the filters.`,
		Example: `  marsad export --format gdelt-events --since 2025-01-01 --out events.tsv
  marsad export --format csv --bom --actor USA --code 04 --out usa-consult.csv
  marsad export --format plover --country SYR --modality planned`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format == "" {
				return usageError{fmt.Errorf("--format is required: one of %s", strings.Join(names, ", "))}
			}
			f, err := export.ParseFormat(format)
			if err != nil {
				return usageError{err}
			}
			for _, d := range []string{q.Since, q.Until} {
				if _, err := marsad.ParseDate(d); err != nil {
					return usageError{fmt.Errorf("--since/--until: %w", err)}
				}
			}
			mods := []string{marsad.Asserted, marsad.Negated, marsad.Planned, marsad.Hypothetical, marsad.Unlikely}
			if q.Modality != "" && !slices.Contains(mods, q.Modality) {
				return usageError{fmt.Errorf("--modality must be one of %s, not %q", strings.Join(mods, ", "), q.Modality)}
			}
			if q.Quad < 0 || q.Quad > 4 {
				return usageError{fmt.Errorf("--quad must be 1..4, not %d", q.Quad)}
			}
			opt := export.Options{Query: q, AllModalities: all, Header: header, BOM: bom, Version: version, Limit: limit}
			opt.Modalities = []string{marsad.Asserted}
			if planned {
				opt.Modalities = append(opt.Modalities, marsad.Planned)
			}
			if q.Modality != "" {
				// asking for a modality by name exports it, in the GDELT tables too
				opt.Modalities = append(opt.Modalities, q.Modality)
			}
			if _, err := os.Stat(db); err != nil {
				return fmt.Errorf("export: database %s: %w", db, err)
			}
			st, err := sqlite.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()

			var w io.Writer = cmd.OutOrStdout()
			var file *os.File
			if out != "" && out != "-" {
				// write beside the target and rename at the end, so that a failed export leaves
				// no truncated file under the name asked for
				file, err = os.CreateTemp(filepath.Dir(out), "."+filepath.Base(out)+".*.tmp")
				if err != nil {
					return fmt.Errorf("export: %w", err)
				}
				defer os.Remove(file.Name())
				w = file
			}
			stats, err := export.Export(cmd.Context(), w, st, f, opt)
			if file != nil {
				if cerr := file.Close(); err == nil && cerr != nil {
					err = fmt.Errorf("export: %w", cerr)
				}
				if err == nil {
					if err = os.Rename(file.Name(), out); err != nil {
						err = fmt.Errorf("export: %w", err)
					}
				}
			}
			if errors.Is(err, marsad.ErrBadQuery) {
				return usageError{err}
			}
			if err != nil {
				return err
			}
			slog.Info("export", "format", f, "events", stats.Events, "articles", stats.Articles,
				"records", stats.Records, "skipped_modality", stats.Skipped, "out", outName(out))
			return nil
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&format, "format", "", "output format: "+strings.Join(names, ", ")+" (required)")
	fl.StringVar(&db, "db", "marsad.db", "SQLite database file")
	fl.StringVarP(&out, "out", "o", "", "output file (default standard output)")
	fl.StringVar(&q.Since, "since", "", "events on or after this date, YYYY-MM-DD")
	fl.StringVar(&q.Until, "until", "", "events on or before this date, YYYY-MM-DD")
	fl.StringVar(&q.Actor, "actor", "", "actor code prefix, source or target (USA, USAGOV)")
	fl.StringVar(&q.Source, "source", "", "source actor code prefix")
	fl.StringVar(&q.Target, "target", "", "target actor code prefix")
	fl.StringVar(&q.Code, "code", "", "CAMEO code prefix (04, 044)")
	fl.IntVar(&q.Quad, "quad", 0, "QuadClass 1..4")
	fl.StringVar(&q.Plover, "plover", "", "PLOVER category (CONSULT)")
	fl.StringVar(&q.Country, "country", "", "ISO3 of the event location")
	fl.StringVar(&q.Place, "place", "", "event location by English or Arabic name or admin1 code")
	fl.StringVar(&q.Outlet, "outlet", "", "news outlet")
	fl.StringVar(&q.ArticleID, "article", "", "article id")
	fl.StringVar(&q.Modality, "modality", "", "asserted, negated, planned, hypothetical or unlikely")
	fl.BoolVar(&planned, "planned", false, "GDELT tables: also export planned events")
	fl.BoolVar(&all, "all-modalities", false, "GDELT tables: export events of every modality")
	fl.BoolVar(&header, "header", false, "GDELT tables: write the column names first (GDELT's files have none)")
	fl.BoolVar(&bom, "bom", false, "CSV: start with a UTF-8 byte-order mark for Excel")
	fl.StringVar(&version, "version", "", "PLOVER: data-set version for cite_info")
	fl.IntVar(&limit, "limit", 0, "stop after this many events (articles for jsonl); 0 means all")
	rootCmd.AddCommand(cmd)
}

func outName(out string) string {
	if out == "" || out == "-" {
		return "stdout"
	}
	return out
}
