package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"marsad/ner"
)

func init() {
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Score the NER tagger on a CoNLL file (entity precision/recall/F1, seqeval conventions)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path, _ := cmd.Flags().GetString("conll")
			modelPath, _ := cmd.Flags().GetString("model")
			if path == "" {
				return usageError{fmt.Errorf("eval ner: --conll is required")}
			}
			sents, err := ner.ReadCoNLLFile(path)
			if err != nil {
				return err
			}
			var t *ner.Tagger
			if modelPath != "" {
				f, err := os.Open(modelPath)
				if err != nil {
					return fmt.Errorf("eval ner: %w", err)
				}
				t, err = ner.Load(f)
				f.Close()
				if err != nil {
					return err
				}
			} else if t, err = ner.Default(); err != nil {
				return err
			}
			return t.Evaluate(sents).Write(cmd.OutOrStdout())
		},
	}
	cmd.Flags().String("conll", "", "CoNLL file with gold labels (token LABEL per line)")
	cmd.Flags().String("model", "", "model file (default: the embedded model)")
	evalCmd.AddCommand(cmd)
}
