package ner

import (
	"context"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"sync"
	"time"

	"marsad/cluster"
)

// TrainConfig sets how Train fits a tagger.
type TrainConfig struct {
	Epochs  int    // perceptron passes over the training data
	Folds   int    // jackknife folds for the lexicon and the stacked second pass
	TwoPass bool   // add a second pass that sees first-pass labels in a window
	UseLex  bool   // features from the training split's own entity lexicon (jackknifed)
	Seed    uint64 // shuffling seed
	Workers int    // goroutines for the fold models
	// Bags > 1 trains each pass's final model that many times with different shuffles and
	// averages the weights.
	Bags int
	// PruneBelow drops, from bagged weights, the rows whose weights are all smaller (in absolute
	// value) than it.
	PruneBelow float64
	// MinCount > 1 drops the features seen on fewer training tokens.
	MinCount int
	// CRF trains the final pass as a linear-chain CRF (AdaGrad, L2) instead of an averaged
	// perceptron; the jackknifed first pass stays a perceptron (it is fitted Folds+1 times).
	CRF       bool
	Eta       float64 // CRF AdaGrad step
	L2        float64 // CRF L2 penalty per touched parameter
	CRFEpochs int     // CRF passes (0: Epochs)
	// Extra are additional, partially labelled sentences (e.g. WikiFANE mapped to PERS, LOC,
	// ORG): entity labels are fixed, tokens labelled "?" may be O or MISC. They are trained on
	// with updates of size ExtraWeight but never feed the lexicon.
	Extra       []Sentence
	ExtraWeight float64
	// Unlabeled, if set, is news text (tokenised sentences) that the first pass tags to build a
	// "silver" lexicon of how names are labelled across many contexts; the second pass sees it.
	// Training sentences get the silver lexicon of the fold model that did not see them.
	Unlabeled [][]string
	// CharLM, if set, gives every word name-likeness features (see CharLM); it is compiled
	// into the model.
	CharLM *CharLM
	// CharLMTrain adds the training split's PERS, LOC and ORG words to CharLM's name classes,
	// jackknifed like the lexicon.
	CharLMTrain bool
	// Dev, if set, is scored after each epoch of the final pass (for logging and choosing
	// Epochs; it never changes the model).
	Dev []Sentence
}

// DefaultTrain is the configuration of the committed model.
var DefaultTrain = TrainConfig{Epochs: 12, Folds: 5, TwoPass: true, UseLex: true, Seed: 1, Workers: 2, Bags: 6, PruneBelow: 0.5, Eta: 0.1, L2: 1e-4}

// Train fits a tagger on labeled sentences with the given clusters and external gazetteer
// (either may be nil).
func Train(ctx context.Context, sents []Sentence, cl *cluster.Clusters, emb *cluster.Embeddings, gaz *phraseSet, cfg TrainConfig) (*Tagger, error) {
	if len(sents) == 0 {
		return nil, fmt.Errorf("ner: train: no sentences")
	}
	if cfg.Epochs <= 0 {
		return nil, fmt.Errorf("ner: train: epochs must be positive")
	}
	if cfg.Folds < 2 {
		cfg.Folds = 2
	}
	if cfg.Workers < 1 {
		cfg.Workers = 1
	}
	if gaz == nil {
		gaz = newPhraseSet()
	}
	dim := 0
	if emb != nil {
		dim = emb.Dim
	}
	start := time.Now()
	n0 := len(sents)
	fold := func(i int) int {
		if i >= n0 {
			return (i - n0) % cfg.Folds
		}
		return i * cfg.Folds / n0
	}
	// Lexicons: one per fold (built without that fold) and one from everything.
	var full *lexicon
	foldLex := make([]*lexicon, cfg.Folds)
	if cfg.UseLex {
		full = buildLexicon(sents)
		for k := range cfg.Folds {
			var rest []Sentence
			for i, s := range sents {
				if fold(i) != k {
					rest = append(rest, s)
				}
			}
			foldLex[k] = buildLexicon(rest)
		}
	} else {
		full = &lexicon{Counts: map[uint64][5]uint16{}, Phr: newPhraseSet()}
	}
	// Name-likeness models: one per fold and one from everything, as for the lexicon.
	fullLM, foldLM := cfg.CharLM, make([]*CharLM, cfg.Folds)
	for k := range foldLM {
		foldLM[k] = cfg.CharLM
	}
	if cfg.CharLM != nil && cfg.CharLMTrain {
		fullLM = cfg.CharLM.extend(sents)
		for k := range cfg.Folds {
			var rest []Sentence
			for i, s := range sents {
				if fold(i) != k {
					rest = append(rest, s)
				}
			}
			foldLM[k] = cfg.CharLM.extend(rest)
		}
	}
	base := resources{clusters: cl, clm: fullLM}
	base.prepare()
	labeled := n0
	sents = append(sents[:n0:n0], cfg.Extra...)
	infos := make([][]tokInfo, len(sents))
	gold := make([][]int8, len(sents))
	masks := make([][]uint32, len(sents))
	for i, s := range sents {
		r := resources{clusters: cl, clh: base.clh, emb: emb, gaz: gaz, lex: foldLex[fold(i)], clm: foldLM[fold(i)]}
		if i >= labeled {
			r.lex, r.clm = full, fullLM
		}
		if !cfg.UseLex {
			r.lex = nil
		}
		infos[i] = make([]tokInfo, len(s.Words))
		r.analyze(s.Words, infos[i])
		gold[i] = encodeLabels(s.Labels)
		if i >= labeled {
			masks[i] = make([]uint32, len(s.Words))
			for j, l := range s.Labels {
				masks[i][j] = 1 << gold[i][j]
				if l == "?" {
					masks[i][j] = 1 // O or any MISC label
					for l := range nL {
						if b := bioNames[bioOf[l]]; b == "B-MISC" || b == "I-MISC" {
							masks[i][j] |= 1 << l
						}
					}
				}
			}
		}
	}
	if fullLM != nil {
		// The model keeps the bins of the words it knows, for tagging speed.
		var vocab []string
		for k := range cl.Map() {
			vocab = append(vocab, k)
		}
		for _, s := range sents[:labeled] {
			vocab = append(vocab, s.Words...)
		}
		fullLM = fullLM.withKnown(vocab)
	}
	t := &Tagger{res: resources{clusters: cl, clh: base.clh, emb: emb, gaz: gaz, lex: full, clm: fullLM}, info: map[string]string{}}
	ix := &featIndex{m: map[uint64]int32{}, minCount: cfg.MinCount}
	seqs1 := ix.seqs(infos, gold, false)
	setMasks := func(seqs []trainSeq) {
		for i := labeled; i < len(seqs); i++ {
			seqs[i].mask, seqs[i].weight = masks[i], cfg.ExtraWeight
		}
	}
	setMasks(seqs1)
	slog.Info("ner: features", "pass", 1, "rows", len(ix.keys), "took", time.Since(start).Round(time.Millisecond))

	if cfg.TwoPass {
		// Jackknifed first-pass labels for the second pass's training data.
		preds := make([][]int8, len(sents))
		silverFold := make([]*lexicon, cfg.Folds)
		var wg sync.WaitGroup
		sem := make(chan struct{}, cfg.Workers)
		var errMu sync.Mutex
		var ferr error
		for k := range cfg.Folds {
			wg.Go(func() {
				sem <- struct{}{}
				defer func() { <-sem }()
				var train []trainSeq
				var held []int
				for i := range seqs1 {
					if fold(i) == k {
						held = append(held, i)
					} else {
						train = append(train, seqs1[i])
					}
				}
				tr := newTrainer(len(ix.keys), dim)
				rng := rand.New(rand.NewPCG(cfg.Seed, uint64(k)+1))
				for range cfg.Epochs {
					if err := ctx.Err(); err != nil {
						errMu.Lock()
						ferr = err
						errMu.Unlock()
						return
					}
					tr.epoch(train, rng)
				}
				dense, trans, dw := tr.dense()
				for _, i := range held {
					preds[i] = predictRows(dense, &trans, dw, dim, seqs1[i])
				}
				if len(cfg.Unlabeled) > 0 {
					r := resources{clusters: cl, clh: base.clh, emb: emb, gaz: gaz, lex: foldLex[k], clm: foldLM[k]}
					if !cfg.UseLex {
						r.lex = nil
					}
					silverFold[k] = silverLexicon(cfg.Unlabeled, func(inf []tokInfo) []int8 {
						seq := ix.lookupSeq(inf)
						return predictRows(dense, &trans, dw, dim, seq)
					}, &r)
				}
				slog.Debug("ner: fold done", "fold", k)
			})
		}
		wg.Wait()
		if ferr != nil {
			return nil, ferr
		}
		slog.Info("ner: jackknifed first pass", "folds", cfg.Folds, "took", time.Since(start).Round(time.Second))
		p1, err := trainPass(ctx, seqs1, ix.keys, dim, cfg, nil, nil)
		if err != nil {
			return nil, err
		}
		t.passes = append(t.passes, p1)
		if len(cfg.Unlabeled) > 0 {
			probe := &Tagger{res: t.res, passes: []*weights{p1}}
			probe.fast = compile(probe.passes)
			t.res.silver = silverLexicon(cfg.Unlabeled, func(inf []tokInfo) []int8 {
				s := probe.getScratch(len(inf))
				probe.pass1(inf, s)
				out := append([]int8(nil), s.out[:len(inf)]...)
				probe.pool.Put(s)
				return out
			}, &t.res)
			for i := range infos {
				sl := t.res.silver
				if i < labeled {
					sl = silverFold[fold(i)]
				}
				sl.markSilver(infos[i])
			}
			slog.Info("ner: silver lexicon", "keys", len(t.res.silver.Counts), "phrases", len(t.res.silver.Phr.Phrases), "took", time.Since(start).Round(time.Second))
		}
		for i := range infos {
			for j := range infos[i] {
				infos[i][j].p1 = uint64(preds[i][j]) + 1
			}
		}
		markDocs(infos, preds)
		ix2 := &featIndex{m: map[uint64]int32{}, minCount: cfg.MinCount}
		seqs2 := ix2.seqs(infos, gold, true)
		setMasks(seqs2)
		slog.Info("ner: features", "pass", 2, "rows", len(ix2.keys))
		p2, err := trainPass(ctx, seqs2, ix2.keys, dim, cfg, t, cfg.Dev)
		if err != nil {
			return nil, err
		}
		t.passes = append(t.passes, p2)
	} else {
		p1, err := trainPass(ctx, seqs1, ix.keys, dim, cfg, t, cfg.Dev)
		if err != nil {
			return nil, err
		}
		t.passes = append(t.passes, p1)
	}
	t.fast = compile(t.passes)
	slog.Info("ner: trained", "took", time.Since(start).Round(time.Second))
	return t, nil
}

// trainPass trains one pass on all sequences. If dev is given, t (with the passes trained so
// far) is completed with the current averaged weights after each epoch and scored.
func trainPass(ctx context.Context, seqs []trainSeq, keys []uint64, dim int, cfg TrainConfig, t *Tagger, dev []Sentence) (*weights, error) {
	if cfg.CRF && t != nil {
		return trainCRF(ctx, seqs, keys, dim, cfg, t, dev)
	}
	if cfg.Bags > 1 {
		return trainBags(ctx, seqs, keys, dim, cfg)
	}
	tr := newTrainer(len(keys), dim)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0))
	for ep := range cfg.Epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		errs := tr.epoch(seqs, rng)
		if len(dev) > 0 && t != nil {
			probe := &Tagger{res: t.res, passes: append(append([]*weights(nil), t.passes...), tr.average(keys))}
			probe.fast = compile(probe.passes)
			sc := probe.Evaluate(dev)
			slog.Info("ner: epoch", "epoch", ep+1, "token_errors", errs, "dev_f1", fmt.Sprintf("%.2f", 100*sc.Micro.F1()))
		} else {
			slog.Debug("ner: epoch", "epoch", ep+1, "token_errors", errs)
		}
	}
	return tr.average(keys), nil
}

// trainBags trains cfg.Bags perceptrons on the same sequences, each with its own shuffles (bag 0
// shuffles as trainPass does), and returns their mean averaged weights.
func trainBags(ctx context.Context, seqs []trainSeq, keys []uint64, dim int, cfg TrainConfig) (*weights, error) {
	type bag struct {
		w, dw []float32
		trans [nL + 1][nL]float32
	}
	bags := make([]bag, cfg.Bags)
	var mu sync.Mutex
	var wg sync.WaitGroup
	sem := make(chan struct{}, cfg.Workers)
	var ferr error
	for b := range cfg.Bags {
		wg.Go(func() {
			sem <- struct{}{}
			defer func() { <-sem }()
			tr := newTrainer(len(keys), dim)
			stream := uint64(0)
			if b > 0 {
				stream = 1000 + uint64(b)
			}
			rng := rand.New(rand.NewPCG(cfg.Seed, stream))
			for range cfg.Epochs {
				if err := ctx.Err(); err != nil {
					mu.Lock()
					ferr = err
					mu.Unlock()
					return
				}
				tr.epoch(seqs, rng)
			}
			bags[b].w, bags[b].trans, bags[b].dw = tr.dense()
		})
	}
	wg.Wait()
	if ferr != nil {
		return nil, ferr
	}
	// Summed in bag order, so that the result does not depend on scheduling.
	sum := newTrainer(len(keys), dim)
	for _, b := range bags {
		for i, v := range b.w {
			sum.w[i] += float64(v)
		}
		for i, v := range b.dw {
			sum.dw[i] += float64(v)
		}
		for p := range b.trans {
			for c := range b.trans[p] {
				sum.tw[p][c] += float64(b.trans[p][c])
			}
		}
	}
	// The mean; with u = 0 and c = 1, average keeps it as it is.
	k := float64(cfg.Bags)
	for i := range sum.w {
		sum.w[i] /= k
	}
	for i := range sum.dw {
		sum.dw[i] /= k
	}
	for p := range sum.tw {
		for c := range sum.tw[p] {
			sum.tw[p][c] /= k
		}
	}
	// Rows that stay small were updated in few bags (mostly rare features): drop them, so that
	// the model, and the tagging table, do not grow with the union of the bags' features.
	if cfg.PruneBelow > 0 {
		for r := range len(keys) {
			row := sum.w[r*nL : r*nL+nL]
			big := false
			for _, v := range row {
				big = big || math.Abs(v) >= cfg.PruneBelow
			}
			if !big {
				clear(row)
			}
		}
	}
	return sum.average(keys), nil
}

// featIndex assigns row ids to feature hashes.
type featIndex struct {
	m        map[uint64]int32
	keys     []uint64
	minCount int
}

func (ix *featIndex) seqs(infos [][]tokInfo, gold [][]int8, pass2 bool) []trainSeq {
	out := make([]trainSeq, len(infos))
	var buf []uint64
	var keep map[uint64]bool
	if ix.minCount > 1 {
		counts := map[uint64]int{}
		for _, inf := range infos {
			for j := range inf {
				buf = features(buf[:0], inf, j, pass2)
				for _, f := range buf {
					counts[f]++
				}
			}
		}
		keep = make(map[uint64]bool, len(counts))
		for f, c := range counts {
			if c >= ix.minCount {
				keep[f] = true
			}
		}
	}
	for i, inf := range infos {
		s := trainSeq{feats: make([][]int32, len(inf)), vecs: make([][nSlots][]int8, len(inf)), gold: gold[i]}
		for j := range inf {
			s.vecs[j] = slotVecs(inf, j)
			buf = features(buf[:0], inf, j, pass2)
			rows := make([]int32, 0, len(buf))
			for _, f := range buf {
				if keep != nil && !keep[f] {
					continue
				}
				r, ok := ix.m[f]
				if !ok {
					r = int32(len(ix.keys))
					ix.m[f] = r
					ix.keys = append(ix.keys, f)
				}
				rows = append(rows, r)
			}
			s.feats[j] = rows
		}
		out[i] = s
	}
	return out
}

// dense returns the averaged weights as a dense row-major array.
func (t *trainer) dense() ([]float32, [nL + 1][nL]float32, []float32) {
	d := make([]float32, len(t.w))
	for i := range d {
		d[i] = float32(t.w[i] - t.u[i]/t.c)
	}
	var tr [nL + 1][nL]float32
	for p := range nL + 1 {
		for c := range nL {
			tr[p][c] = float32(t.tw[p][c] - t.tu[p][c]/t.c)
		}
	}
	dd := make([]float32, len(t.dw))
	for i := range dd {
		dd[i] = float32(t.dw[i] - t.du[i]/t.c)
	}
	return d, tr, dd
}

func predictRows(w []float32, trans *[nL + 1][nL]float32, dense []float32, dim int, seq trainSeq) []int8 {
	feats := seq.feats
	n := len(feats)
	em := make([][nL]float32, n)
	for i, fs := range feats {
		if dim > 0 {
			addDense(dense, dim, &seq.vecs[i], &em[i])
		}
		for _, r := range fs {
			row := w[int(r)*nL : int(r)*nL+nL]
			for l := range nL {
				em[i][l] += row[l]
			}
		}
	}
	out := make([]int8, n)
	viterbi(trans, em, make([]int8, n*nL), out)
	return out
}

func trainCRF(ctx context.Context, seqs []trainSeq, keys []uint64, dim int, cfg TrainConfig, t *Tagger, dev []Sentence) (*weights, error) {
	tr := newCRFTrainer(len(keys), dim, cfg.Eta, cfg.L2)
	rng := rand.New(rand.NewPCG(cfg.Seed, 0))
	epochs := cfg.CRFEpochs
	if epochs <= 0 {
		epochs = cfg.Epochs
	}
	for ep := range epochs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		nll := tr.epoch(seqs, rng)
		if len(dev) > 0 {
			probe := &Tagger{res: t.res, passes: append(append([]*weights(nil), t.passes...), tr.weights(keys))}
			probe.fast = compile(probe.passes)
			sc := probe.Evaluate(dev)
			slog.Info("ner: crf epoch", "epoch", ep+1, "nll", fmt.Sprintf("%.0f", nll), "dev_f1", fmt.Sprintf("%.2f", 100*sc.Micro.F1()))
		} else {
			slog.Debug("ner: crf epoch", "epoch", ep+1, "nll", fmt.Sprintf("%.0f", nll))
		}
	}
	return tr.weights(keys), nil
}

// lookupSeq maps a sentence's first-pass features to known rows (unknown features dropped).
func (ix *featIndex) lookupSeq(inf []tokInfo) trainSeq {
	s := trainSeq{feats: make([][]int32, len(inf)), vecs: make([][nSlots][]int8, len(inf))}
	var buf []uint64
	for j := range inf {
		s.vecs[j] = slotVecs(inf, j)
		buf = features(buf[:0], inf, j, false)
		rows := make([]int32, 0, len(buf))
		for _, f := range buf {
			if r, ok := ix.m[f]; ok {
				rows = append(rows, r)
			}
		}
		s.feats[j] = rows
	}
	return s
}

// silverLexicon tags unlabeled sentences with a first-pass model and collects a lexicon of the
// result, pruned to keys seen in an entity at least twice or seen at least 5 times.
func silverLexicon(sents [][]string, tag func([]tokInfo) []int8, r *resources) *lexicon {
	auto := make([]Sentence, 0, len(sents))
	for _, w := range sents {
		inf := make([]tokInfo, len(w))
		r.analyze(w, inf)
		labels := tag(inf)
		ls := make([]string, len(w))
		for i, l := range labels {
			ls[i] = outName(l)
		}
		auto = append(auto, Sentence{Words: w, Labels: ls})
	}
	lx := buildLexicon(auto)
	for k, c := range lx.Counts {
		if int(c[0])+int(c[1])+int(c[2])+int(c[3]) < 2 && c[4] < 5 {
			delete(lx.Counts, k)
		}
	}
	// Keep entity strings found at least twice.
	phr := newPhraseSet()
	counts := map[string]int{}
	for _, s := range auto {
		for _, e := range spansOf(s.Labels) {
			keys := make([]string, 0, e.TokEnd-e.TokStart)
			for _, w := range s.Words[e.TokStart:e.TokEnd] {
				keys = append(keys, key(w))
			}
			id := fmt.Sprint(typeIndex(e.Type), keys)
			counts[id]++
			if counts[id] == 2 {
				phr.add(keys, typeIndex(e.Type))
			}
		}
	}
	lx.Phr = phr
	return lx
}
