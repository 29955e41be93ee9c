package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/analyze"
	"marsad/input"
	"marsad/report"
)

func init() {
	var (
		format, inFormat, date, id string
		maxBytes                   int
		noNER, tokens              bool
	)
	cmd := &cobra.Command{
		Use:   "analyze [flags] FILE…|-",
		Short: "Analyse Arabic news and print events, quotes and entities",
		Long: `Analyse Arabic news articles: plain-text files (UTF-8, UTF-16 or Windows-1256), standard
input (-), or JSON Lines (--input jsonl) whose lines are {"id","text","date","title","url"}.
Prints one summary (--format text) or one JSON object per document (json, jsonl), in input order.
All offsets are Unicode code points into the document text.`,
		Example: `  marsad analyze examples/riyadh-talks.ar.txt
  marsad analyze --format jsonl --id riyadh-talks --date 2025-02-18 examples/riyadh-talks.ar.txt
  cat news.jsonl | marsad analyze --input jsonl --format jsonl -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			switch format {
			case "text", "json", "jsonl":
			default:
				return usageError{fmt.Errorf("--format must be text, json or jsonl, not %q", format)}
			}
			if inFormat != input.Text && inFormat != input.JSONL {
				return usageError{fmt.Errorf("--input must be text or jsonl, not %q", inFormat)}
			}
			if id != "" && len(args) > 1 {
				return usageError{errors.New("--id needs exactly one input")}
			}
			if _, err := marsad.ParseDate(date); err != nil {
				return usageError{fmt.Errorf("--date: %w", err)}
			}
			an, err := analyze.New(analyze.Options{NoNER: noNER, Tokens: tokens})
			if err != nil {
				return err
			}
			w := bufio.NewWriterSize(cmd.OutOrStdout(), 64<<10)
			defer w.Flush()
			failed := 0
			opt := input.Options{Format: inFormat, ID: id, Date: date, MaxBytes: maxBytes}
			for it := range input.Read(cmd.Context(), args, cmd.InOrStdin(), opt) {
				if it.Err != nil {
					failed++
					slog.Error("input", "err", it.Err)
					continue
				}
				res, err := an.Analyze(cmd.Context(), it.Article)
				if err != nil {
					failed++
					slog.Error("analyze", "id", it.Article.ID, "origin", it.Origin, "err", err)
					continue
				}
				res.Warnings = append(it.Warnings, res.Warnings...)
				if err := write(w, format, res); err != nil {
					return err
				}
			}
			if failed > 0 {
				return fmt.Errorf("%d input(s) could not be analysed", failed)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&format, "format", "text", "output format: text, json or jsonl")
	f.StringVar(&inFormat, "input", "text", "input format: text (whole files) or jsonl")
	f.StringVar(&date, "date", "", "article date YYYY-MM-DD (resolves roles and relative dates)")
	f.StringVar(&id, "id", "", "document id (default: the file name without extensions)")
	f.IntVar(&maxBytes, "max-bytes", input.DefaultMaxBytes, "split text inputs longer than this many bytes into parts")
	f.BoolVar(&noNER, "no-ner", false, "skip the statistical entity tagger")
	f.BoolVar(&tokens, "tokens", false, "include tokens in JSON output")
	rootCmd.AddCommand(cmd)
}

func write(w io.Writer, format string, a *marsad.Analysis) error {
	switch format {
	case "json":
		b, err := json.MarshalIndent(a, "", "  ")
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "jsonl":
		b, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	}
	return report.Summary(w, a)
}

var _ = os.Stdout
