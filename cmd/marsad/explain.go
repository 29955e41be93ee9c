package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/analyze"
	"marsad/input"
)

func init() {
	var date, id string
	var noNER bool
	cmd := &cobra.Command{
		Use:   "explain [flags] FILE|-",
		Short: "Show, sentence by sentence, which event rules fired and why",
		Long: `Explain the event coding of an article: for every sentence, its actor and place mentions,
then every trigger the coder found — the rule (patterns/NN.yaml id), the code, source and target,
modality, and why an event was dropped. The tool to use when fixing a miscoding.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			an, err := analyze.New(analyze.Options{Trace: true, NoNER: noNER})
			if err != nil {
				return err
			}
			w := bufio.NewWriter(cmd.OutOrStdout())
			defer w.Flush()
			for it := range input.Read(cmd.Context(), args, cmd.InOrStdin(), input.Options{ID: id, Date: date}) {
				if it.Err != nil {
					return it.Err
				}
				a, trace, err := an.Explain(cmd.Context(), it.Article)
				if err != nil {
					return err
				}
				for si, s := range a.Sentences {
					fmt.Fprintf(w, "[%d] %s\n", si, a.Slice(s.Span))
					for _, e := range a.Entities {
						if s.Span.Contains(e.Start) {
							code := ""
							if e.Actor != nil {
								code = e.Actor.Code
							}
							fmt.Fprintf(w, "    entity  %-4s %-10s %s\n", e.Type, code, e.Text)
						}
					}
					for _, tr := range trace {
						if tr.Sentence != si {
							continue
						}
						status := "EVENT  "
						if tr.Dropped || strings.HasPrefix(strings.Join(tr.Notes, ""), "dropped") {
							status = "dropped"
						}
						fmt.Fprintf(w, "    %s %-6s %-26s trigger «%s»  %s → %s  %s\n", status, tr.Code, tr.Rule, tr.Trigger, orDash(tr.Source), orDash(tr.Target), tr.Modality)
						for _, n := range tr.Notes {
							if n != "" {
								fmt.Fprintf(w, "             %s\n", n)
							}
						}
					}
				}
				fmt.Fprintln(w)
				writeEvents(w, a)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&date, "date", "", "article date YYYY-MM-DD")
	cmd.Flags().StringVar(&id, "id", "", "document id")
	cmd.Flags().BoolVar(&noNER, "no-ner", false, "skip the statistical entity tagger")
	rootCmd.AddCommand(cmd)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func writeEvents(w *bufio.Writer, a *marsad.Analysis) {
	fmt.Fprintf(w, "%d events after merging mentions:\n", len(a.Events))
	for _, e := range a.Events {
		fmt.Fprintf(w, "  %s %s → %s %s (mentions %d, rule %s, confidence %.2f)\n", e.Code, pcode(e.Source), pcode(e.Target), e.Modality, e.Mentions, e.Rule, e.Confidence)
	}
}
