package cluster

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"sort"
)

// Word2VecConfig sets the skip-gram training. The zero value is not useful; use
// DefaultWord2Vec.
type Word2VecConfig struct {
	Dim       int     // vector size
	Window    int     // max context distance (the actual window is drawn in [1, Window])
	Negative  int     // negative samples per positive pair
	MinCount  int     // words seen fewer times are dropped
	MaxVocab  int     // keep at most this many most frequent words (0: no limit)
	Epochs    int     // passes over the corpus
	Alpha     float32 // initial learning rate, decays linearly to Alpha/1000
	Subsample float64 // frequent-word down-sampling threshold (word2vec's -sample)
	Seed      uint64
}

// DefaultWord2Vec is the configuration used by `marsad train clusters`.
var DefaultWord2Vec = Word2VecConfig{
	Dim: 80, Window: 5, Negative: 5, MinCount: 5, MaxVocab: 200000,
	Epochs: 3, Alpha: 0.025, Subsample: 1e-4, Seed: 1,
}

// Vocab is a frequency-sorted vocabulary of keys.
type Vocab struct {
	Words  []string
	Counts []int64
	index  map[string]int32
}

// BuildVocab counts the keys of tokenised sentences and keeps the frequent ones, most frequent
// first (ties by key, so the result is reproducible).
func BuildVocab(sentences [][]string, minCount, maxVocab int) *Vocab {
	counts := map[string]int64{}
	for _, s := range sentences {
		for _, w := range s {
			counts[w]++
		}
	}
	words := make([]string, 0, len(counts))
	for w, c := range counts {
		if c >= int64(minCount) {
			words = append(words, w)
		}
	}
	sort.Slice(words, func(i, j int) bool {
		ci, cj := counts[words[i]], counts[words[j]]
		if ci != cj {
			return ci > cj
		}
		return words[i] < words[j]
	})
	if maxVocab > 0 && len(words) > maxVocab {
		words = words[:maxVocab]
	}
	v := &Vocab{Words: words, Counts: make([]int64, len(words)), index: make(map[string]int32, len(words))}
	for i, w := range words {
		v.Counts[i] = counts[w]
		v.index[w] = int32(i)
	}
	return v
}

// ID returns a word's index, or -1.
func (v *Vocab) ID(w string) int32 {
	if i, ok := v.index[w]; ok {
		return i
	}
	return -1
}

// Vectors are word vectors, row i for Vocab.Words[i].
type Vectors struct {
	Dim  int
	Data []float32
}

// Row returns the vector of word i.
func (v *Vectors) Row(i int) []float32 { return v.Data[i*v.Dim : (i+1)*v.Dim] }

// TrainWord2Vec trains skip-gram vectors with negative sampling on sentences of keys. It runs on
// one goroutine so that a fixed seed gives the same vectors every time.
func TrainWord2Vec(ctx context.Context, sentences [][]string, vocab *Vocab, cfg Word2VecConfig) (*Vectors, error) {
	if cfg.Dim <= 0 || cfg.Window <= 0 || cfg.Epochs <= 0 || cfg.Negative <= 0 {
		return nil, fmt.Errorf("cluster: word2vec: bad config %+v", cfg)
	}
	nv := len(vocab.Words)
	if nv < 2 {
		return nil, fmt.Errorf("cluster: word2vec: vocabulary too small (%d words)", nv)
	}
	// Corpus as ids, -1 between sentences.
	var total int64
	ids := make([][]int32, 0, len(sentences))
	for _, s := range sentences {
		row := make([]int32, 0, len(s))
		for _, w := range s {
			if id := vocab.ID(w); id >= 0 {
				row = append(row, id)
			}
		}
		if len(row) > 1 {
			ids = append(ids, row)
			total += int64(len(row))
		}
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15))
	dim := cfg.Dim
	in := make([]float32, nv*dim)
	out := make([]float32, nv*dim)
	for i := range in {
		in[i] = (rng.Float32() - 0.5) / float32(dim)
	}
	// Unigram^0.75 table for negatives.
	const tableSize = 1 << 24
	table := make([]int32, tableSize)
	var norm float64
	for _, c := range vocab.Counts {
		norm += math.Pow(float64(c), 0.75)
	}
	{
		i := 0
		cum := math.Pow(float64(vocab.Counts[0]), 0.75) / norm
		for a := range table {
			table[a] = int32(i)
			if float64(a)/tableSize > cum && i < nv-1 {
				i++
				cum += math.Pow(float64(vocab.Counts[i]), 0.75) / norm
			}
		}
	}
	// Keep probability per word.
	keep := make([]float32, nv)
	for i, c := range vocab.Counts {
		f := float64(c) / float64(total)
		p := 1.0
		if cfg.Subsample > 0 {
			p = (math.Sqrt(f/cfg.Subsample) + 1) * cfg.Subsample / f
		}
		keep[i] = float32(min(p, 1))
	}
	grad := make([]float32, dim)
	buf := make([]int32, 0, 256)
	var done int64
	all := total * int64(cfg.Epochs)
	for ep := range cfg.Epochs {
		var loss float64
		var pairs int64
		for si, s := range ids {
			if si%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return nil, err
				}
			}
			done += int64(len(s))
			alpha := cfg.Alpha * float32(max(1-float64(done)/float64(all+1), 0.001))
			buf = buf[:0]
			for _, w := range s {
				if keep[w] >= 1 || rng.Float32() < keep[w] {
					buf = append(buf, w)
				}
			}
			for pos, center := range buf {
				b := 1 + rng.IntN(cfg.Window)
				vin := in[int(center)*dim : int(center+1)*dim]
				for c := max(pos-b, 0); c <= min(pos+b, len(buf)-1); c++ {
					if c == pos {
						continue
					}
					ctxw := buf[c]
					clear(grad)
					for d := 0; d <= cfg.Negative; d++ {
						var target int32
						var label float32
						if d == 0 {
							target, label = ctxw, 1
						} else {
							target = table[rng.IntN(tableSize)]
							if target == ctxw {
								continue
							}
						}
						vout := out[int(target)*dim : int(target+1)*dim]
						var dot float32
						for k := range vin {
							dot += vin[k] * vout[k]
						}
						sg := sigmoid(dot)
						if d == 0 {
							loss -= math.Log(float64(sg) + 1e-7)
						}
						g := (label - sg) * alpha
						for k := range vin {
							grad[k] += g * vout[k]
							vout[k] += g * vin[k]
						}
					}
					for k := range vin {
						vin[k] += grad[k]
					}
					pairs++
				}
			}
		}
		slog.Info("word2vec epoch", "epoch", ep+1, "pairs", pairs, "loss", loss/float64(max(pairs, 1)))
	}
	return &Vectors{Dim: dim, Data: in}, nil
}

func sigmoid(x float32) float32 {
	if x > 8 {
		return 1
	}
	if x < -8 {
		return 0
	}
	return float32(1 / (1 + math.Exp(-float64(x))))
}
