package ner

import (
	"sync"
)

// Tagger tags sentences with BIO labels. It is safe for concurrent use.
type Tagger struct {
	res    resources
	passes []*weights // pass 1, and optionally pass 2 (stacked on pass-1 labels)
	fast   *compiled
	info   map[string]string
	pool   sync.Pool
	// uncached makes the first pass look up every feature instead of using the word cache
	// (tests compare the two).
	uncached bool
}

type scratch struct {
	infos     []tokInfo
	ents      []*wordVec
	feats     []uint64
	small     []uint64
	starts    []uint8
	rows      []int32
	rows2     []int32
	ends      []int // per token, where its features end in feats and small
	smallEnds []int
	accs      [][2][nL]int32
	sink      uint64 // see compiled.resolve
	em        [][nL]float32
	em2       [][nL]float32
	back      []int8
	out       []int8
}

func (t *Tagger) getScratch(n int) *scratch {
	s, _ := t.pool.Get().(*scratch)
	if s == nil {
		s = &scratch{}
	}
	if cap(s.infos) < n {
		s.infos = make([]tokInfo, n)
		s.ents = make([]*wordVec, n)
		s.em = make([][nL]float32, n)
		s.em2 = make([][nL]float32, n)
		s.back = make([]int8, n*nL)
		s.out = make([]int8, n)
	}
	s.infos, s.ents, s.em, s.em2, s.back, s.out = s.infos[:n], s.ents[:n], s.em[:n], s.em2[:n], s.back[:n*nL], s.out[:n]
	return s
}

// pass1 decodes the first pass of a sentence whose infos are filled, into s.out, and leaves
// in s.em2 the second pass's scores of the shared features.
func (t *Tagger) pass1(infos []tokInfo, s *scratch) {
	c := t.fast
	n := len(infos)
	var two [2][nL]float32
	for i := range infos {
		s.feats = features(s.feats[:0], infos, i, false)
		two = [2][nL]float32{}
		s.rows = c.addRows(s.feats, 0, two[:c.passes], s.rows)
		c.addVectors(infos, i, &two)
		s.em[i], s.em2[i] = two[0], two[1]
	}
	viterbi(&c.trans[0], s.em[:n], s.back, s.out[:n])
}

// addVectors adds the word-vector part of token i's scores for every pass (models trained
// with --vectors only).
func (c *compiled) addVectors(infos []tokInfo, i int, two *[2][nL]float32) {
	if c.dim == 0 {
		return
	}
	v := slotVecs(infos, i)
	for p := range c.passes {
		addDense(c.dense[p], c.dim, &v, &two[p])
	}
}

// first fills infos for a sentence of words and decodes its first pass (see pass1).
func (t *Tagger) first(words []string, infos []tokInfo, s *scratch) {
	if t.uncached {
		t.res.analyze(words, infos)
		t.pass1(infos, s)
		return
	}
	ents := s.ents[:len(words)]
	t.analyzeCached(words, infos, ents, s)
	t.pass1Cached(infos, ents, s)
	clear(ents) // let the cache drop entries
}

// second decodes the second pass (see pass2).
func (t *Tagger) second(infos []tokInfo, s *scratch) {
	if t.uncached {
		t.pass2(infos, s)
	} else {
		t.pass2Cached(infos, s)
	}
}

// pass2 decodes the second pass from s.em2 plus the second-pass features; infos must carry the
// first-pass labels and document context.
func (t *Tagger) pass2(infos []tokInfo, s *scratch) {
	c := t.fast
	n := len(infos)
	for i := range infos {
		s.feats = features2(s.feats[:0], infos, i)
		s.rows = c.addRows(s.feats, 1, s.em2[i:i+1], s.rows)
	}
	viterbi(&c.trans[1], s.em2[:n], s.back, s.out[:n])
}

// TagWords returns one BIO label per word (labels as in the ANERcorp corpus: O, B-PERS, I-PERS,
// B-LOC, I-LOC, B-ORG, I-ORG, B-MISC, I-MISC). The words are the tokens of one sentence, clitics
// not split, as in the CoNLL files. The sentence is its own document context; TagDocument gives
// better results on whole articles.
func (t *Tagger) TagWords(words []string) []string {
	out := make([]string, len(words))
	if len(words) == 0 {
		return out
	}
	s := t.getScratch(len(words))
	t.first(words, s.infos, s)
	if t.fast.passes > 1 {
		for i := range s.infos {
			s.infos[i].p1 = uint64(s.out[i]) + 1
		}
		t.markDocs([][]tokInfo{s.infos}, [][]int8{s.out})
		t.second(s.infos, s)
	}
	for i, l := range s.out {
		out[i] = outName(l)
	}
	t.pool.Put(s)
	return out
}

// TagDocument tags the sentences of one document, in text order. The second pass sees how the
// first pass labelled the same words in the DocWindow sentences around each sentence, so a name
// recognised once helps recognise it elsewhere.
func (t *Tagger) TagDocument(sents [][]string) [][]string {
	// One allocation per kind for the whole document, sliced per sentence.
	maxN, total := 0, 0
	for _, w := range sents {
		maxN = max(maxN, len(w))
		total += len(w)
	}
	var (
		out       = make([][]string, len(sents))
		infos     = make([][]tokInfo, len(sents))
		labels    = make([][]int8, len(sents))
		em2       = make([][][nL]float32, len(sents))
		allInfos  = make([]tokInfo, total)
		allLabels = make([]int8, total)
		allEm2    = make([][nL]float32, total)
		allOut    = make([]string, total)
	)
	s := t.getScratch(maxN)
	at := 0
	for i, words := range sents {
		n := len(words)
		infos[i], labels[i], em2[i] = allInfos[at:at+n:at+n], allLabels[at:at+n:at+n], allEm2[at:at+n:at+n]
		out[i] = allOut[at : at+n : at+n]
		at += n
		t.first(words, infos[i], s)
		copy(labels[i], s.out[:n])
		copy(em2[i], s.em2[:n])
	}
	if t.fast.passes > 1 {
		for i := range allInfos {
			allInfos[i].p1 = uint64(allLabels[i]) + 1
		}
		t.markDocs(infos, labels)
		for i := range infos {
			copy(s.em2, em2[i])
			t.second(infos[i], s)
			copy(labels[i], s.out[:len(infos[i])])
		}
	}
	for i, l := range allLabels {
		allOut[i] = outName(l)
	}
	t.pool.Put(s)
	return out
}

// markDocs is markDocs, or markDocsFast unless the tagger looks up every feature (tests compare
// the two).
func (t *Tagger) markDocs(infos [][]tokInfo, labels [][]int8) {
	if t.uncached {
		markDocs(infos, labels)
	} else {
		markDocsFast(infos, labels)
	}
}

// EntitiesWords returns the entities of a sentence of words, with types PER, ORG, LOC, MISC.
func (t *Tagger) EntitiesWords(words []string) []Span {
	return EntitiesOf(t.TagWords(words))
}

// Info returns the training metadata stored in the model (command, data, scores).
func (t *Tagger) Info() map[string]string { return t.info }
