package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"marsad/cluster"
	"marsad/internal/shareddata"
)

func init() {
	cmd := &cobra.Command{
		Use:   "clusters",
		Short: "Learn word clusters (skip-gram vectors + hierarchical k-means) from unlabeled news",
		Long: `Trains skip-gram word vectors with negative sampling on the SaudiNewsNet corpus (plus the
token column of any --tokens files, e.g. the NER training split), groups them by hierarchical
spherical k-means and writes "key<TAB>id1<TAB>id2<TAB>id3" lines, gzip-compressed. Fixed seed:
the same input gives the same file.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			news, _ := cmd.Flags().GetString("news")
			out, _ := cmd.Flags().GetString("out")
			tokens, _ := cmd.Flags().GetStringSlice("tokens")
			epochs, _ := cmd.Flags().GetInt("epochs")
			dim, _ := cmd.Flags().GetInt("dim")
			vecPath, _ := cmd.Flags().GetString("vectors")
			if news == "" {
				p, err := shareddata.Path("data", "news", "saudinewsnet")
				if err != nil {
					return usageError{fmt.Errorf("--news not given and %w", err)}
				}
				news = p
			}
			start := time.Now()
			sents, err := cluster.ReadSaudiNewsNet(news)
			if err != nil {
				return err
			}
			for _, f := range tokens {
				s, err := cluster.ReadTokenColumn(f)
				if err != nil {
					return err
				}
				sents = append(sents, s...)
			}
			n := 0
			for _, s := range sents {
				n += len(s)
			}
			slog.Info("read unlabeled text", "lines", len(sents), "tokens", n, "took", time.Since(start).Round(time.Millisecond))
			cfg := cluster.DefaultBuild
			cfg.Word2Vec.Epochs = epochs
			cfg.Word2Vec.Dim = dim
			cfg.Word2Vec.MinCount, _ = cmd.Flags().GetInt("min-count")
			cl, emb, err := cluster.Build(cmd.Context(), sents, cfg)
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return fmt.Errorf("train clusters: %w", err)
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train clusters: %w", err)
			}
			if err := cl.Write(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("train clusters: %w", err)
			}
			if vecPath != "" {
				f, err := os.Create(vecPath)
				if err != nil {
					return fmt.Errorf("train clusters: %w", err)
				}
				if err := emb.Write(f); err != nil {
					f.Close()
					return err
				}
				if err := f.Close(); err != nil {
					return fmt.Errorf("train clusters: %w", err)
				}
			}
			slog.Info("wrote clusters", "file", out, "words", cl.Len(), "took", time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().String("news", "", "SaudiNewsNet directory of *.zip (default: shared data)")
	cmd.Flags().StringSlice("tokens", nil, "extra token-per-line files (first column) to add to the text")
	cmd.Flags().String("out", "cluster/data/clusters.tsv.gz", "output file")
	cmd.Flags().String("vectors", "", "also write the word vectors (int8, unit length) here (\"\" for none)")
	cmd.Flags().Int("epochs", cluster.DefaultWord2Vec.Epochs, "word2vec epochs")
	cmd.Flags().Int("dim", cluster.DefaultWord2Vec.Dim, "word2vec vector size")
	cmd.Flags().Int("min-count", cluster.DefaultWord2Vec.MinCount, "drop words seen fewer times")
	trainCmd.AddCommand(cmd)
}
