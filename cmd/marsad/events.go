package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/store/sqlite"
)

func init() {
	var (
		db, format string
		q          marsad.EventQuery
	)
	cmd := &cobra.Command{
		Use:   "events [flags]",
		Short: "List stored events",
		Example: `  marsad events --actor USA --code 04 --since 2025-01-01
  marsad events --modality unlikely --format jsonl`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "text" && format != "jsonl" {
				return usageError{fmt.Errorf("--format must be text or jsonl, not %q", format)}
			}
			st, err := sqlite.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer st.Close()
			evs, err := st.Events(cmd.Context(), q)
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			if format == "jsonl" {
				enc := json.NewEncoder(w)
				for _, e := range evs {
					if err := enc.Encode(e); err != nil {
						return err
					}
				}
				return nil
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "date\tarticle\tcode\tname\tsource → target\tlocation\tmodality")
			for _, e := range evs {
				date := e.Date
				if date == "" {
					date = e.ArticleDate
				}
				loc := "-"
				if e.Location != nil {
					loc = e.Location.Country
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s → %s\t%s\t%s\n", date, e.ArticleID, e.Code, e.Name, pcode(e.Source), pcode(e.Target), loc, e.Modality)
			}
			return tw.Flush()
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "marsad.db", "SQLite database file")
	f.StringVar(&format, "format", "text", "output format: text or jsonl")
	f.StringVar(&q.Actor, "actor", "", "actor code prefix, source or target (USA, USAGOV)")
	f.StringVar(&q.Source, "source", "", "source actor code prefix")
	f.StringVar(&q.Target, "target", "", "target actor code prefix")
	f.StringVar(&q.Code, "code", "", "CAMEO code prefix (04, 044)")
	f.IntVar(&q.Quad, "quad", 0, "QuadClass 1..4")
	f.StringVar(&q.Modality, "modality", "", "asserted, negated, planned, hypothetical or unlikely")
	f.StringVar(&q.Country, "country", "", "ISO3 of the event location")
	f.StringVar(&q.Since, "since", "", "events on or after this date, YYYY-MM-DD")
	f.StringVar(&q.Until, "until", "", "events on or before this date, YYYY-MM-DD")
	f.StringVar(&q.ArticleID, "article", "", "article id")
	f.IntVar(&q.Limit, "limit", 100, "maximum number of events")
	f.IntVar(&q.Offset, "offset", 0, "skip this many events")
	rootCmd.AddCommand(cmd)
}

func pcode(p *marsad.Participant) string {
	if p == nil || p.Code == "" {
		return "-"
	}
	return p.Code
}
