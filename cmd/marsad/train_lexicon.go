package main

import (
	"bufio"
	"fmt"
	"iter"
	"os"

	"github.com/spf13/cobra"

	"marsad/arabic"
	"marsad/corpus"
)

func init() {
	var dir, out string
	var minCount int
	cmd := &cobra.Command{
		Use:   "lexicon",
		Short: "Rebuild the word-frequency lexicon of the arabic package from the news corpus",
		Long: `Rebuild arabic/data/lexicon.tsv.gz: the frequencies of the normalised word forms of the
titles and contents of the SaudiNewsNet corpus. The clitic segmenter uses it to keep names whole.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			var cerr error
			texts := iter.Seq[string](func(yield func(string) bool) {
				for d, err := range corpus.SaudiNewsNet(dir) {
					if err != nil {
						cerr = err
						return
					}
					if !yield(d.Title) || !yield(d.Content) {
						return
					}
				}
			})
			lex := arabic.BuildLexicon(texts, minCount)
			if cerr != nil {
				return cerr
			}
			f, err := os.Create(out)
			if err != nil {
				return err
			}
			bw := bufio.NewWriter(f)
			if _, err := lex.WriteTo(bw); err != nil {
				f.Close()
				return err
			}
			if err := bw.Flush(); err != nil {
				f.Close()
				return err
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "wrote %s\n", out)
			return f.Close()
		},
	}
	cmd.Flags().StringVar(&dir, "corpus", "../shared/data/news/saudinewsnet", "SaudiNewsNet zip directory")
	cmd.Flags().StringVar(&out, "out", "arabic/data/lexicon.tsv.gz", "output file")
	cmd.Flags().IntVar(&minCount, "min-count", 2, "drop words seen fewer times")
	trainCmd.AddCommand(cmd)
}
