package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/actor"
	"marsad/arabic"
)

// kbLookupCmd resolves the actor mentions of a text, to try the knowledge base by hand.
var kbLookupCmd = &cobra.Command{
	Use:   "lookup TEXT...",
	Short: "Print the actor mentions found in an Arabic text",
	Long: `Lookup resolves the actors mentioned in TEXT (the arguments joined by spaces) as of
--date, sentence by sentence, and prints each mention: its text, CAMEO code, knowledge-base id,
office and type. Members of a pair ("البلدين") are printed indented below it.`,
	Example: `  marsad kb lookup --date 2018-05-02 "قال وزير الخارجية الأمريكي إن واشنطن لن تتراجع"`,
	Args:    cobra.MinimumNArgs(1),
	RunE: func(cmd *cobra.Command, args []string) error {
		ds, _ := cmd.Flags().GetString("date")
		var date time.Time
		if ds != "" {
			d, err := marsad.ParseDate(ds)
			if err != nil {
				return usageError{fmt.Errorf("kb lookup: --date: %w", err)}
			}
			date = d
		}
		text := strings.Join(args, " ")
		doc := actor.Default().NewDoc(date)
		tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "TEXT\tCODE\tID\tOFFICE\tTYPE\tSPAN")
		toks := arabic.Tokenize(text)
		for _, sp := range arabic.Sentences(text) {
			var sent []arabic.Token
			for _, t := range toks {
				if t.Start >= sp.Start && t.End <= sp.End {
					sent = append(sent, t)
				}
			}
			for _, m := range doc.Sentence(text, sent) {
				printMention(tw, m, "")
			}
		}
		return tw.Flush()
	},
}

func printMention(w *tabwriter.Writer, m actor.Mention, indent string) {
	id := "-"
	if m.Actor != nil {
		id = m.Actor.ID
	}
	code, office := m.Code, m.Office
	if code == "" {
		code = "-"
	}
	if office == "" {
		office = "-"
	}
	fmt.Fprintf(w, "%s%s\t%s\t%s\t%s\t%s\t%d-%d\n", indent, m.Text, code, id, office, m.Type, m.Start, m.End)
	for _, g := range m.Group {
		printMention(w, g, indent+"  ")
	}
}

func init() {
	kbLookupCmd.Flags().String("date", "", "article date YYYY-MM-DD (default today)")
	kbCmd.AddCommand(kbLookupCmd)
}
