package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/analyze"
	"marsad/eval"
)

func init() {
	var (
		gold, shared, materialize string
		asJSON, verbose, noNER    bool
	)
	cmd := &cobra.Command{
		Use:   "events --gold GOLD.jsonl [PRED.jsonl]",
		Short: "Score events against gold data, with the reference scorer's metrics",
		Long: `Score event output against a gold file in the format of ../shared/tools/score_events.py
(dyad, base-code and anchored F1, quote speakers, modality), number for number the same as the
reference scorer. With PRED.jsonl, score those predictions (the output of
'marsad analyze --format jsonl'); without it, analyse the gold texts and score the result.
Gold documents may give their text by reference into the SaudiNewsNet corpus ("ref"), resolved
from --shared. --materialize writes the gold with every text inline, for the Python scorer.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if gold == "" {
				return usageError{fmt.Errorf("--gold is required")}
			}
			resolver := eval.CorpusResolver(filepath.Join(shared, "data", "news", "saudinewsnet"))
			docs, texts, err := eval.ReadGold(gold, resolver)
			if err != nil {
				return err
			}
			if materialize != "" {
				return writeMaterialized(materialize, docs, texts)
			}
			var preds []eval.PredDoc
			if len(args) == 1 {
				f, err := os.Open(args[0])
				if err != nil {
					return err
				}
				preds, err = eval.ReadPred(f)
				f.Close()
				if err != nil {
					return err
				}
			} else {
				an, err := analyze.New(analyze.Options{NoNER: noNER})
				if err != nil {
					return err
				}
				for i, g := range docs {
					a, err := an.Analyze(cmd.Context(), marsad.Article{ID: g.ID, Date: g.Date, Text: texts[i]})
					if err != nil {
						return fmt.Errorf("analyze %s: %w", g.ID, err)
					}
					b, _ := json.Marshal(a)
					var p eval.PredDoc
					if err := json.Unmarshal(b, &p); err != nil {
						return err
					}
					preds = append(preds, p)
				}
			}
			res := eval.ScoreEvents(docs, texts, preds)
			if verbose {
				for _, m := range res.Missed {
					fmt.Fprintln(cmd.ErrOrStderr(), "  MISS ", m)
				}
				for _, x := range res.Extra {
					fmt.Fprintln(cmd.ErrOrStderr(), "  EXTRA", x)
				}
			}
			if asJSON {
				b, _ := json.Marshal(res)
				fmt.Fprintln(cmd.OutOrStdout(), string(b))
				return nil
			}
			res.WriteText(cmd.OutOrStdout())
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&gold, "gold", "", "gold file (JSON Lines)")
	f.StringVar(&shared, "shared", "../shared", "shared data directory, for texts given by reference")
	f.StringVar(&materialize, "materialize", "", "write the gold with inline texts to this file and exit")
	f.BoolVar(&asJSON, "json", false, "print the scores as JSON")
	f.BoolVar(&verbose, "verbose", false, "list missed and extra event keys on stderr")
	f.BoolVar(&noNER, "no-ner", false, "analyse without the statistical entity tagger")
	evalCmd.AddCommand(cmd)
}

// writeMaterialized writes gold documents with their texts inline (refs dropped).
func writeMaterialized(path string, docs []eval.GoldDoc, texts []string) error {
	var b bytes.Buffer
	for i, d := range docs {
		d.Text, d.Ref, d.TextFile = texts[i], nil, ""
		j, err := json.Marshal(d)
		if err != nil {
			return err
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}
