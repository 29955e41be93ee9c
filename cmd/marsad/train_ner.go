package main

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"marsad/cluster"
	"marsad/internal/shareddata"
	"marsad/ner"
)

func init() {
	cmd := &cobra.Command{
		Use:   "ner",
		Short: "Train the NER tagger (averaged perceptron, two stacked passes) on a CoNLL file",
		Long: `Trains the named-entity tagger on "token LABEL" CoNLL data. Word clusters (from
'marsad train clusters') and gazetteers (geo data, WikiFANE entity names, title words) are compiled
into the model, so the written file is self-contained. Training is reproducible: a fixed seed and
a fixed fold split.

--dev-split F holds out the last fraction F of the training sentences as a development set (the
documented tuning split); --dev FILE scores another file after every epoch instead. Neither changes
the model.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			trainPath, _ := cmd.Flags().GetString("train")
			devPath, _ := cmd.Flags().GetString("dev")
			devSplit, _ := cmd.Flags().GetFloat64("dev-split")
			out, _ := cmd.Flags().GetString("out")
			clPath, _ := cmd.Flags().GetString("clusters")
			vecPath, _ := cmd.Flags().GetString("vectors")
			noGaz, _ := cmd.Flags().GetBool("no-gazetteer")
			nameParts, _ := cmd.Flags().GetBool("name-parts")
			cfg := ner.DefaultTrain
			cfg.Epochs, _ = cmd.Flags().GetInt("epochs")
			cfg.Folds, _ = cmd.Flags().GetInt("folds")
			cfg.Bags, _ = cmd.Flags().GetInt("bags")
			cfg.Seed, _ = cmd.Flags().GetUint64("seed")
			cfg.MinCount, _ = cmd.Flags().GetInt("min-count")
			cfg.PruneBelow, _ = cmd.Flags().GetFloat64("prune-below")
			onePass, _ := cmd.Flags().GetBool("one-pass")
			cfg.TwoPass = !onePass
			cfg.CRF, _ = cmd.Flags().GetBool("crf")
			cfg.Eta, _ = cmd.Flags().GetFloat64("eta")
			cfg.L2, _ = cmd.Flags().GetFloat64("l2")
			cfg.CRFEpochs, _ = cmd.Flags().GetInt("crf-epochs")
			noLex, _ := cmd.Flags().GetBool("no-lexicon")
			cfg.UseLex = !noLex
			cvFolds, _ := cmd.Flags().GetInt("cv")
			if trainPath == "" || (out == "" && cvFolds < 2) {
				return usageError{fmt.Errorf("train ner: --train and --out are required")}
			}
			start := time.Now()
			sents, err := ner.ReadCoNLLFile(trainPath)
			if err != nil {
				return err
			}
			if devPath != "" {
				if cfg.Dev, err = ner.ReadCoNLLFile(devPath); err != nil {
					return err
				}
			} else if devSplit > 0 && devSplit < 1 {
				cut := len(sents) - int(float64(len(sents))*devSplit)
				sents, cfg.Dev = sents[:cut], sents[cut:]
			}
			var cl *cluster.Clusters
			if clPath != "" && clPath != "none" {
				f, err := os.Open(clPath)
				if err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				cl, err = cluster.Read(f)
				f.Close()
				if err != nil {
					return err
				}
			}
			var emb *cluster.Embeddings
			if vecPath != "" && vecPath != "none" {
				f, err := os.Open(vecPath)
				if err != nil {
					return fmt.Errorf("train ner: %w", err)
				}
				emb, err = cluster.ReadEmbeddings(f)
				f.Close()
				if err != nil {
					return err
				}
			}
			var src ner.GazetteerSources
			if !noGaz {
				shared, err := shareddata.Dir()
				if err != nil {
					return fmt.Errorf("train ner: gazetteers: %w", err)
				}
				src = ner.GazetteerSources{
					Countries:   filepath.Join(shared, "data", "geo", "countries.tsv"),
					Cities:      filepath.Join(shared, "data", "geo", "cities.tsv"),
					WorldCities: filepath.Join(shared, "data", "geo", "world-cities-en-ar.csv"),
					WikiFANE:    filepath.Join(shared, "data", "ner", "fane", "WikiFANE_Gold_2014_500K.txt"),
					MinCityPop:  20000,
					NameParts:   nameParts,
				}
			}
			gaz, err := ner.BuildGazetteer(src)
			if err != nil {
				return err
			}
			cfg.CharLMTrain, _ = cmd.Flags().GetBool("name-lm-train")
			if useLM, _ := cmd.Flags().GetBool("name-lm"); useLM {
				if cfg.CharLM, err = buildCharLM(cmd); err != nil {
					return err
				}
			}
			if want, _ := cmd.Flags().GetInt("news-tokens"); want > 0 {
				dir, err := shareddata.Path("data", "news", "saudinewsnet")
				if err != nil {
					return fmt.Errorf("train ner: news: %w", err)
				}
				lines, err := cluster.ReadSaudiNewsNet(dir)
				if err != nil {
					return err
				}
				// An even sample across the corpus: every k-th line until enough tokens.
				total := 0
				for _, l := range lines {
					total += len(l)
				}
				stride := max(1, total/want)
				n := 0
				for i := 0; i < len(lines) && n < want; i += stride {
					cfg.Unlabeled = append(cfg.Unlabeled, lines[i])
					n += len(lines[i])
				}
				slog.Info("train ner: unlabeled news", "lines", len(cfg.Unlabeled), "tokens", n)
			}
			if wiki, _ := cmd.Flags().GetString("wikifane"); wiki != "" {
				fs, err := ner.ReadFANE(wiki)
				if err != nil {
					return err
				}
				cfg.Extra = ner.FANEForTraining(fs)
				cfg.ExtraWeight, _ = cmd.Flags().GetFloat64("wikifane-weight")
			}
			if cv, _ := cmd.Flags().GetInt("cv"); cv > 1 {
				// Cross-validation over contiguous blocks of --train: for tuning only, no model.
				// (After every option that changes the training data: --news-tokens, --wikifane.)
				total := &ner.Score{}
				for k := range cv {
					lo, hi := k*len(sents)/cv, (k+1)*len(sents)/cv
					train := append(append([]ner.Sentence(nil), sents[:lo]...), sents[hi:]...)
					c := cfg
					c.Dev = nil
					t, err := ner.Train(cmd.Context(), train, cl, emb, gaz, c)
					if err != nil {
						return err
					}
					sc := t.Evaluate(sents[lo:hi])
					slog.Info("train ner: cv fold", "fold", k+1, "f1", fmt.Sprintf("%.2f", 100*sc.Micro.F1()))
					total.Merge(sc)
				}
				fmt.Fprintf(cmd.OutOrStdout(), "cross-validation (%d folds):\n", cv)
				return total.Write(cmd.OutOrStdout())
			}
			slog.Info("train ner: data", "train_sentences", len(sents), "dev_sentences", len(cfg.Dev), "clusters", cl.Len())
			t, err := ner.Train(cmd.Context(), sents, cl, emb, gaz, cfg)
			if err != nil {
				return err
			}
			info := t.Info()
			info["command"] = "marsad " + strings.Join(os.Args[1:], " ")
			info["train"] = filepath.Base(trainPath)
			if len(cfg.Dev) > 0 {
				sc := t.Evaluate(cfg.Dev)
				info["dev_f1"] = fmt.Sprintf("%.2f", 100*sc.Micro.F1())
				fmt.Fprintln(cmd.OutOrStdout(), "dev:")
				if err := sc.Write(cmd.OutOrStdout()); err != nil {
					return err
				}
			}
			if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			f, err := os.Create(out)
			if err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			if err := t.Save(f); err != nil {
				f.Close()
				return err
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("train ner: %w", err)
			}
			slog.Info("train ner: wrote model", "file", out, "took", time.Since(start).Round(time.Second))
			return nil
		},
	}
	cmd.Flags().String("train", "", "CoNLL training file (token LABEL per line)")
	cmd.Flags().String("dev", "", "CoNLL development file, scored after each epoch")
	cmd.Flags().Float64("dev-split", 0, "hold out this last fraction of --train as the dev set (e.g. 0.1)")
	cmd.Flags().String("out", "", "model file to write (gzip)")
	cmd.Flags().String("clusters", "cluster/data/clusters.tsv.gz", "word cluster file from 'train clusters' (\"none\" for none)")
	cmd.Flags().String("vectors", "none", "word vectors from 'train clusters' (\"none\" for none)")
	cmd.Flags().Int("epochs", ner.DefaultTrain.Epochs, "perceptron epochs")
	cmd.Flags().Int("folds", ner.DefaultTrain.Folds, "jackknife folds")
	cmd.Flags().Float64("prune-below", ner.DefaultTrain.PruneBelow, "with --bags, drop feature rows whose averaged weights are all below this (absolute)")
	cmd.Flags().Int("min-count", ner.DefaultTrain.MinCount, "drop features seen on fewer training tokens")
	cmd.Flags().Uint64("seed", ner.DefaultTrain.Seed, "shuffling seed (another seed gauges how much a CV difference is noise)")
	cmd.Flags().Int("bags", ner.DefaultTrain.Bags, "train each pass's final model this many times with different shuffles and average them")
	cmd.Flags().Int("cv", 0, "k-fold cross-validation over --train (contiguous folds); prints pooled scores, writes no model")
	cmd.Flags().Bool("crf", ner.DefaultTrain.CRF, "train the final pass as a CRF (AdaGrad) instead of a perceptron")
	cmd.Flags().Float64("eta", ner.DefaultTrain.Eta, "CRF AdaGrad step")
	cmd.Flags().Float64("l2", ner.DefaultTrain.L2, "CRF L2 penalty")
	cmd.Flags().Int("crf-epochs", ner.DefaultTrain.CRFEpochs, "CRF epochs (0: --epochs)")
	cmd.Flags().Int("news-tokens", 0, "tag about this many tokens of SaudiNewsNet with the first pass for a silver lexicon (0: none)")
	cmd.Flags().String("wikifane", "", "also train on this WikiFANE file (PERS/LOC/ORG kept, other tokens O-or-MISC)")
	cmd.Flags().Float64("wikifane-weight", 0.5, "update size for WikiFANE sentences")
	cmd.Flags().Bool("one-pass", false, "train a single pass (no stacking)")
	cmd.Flags().Bool("no-lexicon", false, "no features from the training split's own entity lexicon")
	cmd.Flags().Bool("name-parts", false, "add single-word name-part lists from WikiFANE (given/family names, organisation and place words)")
	cmd.Flags().Bool("name-lm", true, "name-likeness features: character n-gram models of WikiFANE name words against SaudiNewsNet words (--name-lm=false: none)")
	cmd.Flags().Bool("name-lm-train", false, "with --name-lm, add the training split's entity words to the name models (jackknifed)")
	cmd.Flags().Int("name-lm-min", 2, "with --name-lm, SaudiNewsNet words seen fewer times are left out of the news model")
	cmd.Flags().Bool("no-gazetteer", false, "no external gazetteers (geo, WikiFANE); titles only")
	trainCmd.AddCommand(cmd)
}

// buildCharLM learns the name-likeness models of --name-lm from the shared data.
func buildCharLM(cmd *cobra.Command) (*ner.CharLM, error) {
	start := time.Now()
	shared, err := shareddata.Dir()
	if err != nil {
		return nil, fmt.Errorf("train ner: name lm: %w", err)
	}
	news, err := cluster.ReadSaudiNewsNet(filepath.Join(shared, "data", "news", "saudinewsnet"))
	if err != nil {
		return nil, fmt.Errorf("train ner: name lm: %w", err)
	}
	minNews, _ := cmd.Flags().GetInt("name-lm-min")
	m, err := ner.BuildCharLM(ner.CharLMSources{
		WikiFANE: filepath.Join(shared, "data", "ner", "fane", "WikiFANE_Gold_2014_500K.txt"),
		News:     news,
		MinNews:  minNews,
	})
	if err != nil {
		return nil, err
	}
	slog.Info("train ner: name lm", "grams", len(m.Grams), "took", time.Since(start).Round(time.Millisecond))
	return m, nil
}
