package ner

import (
	"strings"
	"sync/atomic"

	"marsad/cluster"
	"marsad/internal/wordhash"
)

// Most of a token's first-pass features depend on one word of its ±2 window alone: the word's
// own forms, affixes, clusters and lexicon classes, and the key, stem, clusters and lexicon
// classes of each neighbour, each under a template of its own offset. The sum of those features'
// weights is a property of the word and the offset, so the tagger computes it once per distinct
// word and keeps it in a wordCache; tagging a token then adds five cached rows and looks up only
// the features that join two words or depend on the sentence (about 10 of 70). The sums are
// integer sums of the same quantised weights, so the scores, and the labels, are exactly those of
// looking up every feature (TestCacheSameLabels).

// window is the offsets of the ±2 word window, as indices o+2.
const window = 5

// wordVec is a cached word: the parts of its word-local token info that the contextual features
// need, and, for each offset o in −2..2, the summed weights (per pass) of the features it
// contributes to the token o places away from it.
type wordVec struct {
	h        uint64   // wordhash.String of the word
	n        int      // the word's length in bytes
	short    [32]byte // the word, if it fits: the probe compares it without leaving the entry
	long     string   // the word, if it does not
	key, alt uint64
	cl       cluster.Path
	shape    uint8
	phrases  uint8 // resources.phraseStarts
	gazB     uint32
	nl       uint32
	vec      []int8
	con      [window][2][nL]int32
}

// is reports whether e is the entry of the word w with hash h.
func (e *wordVec) is(h uint64, w string) bool {
	if e.h != h || e.n != len(w) {
		return false
	}
	if len(w) <= len(e.short) {
		return string(e.short[:len(w)]) == w
	}
	return e.long == w
}

// word returns the word of e.
func (e *wordVec) word() string {
	if e.n <= len(e.short) {
		return string(e.short[:e.n])
	}
	return e.long
}

// info returns the token info of a cached word, as far as features other than localFeatures
// read it.
func (e *wordVec) info() tokInfo {
	return tokInfo{key: e.key, alt: e.alt, cl: e.cl, shape: uint64(e.shape), gazB: e.gazB, nl: e.nl, vec: e.vec}
}

// cacheBits sizes the word cache: 2^15 slots, about 25 MiB when full (680 bytes of sums per
// word with 17 labels). News vocabulary is Zipfian: the words in the slots cover most running
// tokens; 2^16 slots were no faster on the analyze benchmark (1,000 articles, ~70,000 words).
const cacheBits = 15

// wordCache is a two-way set-associative cache of wordVecs, safe for concurrent use: a slot
// holds an immutable entry, replaced whole by another word of its set. A word may sit in either
// slot of its set (two neighbours in memory); a new word takes an empty one, or else the slot its
// hash picks, so two frequent words of one set can both stay.
//
// Each slot has a tag of its entry's hash beside it (wordhash.Tag): a probe reads the two tags of
// the set, in one cache line, and visits only an entry whose tag matches, which it then checks
// in full (a tag may be stale while another goroutine replaces the entry).
type wordCache struct {
	slots [1 << cacheBits]atomic.Pointer[wordVec]
	tags  [1 << cacheBits]atomic.Uint32
}

// word returns the cached entry of w, building it on a miss; s holds scratch buffers.
func (t *Tagger) word(w string, s *scratch) *wordVec {
	h := wordhash.String(w)
	base := h >> (64 - cacheBits) &^ 1
	set, tags, tag := t.fast.cache.slots[base:][:2], t.fast.cache.tags[base:][:2], wordhash.Tag(h)
	for i := range set {
		if tags[i].Load() == tag {
			if e := set[i].Load(); e != nil && e.is(h, w) {
				return e
			}
		}
	}
	var info tokInfo
	t.res.wordInfo(w, &info)
	e := &wordVec{h: h, n: len(w), key: info.key, alt: info.alt, cl: info.cl, shape: uint8(info.shape),
		gazB: info.gazB, nl: info.nl, vec: info.vec, phrases: t.res.phraseStarts(&info)}
	if len(w) <= len(e.short) {
		copy(e.short[:], w)
	} else {
		e.long = strings.Clone(w)
	}
	c := t.fast
	cl, scl := t.clusterSum(info.cl), t.clusterSum(info.scl)
	// The features of all five offsets are resolved together (see resolve): their table
	// probes and weight rows, mostly out of the processor's cache, are then fetched at once.
	var ends, smallEnds [window + 1]int
	s.feats, s.small = s.feats[:0], s.small[:0]
	for o := -2; o <= 2; o++ {
		s.feats, s.small = wordFeatures(s.feats, s.small, &info, o)
		ends[o+3], smallEnds[o+3] = len(s.feats), len(s.small)
	}
	s.rows = c.resolve(s.feats, s.rows, &s.sink)
	for o := -2; o <= 2; o++ {
		con := &e.con[o+2]
		c.addResolved(s.rows[ends[o+2]:ends[o+3]], 0, con)
		s.rows2 = c.hot.sumRows(s.small[smallEnds[o+2]:smallEnds[o+3]], 0, con, s.rows2)
		addSums(con, &cl.cl[o+2])
		if o == 0 {
			addSums(con, &scl.scl)
		}
	}
	// Take an empty slot of the set if there is one, else the one the hash picks.
	i := h & 1
	if set[i^1].Load() == nil {
		i ^= 1
	}
	set[i].Store(e)
	tags[i].Store(tag)
	return e
}

func addSums(dst, src *[2][nL]int32) {
	for p := range dst {
		for l := range nL {
			dst[p][l] += src[p][l]
		}
	}
}

// clusterSums are the summed weights of the features of one cluster path: as a word's path at
// each offset (clusterFeatures), and as the path of the token's clitic-free form.
type clusterSums struct {
	cl  [window][2][nL]int32
	scl [2][nL]int32
}

// clusterSum returns the sums of the cluster path p. The sums of every path of the model's
// clusters are computed on first use (a few thousand paths); others are computed on the spot.
func (t *Tagger) clusterSum(p cluster.Path) *clusterSums {
	c := t.fast
	c.clOnce.Do(func() {
		c.clSums = make(map[cluster.Path]*clusterSums)
		c.clSums[cluster.Path{}] = c.sumCluster(cluster.Path{})
		for _, q := range t.res.clusters.Map() {
			if c.clSums[q] == nil {
				c.clSums[q] = c.sumCluster(q)
			}
		}
	})
	if cs := c.clSums[p]; cs != nil {
		return cs
	}
	return c.sumCluster(p)
}

func (c *compiled) sumCluster(p cluster.Path) *clusterSums {
	cs := new(clusterSums)
	var feats []uint64
	for o := -2; o <= 2; o++ {
		feats = clusterFeatures(feats[:0], p, o)
		c.sumRows(feats, 0, &cs.cl[o+2], nil)
	}
	c.sumRows(subClusterFeatures(nil, p), 0, &cs.scl, nil)
	return cs
}

// padding is the token info standing for a missing neighbour at offset o: the sentence start
// and end have their own key before and after the token, as in features.
func padding(o int) tokInfo {
	switch o {
	case -1:
		return tokInfo{key: bos}
	case 1:
		return tokInfo{key: eos}
	}
	return tokInfo{}
}

// sumRows adds to acc the weights of the known features among feats for pass `from` onwards
// (acc[p-from] gets pass p).
func (c *compiled) sumRows(feats []uint64, from int, acc *[2][nL]int32, rows []int32) []int32 {
	rows = rows[:0]
	for _, f := range feats {
		if r, ok := c.lookup(f); ok {
			rows = append(rows, r)
		}
	}
	for _, r := range rows {
		row := c.w[int(r)*c.stride : int(r+1)*c.stride]
		for p := from; p < c.passes; p++ {
			a := &acc[p-from]
			x := row[p*nL : p*nL+nL]
			for l := range nL {
				a[l] += int32(x[l])
			}
		}
	}
	return rows
}

// resolve returns the rows of feats (−1 for a feature the table does not have), in rows. It
// first touches every feature's probe slot, then every found row's two ends, in loops whose
// loads do not depend on each other, so that the processor fetches the cache lines in parallel
// rather than one miss after another; sink keeps the touched values alive.
func (c *compiled) resolve(feats []uint64, rows []int32, sink *uint64) []int32 {
	var x uint64
	for _, f := range feats {
		x += c.slots[f&c.mask]
	}
	rows = rows[:0]
	for _, f := range feats {
		r, ok := c.lookup(f)
		if !ok {
			r = -1
		}
		rows = append(rows, r)
	}
	for _, r := range rows {
		if r >= 0 {
			x += uint64(c.w[int(r)*c.stride]) + uint64(c.w[int(r+1)*c.stride-1])
		}
	}
	*sink += x
	return rows
}

// addResolved adds to acc the rows that resolve found, for pass `from` onwards (acc[p-from]
// gets pass p).
func (c *compiled) addResolved(rows []int32, from int, acc *[2][nL]int32) {
	for _, r := range rows {
		if r < 0 {
			continue
		}
		row := c.w[int(r)*c.stride : int(r+1)*c.stride]
		for p := from; p < c.passes; p++ {
			a, x := &acc[p-from], row[p*nL:p*nL+nL]
			for l := range nL {
				a[l] += int32(x[l])
			}
		}
	}
}

// subset returns the table of those of feats that c has, with the same rows: a small table
// that stays in the processor's cache (see smallFeatures).
func (c *compiled) subset(feats []uint64) *compiled {
	h := &compiled{passes: c.passes, stride: c.stride, scale: c.scale}
	var have []uint64
	for _, f := range feats {
		if _, ok := c.lookup(f); ok {
			have = append(have, f)
		}
	}
	h.makeSlots(len(have))
	rows := 0
	for _, f := range have {
		if _, dup := h.lookup(f); dup {
			continue
		}
		r, _ := c.lookup(f)
		h.insert(f, int32(rows))
		rows++
		h.w = append(h.w, c.w[int(r)*c.stride:int(r+1)*c.stride]...)
	}
	return h
}

// analyzeCached fills infos for a sentence from the word cache and ents with the cache entries.
func (t *Tagger) analyzeCached(words []string, infos []tokInfo, ents []*wordVec, s *scratch) {
	starts := s.starts[:0]
	for i, w := range words {
		e := t.word(w, s)
		ents[i] = e
		infos[i] = e.info()
		starts = append(starts, e.phrases)
	}
	s.starts = starts
	t.res.contextStarts(infos, starts)
}

// pass1Cached is pass1 over cached words: the same scores, from the cached sums plus the
// contextual features.
func (t *Tagger) pass1Cached(infos []tokInfo, ents []*wordVec, s *scratch) {
	c := t.fast
	n := len(infos)
	// The contextual features of the whole sentence are resolved together (see resolve).
	s.feats, s.small = s.feats[:0], s.small[:0]
	s.ends, s.smallEnds = append(s.ends[:0], 0), append(s.smallEnds[:0], 0)
	s.accs = s.accs[:0]
	for i := range infos {
		var acc [2][nL]int32
		if c.shapes.add(infos, i, &acc) {
			s.feats, s.small = contextRest(s.feats, s.small, infos, i)
		} else {
			s.feats, s.small = contextFeatures(s.feats, s.small, infos, i)
		}
		s.accs = append(s.accs, acc)
		s.ends, s.smallEnds = append(s.ends, len(s.feats)), append(s.smallEnds, len(s.small))
	}
	s.rows = c.resolve(s.feats, s.rows, &s.sink)
	for i := range infos {
		var cons [window]*[2][nL]int32
		for o := range window {
			cons[o] = &c.pad[o]
			if j := i + o - 2; j >= 0 && j < n {
				cons[o] = &ents[j].con[o]
			}
		}
		acc := &s.accs[i]
		for p := range c.passes {
			a, b, d, e, f := &cons[0][p], &cons[1][p], &cons[2][p], &cons[3][p], &cons[4][p]
			for l := range nL {
				acc[p][l] += a[l] + b[l] + d[l] + e[l] + f[l]
			}
		}
		s.rows2 = c.hot.sumRows(s.small[s.smallEnds[i]:s.smallEnds[i+1]], 0, acc, s.rows2)
		c.addResolved(s.rows[s.ends[i]:s.ends[i+1]], 0, acc)
		var two [2][nL]float32
		c.scores(0, acc, two[:c.passes])
		c.addVectors(infos, i, &two)
		s.em[i], s.em2[i] = two[0], two[1]
	}
	viterbiFast(&c.trans[0], s.em[:n], s.back, s.out[:n])
}

// pass2Cached is pass2 with the features of first-pass labels summed from c.labels and the
// other features of small value sets looked up in the small table.
func (t *Tagger) pass2Cached(infos []tokInfo, s *scratch) {
	c := t.fast
	n := len(infos)
	s.feats, s.small = s.feats[:0], s.small[:0]
	s.ends, s.smallEnds = append(s.ends[:0], 0), append(s.smallEnds[:0], 0)
	s.accs = s.accs[:0]
	for i := range infos {
		var acc [2][nL]int32
		if c.labels != nil && c.labels.add(infos, i, &acc[0]) {
			s.feats, s.small = features2Rest(s.feats, s.small, infos, i)
		} else {
			s.feats, s.small = features2Split(s.feats, s.small, infos, i)
		}
		s.accs = append(s.accs, acc)
		s.ends, s.smallEnds = append(s.ends, len(s.feats)), append(s.smallEnds, len(s.small))
	}
	s.rows = c.resolve(s.feats, s.rows, &s.sink)
	for i := range infos {
		acc := &s.accs[i]
		s.rows2 = c.hot.sumRows(s.small[s.smallEnds[i]:s.smallEnds[i+1]], 1, acc, s.rows2)
		c.addResolved(s.rows[s.ends[i]:s.ends[i+1]], 1, acc)
		c.scores(1, acc, s.em2[i:i+1])
	}
	viterbiFast(&c.trans[1], s.em2[:n], s.back, s.out[:n])
}
