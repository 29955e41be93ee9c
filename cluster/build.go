package cluster

import (
	"archive/zip"
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// BuildConfig sets how Build turns sentences into clusters.
type BuildConfig struct {
	Word2Vec Word2VecConfig
	// K is the branching at each level of the hierarchy (len(K) must equal Levels).
	K [Levels]int
	// Iters is the number of k-means iterations per split.
	Iters int
}

// DefaultBuild is the configuration used by `marsad train clusters`: 32 coarse clusters, 512
// middle ones and up to 4096 fine ones.
var DefaultBuild = BuildConfig{Word2Vec: DefaultWord2Vec, K: [Levels]int{32, 16, 8}, Iters: 15}

// Build trains word vectors on sentences of raw tokens (they are normalised with Key here) and
// clusters them.
func Build(ctx context.Context, sentences [][]string, cfg BuildConfig) (*Clusters, *Embeddings, error) {
	keys := make([][]string, len(sentences))
	for i, s := range sentences {
		k := make([]string, len(s))
		for j, w := range s {
			k[j] = Key(w)
		}
		keys[i] = k
	}
	vocab := BuildVocab(keys, cfg.Word2Vec.MinCount, cfg.Word2Vec.MaxVocab)
	slog.Info("cluster vocabulary", "words", len(vocab.Words), "sentences", len(keys))
	vecs, err := TrainWord2Vec(ctx, keys, vocab, cfg.Word2Vec)
	if err != nil {
		return nil, nil, err
	}
	paths := Hierarchical(vecs, cfg.K[:], cfg.Iters, cfg.Word2Vec.Seed)
	m := make(map[string]Path, len(paths))
	for i, p := range paths {
		var pp Path
		copy(pp[:], p)
		m[vocab.Words[i]] = pp
	}
	return New(m), NewEmbeddings(vocab, vecs), nil
}

// ReadSaudiNewsNet reads every *.zip of the SaudiNewsNet corpus in dir (each holds a JSON array
// of articles) and returns the tokenised lines of titles and contents, in file order.
func ReadSaudiNewsNet(dir string) ([][]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.zip"))
	if err != nil {
		return nil, fmt.Errorf("cluster: saudinewsnet %s: %w", dir, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("cluster: saudinewsnet %s: no zip files", dir)
	}
	sort.Strings(files)
	var out [][]string
	for _, f := range files {
		zr, err := zip.OpenReader(f)
		if err != nil {
			return nil, fmt.Errorf("cluster: saudinewsnet %s: %w", f, err)
		}
		for _, zf := range zr.File {
			if !strings.HasSuffix(zf.Name, ".json") {
				continue
			}
			rc, err := zf.Open()
			if err != nil {
				zr.Close()
				return nil, fmt.Errorf("cluster: saudinewsnet %s/%s: %w", f, zf.Name, err)
			}
			var docs []struct {
				Title   string `json:"title"`
				Content string `json:"content"`
			}
			err = json.NewDecoder(rc).Decode(&docs)
			rc.Close()
			if err != nil {
				zr.Close()
				return nil, fmt.Errorf("cluster: saudinewsnet %s/%s: %w", f, zf.Name, err)
			}
			for _, d := range docs {
				for _, part := range []string{d.Title, d.Content} {
					for line := range strings.SplitSeq(part, "\n") {
						if t := Tokenize(line); len(t) > 0 {
							out = append(out, t)
						}
					}
				}
			}
		}
		zr.Close()
	}
	return out, nil
}

// ReadTokenColumn reads the first column of a token-per-line file (CoNLL style; blank lines end
// sentences; a second column, if any, is ignored). It is used to add the words of a training
// corpus to the unlabeled text.
func ReadTokenColumn(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cluster: %w", err)
	}
	defer f.Close()
	return readTokenColumn(f)
}

func readTokenColumn(r io.Reader) ([][]string, error) {
	var out [][]string
	var cur []string
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		line = strings.TrimPrefix(line, "\u200e")
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = nil
			}
			continue
		}
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			line = line[:i]
		}
		cur = append(cur, line)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("cluster: read tokens: %w", err)
	}
	return out, nil
}
