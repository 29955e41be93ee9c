package ner

import (
	"unicode/utf8"

	"marsad/cluster"
)

// tokInfo is everything the feature templates need about one token, as hashes and small ids.
type tokInfo struct {
	word, key, alt, stem, pre, suf uint64 // alt: key without conjunction/preposition
	aff                            [8]uint64
	shape                          uint64
	runes                          uint64
	cl, scl                        cluster.Path // clusters of the key and of the clitic-free form
	gazB, gazI                     uint32       // external gazetteer + lexicon phrase matches
	lex                            uint32       // lexicon token classes
	p1                             uint64       // first-pass label index + 1 (0: none)
	vec                            []int8       // word vector (nil if unknown)
	silver, silB, silI             uint32       // silver lexicon: token classes, phrase begin/inside types
	doc                            uint32       // first-pass labels of the same word elsewhere in the document (see docContext)
	nl                             uint32       // name-likeness bins of the clitic-free form (CharLM.nameBins)
}

// resources are the data the features look up.
type resources struct {
	clusters *cluster.Clusters
	clh      map[uint64]cluster.Path // clusters by key hash (see prepare)
	words    map[uint64]wordEntry    // clusters and lexicon classes by key hash, for tagging
	silver   *lexicon                // first-pass labels of unlabeled news (second pass only)
	emb      *cluster.Embeddings
	gaz      *phraseSet
	lex      *lexicon
	clm      *CharLM // name-likeness models (nil: none)
}

var hashAl = hashString("ال")

type wordEntry struct {
	cl    cluster.Path
	hasCl bool
	hasNL bool   // nl is known (CharLM.Known)
	nl    uint32 // name-likeness bins of the word as a clitic-free form
	lex   uint32
}

// prepare builds the lookup tables derived from the resources.
func (r *resources) prepare() {
	if r.clm != nil {
		r.clm.prepare()
	}
	r.gaz.merge()
	if r.lex != nil {
		r.lex.Phr.merge()
	}
	if r.silver != nil {
		r.silver.Phr.merge()
	}
	r.clh = nil
	if m := r.clusters.Map(); m != nil {
		r.clh = make(map[uint64]cluster.Path, len(m))
		for k, p := range m {
			r.clh[hashString(k)] = p
		}
	}
	if r.lex == nil {
		return
	}
	r.words = make(map[uint64]wordEntry, len(r.clh)+len(r.lex.Counts))
	for h, p := range r.clh {
		r.words[h] = wordEntry{cl: p, hasCl: true}
	}
	for h := range r.lex.Counts {
		e := r.words[h]
		e.lex = r.lex.tokenClasses(h)
		r.words[h] = e
	}
	if r.clm != nil {
		for h, b := range r.clm.Known {
			e := r.words[h]
			e.nl, e.hasNL = b, true
			r.words[h] = e
		}
	}
}

// analyze fills infos for a sentence of words.
func (r *resources) analyze(words []string, infos []tokInfo) {
	for i, w := range words {
		r.wordInfo(w, &infos[i])
	}
	r.context(infos)
}

// wordInfo fills what t needs to know of the word w alone, whatever its neighbours: hashes,
// affixes, shape, clusters, lexicon classes and the nisba gazetteer bit.
func (r *resources) wordInfo(w string, t *tokInfo) {
	*t = tokInfo{}
	k := key(w)
	pre, st, suf := stem(k)
	_, alt := stripPrefix(k)
	t.word = hashString(w)
	t.key = hashString(k)
	t.alt = hashString(alt)
	t.stem = hashString(st)
	t.pre = hashString(pre)
	t.suf = hashString(suf)
	// Affixes of the key: 1–4 runes from each end.
	n := utf8.RuneCountInString(k)
	t.runes = uint64(min(n, 12))
	b := 0
	for j := 1; j <= 4 && j <= n; j++ {
		_, sz := utf8.DecodeRuneInString(k[b:])
		b += sz
		t.aff[j-1] = hashString(k[:b])
	}
	e := len(k)
	for j := 1; j <= 4 && j <= n; j++ {
		_, sz := utf8.DecodeLastRuneInString(k[:e])
		e -= sz
		t.aff[3+j] = hashString(k[e:])
	}
	t.shape = uint64(shape(w))
	if r.emb != nil {
		if v, ok := r.emb.LookupKey(k); ok {
			t.vec = v
		} else if v, ok := r.emb.LookupKey(alt); ok {
			t.vec = v
		} else if v, ok := r.emb.LookupKey("ال" + st); ok {
			t.vec = v
		}
	}
	if r.gaz != nil && r.gaz.nisbaOf(alt) != 0 {
		t.gazB |= 1 << gNisba
	}
	nlDone := false
	switch {
	case r.words != nil:
		// Tagging: clusters and lexicon classes in one table (same results as below).
		e := r.words[t.key]
		t.cl, t.lex = e.cl, e.lex
		found := false
		ae := e // the entry of the clitic-free form
		if t.alt != t.key {
			a := r.words[t.alt]
			ae = a
			if a.hasCl {
				t.scl, found = a.cl, true
			}
			if t.lex == 0 {
				t.lex = a.lex << 8
			}
		}
		if ae.hasNL {
			t.nl, nlDone = ae.nl, true
		}
		if !found {
			if a := r.words[fnvAppend(hashAl, st)]; a.hasCl {
				t.scl = a.cl
			} else if a := r.words[t.stem]; a.hasCl {
				t.scl = a.cl
			}
		}
	case r.clh != nil:
		t.cl = r.clh[t.key]
		if p, ok := r.clh[t.alt]; ok && t.alt != t.key {
			t.scl = p
		} else if p, ok := r.clh[fnvAppend(hashAl, st)]; ok {
			t.scl = p
		} else if p, ok := r.clh[t.stem]; ok {
			t.scl = p
		}
	}
	if !nlDone {
		t.nl = r.clm.nameBins(alt)
	}
	if r.words == nil && r.lex != nil {
		t.lex = r.lex.tokenClasses(t.key)
		if t.lex == 0 && t.alt != t.key {
			t.lex = r.lex.tokenClasses(t.alt) << 8
		}
	}
}

// context adds to the infos of a sentence, filled by wordInfo, what depends on the words around
// each one: gazetteer and lexicon phrase matches and the silver lexicon.
func (r *resources) context(infos []tokInfo) {
	r.contextStarts(infos, nil)
}

// phraseStarts returns the bits of contextStarts for one word: whether its key (bit 0) or
// clitic-stripped form (bit 1) opens a gazetteer phrase, and the same for the lexicon's phrases
// (bits 2, 3).
func (r *resources) phraseStarts(t *tokInfo) uint8 {
	var b uint8
	for i, ps := range []*phraseSet{r.gaz, r.lexPhrases()} {
		if ps == nil {
			continue
		}
		if ps.opens(t.key) {
			b |= 1 << (2 * i)
		}
		if t.alt != t.key && ps.opens(t.alt) {
			b |= 2 << (2 * i)
		}
	}
	return b
}

func (r *resources) lexPhrases() *phraseSet {
	if r.lex == nil {
		return nil
	}
	return r.lex.Phr
}

// contextStarts is context where starts (if not nil) holds each token's phraseStarts: phrase
// matching then only tries the tokens that open a phrase.
func (r *resources) contextStarts(infos []tokInfo, starts []uint8) {
	n := len(infos)
	if n == 0 {
		return
	}
	keys := make([]uint64, n)
	alts := make([]uint64, n)
	begin := make([]uint32, n)
	inside := make([]uint32, n)
	for i := range n {
		keys[i] = infos[i].key
		alts[i] = infos[i].alt
	}
	if r.gaz != nil {
		r.gaz.matchStarts(keys, alts, begin, inside, starts, 0)
	}
	if r.lex != nil {
		r.lex.Phr.matchStarts(keys, alts, begin, inside, starts, 2)
	}
	if r.silver != nil {
		r.silver.markSilver(infos)
	}
	for i := range n {
		infos[i].gazB |= begin[i]
		infos[i].gazI = inside[i]
	}
}

// Feature templates. Each feature is mix(template<<56 ^ value hash).
const (
	fBias = iota + 1
	fWord
	fKey
	fStem
	fPre
	fSuf
	fPreSuf
	fAff // +0..7
	_
	_
	_
	_
	_
	_
	_
	fShape
	fShapeP
	fShapeN
	fLen
	fKeyP1
	fKeyN1
	fKeyP2
	fKeyN2
	fStemP1
	fStemN1
	fBiP
	fBiN
	fCl // +0..2
	_
	_
	fSCl // +0..2
	_
	_
	fClP1 // +0..2
	_
	_
	fClN1 // +0..2
	_
	_
	fClP2
	fClN2
	fClBiP
	fClBiN
	fGazB // + bit
	fGazI
	fGazBP
	fGazIP
	fGazBN
	fGazIN
	fLex
	fLexP
	fLexN
	fFirst
	fLast
	fTitleP
	fKeyP1Cl
	fP1 // pass-two templates
	fP1P1
	fP1N1
	fP1P2
	fP1N2
	fP1Tri
	fP1Key
	fP1Cl
	fDoc
	fDocMaj
	fDocP1
	fSil
	fSilP
	fSilN
	fSilB
	fSilI
	fSilP1
	fAlt // the key without conjunction/preposition, of the token and its neighbours
	fAltP1
	fAltN1
	fNL // name-likeness: class<<4 | bin+1, of the token and its ±1 neighbours
	fNLP
	fNLN
	fNLBiP // person-name bins of the previous word and the token, of the token and the next
	fNLBiN
)

func feat(tmpl int, v uint64) uint64 { return mix(uint64(tmpl)<<56 ^ v) }

func feat2(tmpl int, a, b uint64) uint64 { return mix(uint64(tmpl)<<56 ^ mix(a*0x9E3779B97F4A7C15^b)) }

// noToken stands for the neighbours a token does not have; it is never written.
var noToken tokInfo

// neighbours returns the tokens one and two places before and after token i, or noToken.
func neighbours(t []tokInfo, i int) (p1, n1, p2, n2 *tokInfo) {
	p1, n1, p2, n2 = &noToken, &noToken, &noToken, &noToken
	if i > 0 {
		p1 = &t[i-1]
	}
	if i+1 < len(t) {
		n1 = &t[i+1]
	}
	if i > 1 {
		p2 = &t[i-2]
	}
	if i+2 < len(t) {
		n2 = &t[i+2]
	}
	return
}

// bos and eos stand for the key before the first and after the last word of a sentence.
const bos, eos = 1, 2

// features appends the feature hashes of token i to dst. Training uses it; tagging gets the same
// features as localFeatures of the ±2 window (cached per word) plus contextFeatures.
func features(dst []uint64, t []tokInfo, i int, pass2 bool) []uint64 {
	n := len(t)
	c := &t[i]
	p1, n1, p2, n2 := neighbours(t, i)
	dst = append(dst,
		feat(fBias, 0),
		feat(fWord, c.word),
		feat(fKey, c.key),
		feat(fStem, c.stem),
		feat(fPre, c.pre),
		feat(fSuf, c.suf),
		feat2(fPreSuf, c.pre, c.suf),
		feat(fShape, c.shape),
		feat2(fShapeP, p1.shape, c.shape),
		feat2(fShapeN, c.shape, n1.shape),
		feat2(fLen, c.runes, c.shape),
	)
	for j, a := range c.aff {
		if a != 0 {
			dst = append(dst, feat(fAff+j, a))
		}
	}
	kp1, kn1, kp2, kn2 := p1.key, n1.key, p2.key, n2.key
	if i == 0 {
		kp1 = bos
	}
	if i+1 == n {
		kn1 = eos
	}
	dst = append(dst,
		feat(fKeyP1, kp1), feat(fKeyN1, kn1), feat(fKeyP2, kp2), feat(fKeyN2, kn2),
		feat(fStemP1, p1.stem), feat(fStemN1, n1.stem),
		feat2(fBiP, kp1, c.key), feat2(fBiN, c.key, kn1),
		feat(fAlt, c.alt), feat(fAltP1, p1.alt), feat(fAltN1, n1.alt),
	)
	for l := range cluster.Levels {
		dst = append(dst,
			feat(fCl+l, uint64(c.cl[l])),
			feat(fSCl+l, uint64(c.scl[l])),
			feat(fClP1+l, uint64(p1.cl[l])),
			feat(fClN1+l, uint64(n1.cl[l])),
		)
	}
	dst = append(dst,
		feat(fClP2, uint64(p2.cl[1])), feat(fClN2, uint64(n2.cl[1])),
		feat2(fClBiP, uint64(p1.cl[1]), uint64(c.cl[1])),
		feat2(fClBiN, uint64(c.cl[1]), uint64(n1.cl[1])),
		feat2(fKeyP1Cl, kp1, uint64(c.cl[2])),
	)
	dst = bits(dst, fGazB, c.gazB)
	dst = bits(dst, fGazI, c.gazI)
	dst = bits(dst, fGazBP, p1.gazB|p1.gazI)
	dst = bits(dst, fGazBN, n1.gazB)
	dst = bits(dst, fGazIN, n1.gazI)
	dst = bits(dst, fLex, c.lex)
	dst = bits(dst, fLexP, p1.lex)
	dst = bits(dst, fLexN, n1.lex)
	if p1.gazB&(1<<gTitle) != 0 || p2.gazB&(1<<gTitle) != 0 {
		dst = append(dst, feat(fTitleP, 1))
	}
	dst = nameFeatures(dst, fNL, c.nl)
	dst = nameFeatures(dst, fNLP, p1.nl)
	dst = nameFeatures(dst, fNLN, n1.nl)
	dst = namePairs(dst, p1.nl, c.nl, n1.nl)
	if i == 0 {
		dst = append(dst, feat(fFirst, c.shape))
	}
	if i+1 == n {
		dst = append(dst, feat(fLast, c.shape))
	}
	if pass2 {
		dst = features2(dst, t, i)
	}
	return dst
}

// localFeatures appends the features that the word x contributes, alone, to the token o places
// away from it (o in −2..2; x is the token itself when o is 0): wordFeatures, then those of its
// cluster paths.
func localFeatures(dst []uint64, x *tokInfo, o int) []uint64 {
	dst, small := wordFeatures(dst, nil, x, o)
	dst = append(dst, small...)
	dst = clusterFeatures(dst, x.cl, o)
	if o == 0 {
		dst = subClusterFeatures(dst, x.scl)
	}
	return dst
}

// wordFeatures appends the localFeatures of x at offset o other than the cluster ones: those of
// small value sets (bias, shape, length, lexicon classes) to small, the others to dst.
func wordFeatures(dst, small []uint64, x *tokInfo, o int) ([]uint64, []uint64) {
	switch o {
	case 0:
		dst = append(dst,
			feat(fWord, x.word),
			feat(fKey, x.key),
			feat(fStem, x.stem),
			feat(fPre, x.pre),
			feat(fSuf, x.suf),
			feat2(fPreSuf, x.pre, x.suf),
			feat(fAlt, x.alt),
		)
		for j, a := range x.aff {
			if a != 0 {
				dst = append(dst, feat(fAff+j, a))
			}
		}
		small = append(small, feat(fBias, 0), feat(fShape, x.shape), feat2(fLen, x.runes, x.shape))
		small = bits(small, fLex, x.lex)
		small = nameFeatures(small, fNL, x.nl)
	case -1:
		dst = append(dst, feat(fKeyP1, x.key), feat(fStemP1, x.stem), feat(fAltP1, x.alt))
		small = bits(small, fLexP, x.lex)
		small = nameFeatures(small, fNLP, x.nl)
	case 1:
		dst = append(dst, feat(fKeyN1, x.key), feat(fStemN1, x.stem), feat(fAltN1, x.alt))
		small = bits(small, fLexN, x.lex)
		small = nameFeatures(small, fNLN, x.nl)
	case -2:
		dst = append(dst, feat(fKeyP2, x.key))
	case 2:
		dst = append(dst, feat(fKeyN2, x.key))
	}
	return dst, small
}

// clusterFeatures appends the features of a word's cluster path p at offset o.
func clusterFeatures(dst []uint64, p cluster.Path, o int) []uint64 {
	switch o {
	case 0:
		for l := range cluster.Levels {
			dst = append(dst, feat(fCl+l, uint64(p[l])))
		}
	case -1:
		for l := range cluster.Levels {
			dst = append(dst, feat(fClP1+l, uint64(p[l])))
		}
	case 1:
		for l := range cluster.Levels {
			dst = append(dst, feat(fClN1+l, uint64(p[l])))
		}
	case -2:
		dst = append(dst, feat(fClP2, uint64(p[1])))
	case 2:
		dst = append(dst, feat(fClN2, uint64(p[1])))
	}
	return dst
}

// subClusterFeatures appends the features of the cluster path of a word's clitic-free form.
func subClusterFeatures(dst []uint64, p cluster.Path) []uint64 {
	for l := range cluster.Levels {
		dst = append(dst, feat(fSCl+l, uint64(p[l])))
	}
	return dst
}

// contextFeatures appends the first-pass features of token i that are not localFeatures: those
// that join two words, and those of gazetteer phrases and the position in the sentence. The
// features of small value sets (shapes, gazetteer bits, position) go to small, the others to dst.
func contextFeatures(dst, small []uint64, t []tokInfo, i int) ([]uint64, []uint64) {
	p1, n1, _, _ := neighbours(t, i)
	small = shapeFeatures(small, p1.shape, t[i].shape, n1.shape, i == 0, i+1 == len(t))
	return contextRest(dst, small, t, i)
}

// shapeFeatures appends the features of a token's shape (cur) with its neighbours' (prev, next;
// 0 where the sentence starts or ends, first and last then set).
func shapeFeatures(dst []uint64, prev, cur, next uint64, first, last bool) []uint64 {
	dst = append(dst, feat2(fShapeP, prev, cur), feat2(fShapeN, cur, next))
	if first {
		dst = append(dst, feat(fFirst, cur))
	}
	if last {
		dst = append(dst, feat(fLast, cur))
	}
	return dst
}

// contextRest appends the features of contextFeatures other than shapeFeatures, which the
// tagger sums from the tables of shapeSums.
func contextRest(dst, small []uint64, t []tokInfo, i int) ([]uint64, []uint64) {
	n := len(t)
	c := &t[i]
	p1, n1, p2, _ := neighbours(t, i)
	kp1, kn1 := p1.key, n1.key
	if i == 0 {
		kp1 = bos
	}
	if i+1 == n {
		kn1 = eos
	}
	dst = append(dst,
		feat2(fBiP, kp1, c.key), feat2(fBiN, c.key, kn1),
		feat2(fClBiP, uint64(p1.cl[1]), uint64(c.cl[1])),
		feat2(fClBiN, uint64(c.cl[1]), uint64(n1.cl[1])),
		feat2(fKeyP1Cl, kp1, uint64(c.cl[2])),
	)
	small = bits(small, fGazB, c.gazB)
	small = bits(small, fGazI, c.gazI)
	small = bits(small, fGazBP, p1.gazB|p1.gazI)
	small = bits(small, fGazBN, n1.gazB)
	small = bits(small, fGazIN, n1.gazI)
	if p1.gazB&(1<<gTitle) != 0 || p2.gazB&(1<<gTitle) != 0 {
		small = append(small, feat(fTitleP, 1))
	}
	small = namePairs(small, p1.nl, c.nl, n1.nl)
	return dst, small
}

// features2Split appends the features of features2, those of small value sets (first-pass
// labels, document context) to small and the others to dst.
func features2Split(dst, small []uint64, t []tokInfo, i int) ([]uint64, []uint64) {
	n := len(t)
	c := &t[i]
	p1, n1, p2, n2 := neighbours(t, i)
	small = labelFeatures(small, p1.p1, c.p1, n1.p1, i == 0, i+1 == n)
	small = append(small, feat(fP1P2, p2.p1), feat(fP1N2, n2.p1), feat(fDocMaj, uint64(c.doc>>16)))
	return features2Rest(dst, small, t, i)
}

// labelFeatures appends the second-pass features of a token's first-pass label (cur) with those
// of its neighbours (prev, next; 0 where the sentence starts or ends, first and last then set).
func labelFeatures(dst []uint64, prev, cur, next uint64, first, last bool) []uint64 {
	return append(dst,
		feat(fP1, cur),
		feat(fP1P1, prev+uint64(boolInt(first))*100),
		feat(fP1N1, next+uint64(boolInt(last))*100),
		feat2(fP1Tri, prev<<8|cur, next),
	)
}

// features2Rest appends the features of features2Split other than labelFeatures and those of
// the labels two places away and the document majority label, which the tagger sums from the
// tables of labelSums.
func features2Rest(dst, small []uint64, t []tokInfo, i int) ([]uint64, []uint64) {
	c := &t[i]
	small = append(small, feat2(fDocP1, c.p1, uint64(c.doc&0x1ff)))
	small = bits(small, fDoc, c.doc&0x1fe)
	var p1, n1 = &noToken, &noToken
	if i > 0 {
		p1 = &t[i-1]
	}
	if i+1 < len(t) {
		n1 = &t[i+1]
	}
	dst = append(dst,
		feat2(fP1Key, c.p1, c.key),
		feat2(fP1Cl, c.p1, uint64(c.cl[1])),
	)
	if c.silver|c.silB|c.silI|p1.silver|n1.silver != 0 {
		dst = bits(dst, fSil, c.silver)
		dst = bits(dst, fSilP, p1.silver)
		dst = bits(dst, fSilN, n1.silver)
		dst = bits(dst, fSilB, c.silB)
		dst = bits(dst, fSilI, c.silI)
		dst = append(dst, feat2(fSilP1, c.p1, uint64(c.silver)))
	}
	return dst, small
}

// smallFeatures lists every feature wordFeatures, contextFeatures and features2Split can put in
// small: the value sets are those of labels (p1 ≤ nL), shapes (≤ shapeOther), lengths (≤ 12),
// document context (9 label bits, majority label ≤ nL), and gazetteer and lexicon bits (32).
func smallFeatures() []uint64 {
	fs := []uint64{feat(fBias, 0)}
	for a := range uint64(shapeOther + 1) {
		fs = append(fs, feat(fShape, a))
		for r := range uint64(13) {
			fs = append(fs, feat2(fLen, r, a))
		}
	}
	for b := range 32 {
		for _, tm := range []int{fLex, fLexP, fLexN} {
			fs = append(fs, feat(tm, 1<<b))
		}
	}
	for a := range uint64(shapeOther + 1) {
		fs = append(fs, feat(fFirst, a), feat(fLast, a))
		for b := range uint64(shapeOther + 1) {
			fs = append(fs, feat2(fShapeP, a, b), feat2(fShapeN, a, b))
		}
	}
	for b := range 32 {
		for _, tm := range []int{fGazB, fGazI, fGazBP, fGazBN, fGazIN} {
			fs = append(fs, feat(tm, 1<<b))
		}
	}
	fs = append(fs, feat(fTitleP, 1))
	for c := lmPer; c < nLM; c++ {
		for b := range uint64(nBins + 1) {
			for _, tm := range []int{fNL, fNLP, fNLN} {
				fs = append(fs, feat(tm, uint64(c)<<4|b))
			}
		}
	}
	for a := range uint64(nBins + 1) {
		for b := range uint64(nBins + 1) {
			fs = append(fs, feat2(fNLBiP, a, b), feat2(fNLBiN, a, b))
		}
	}
	for a := range uint64(nL + 1) {
		fs = append(fs, feat(fP1, a), feat(fP1P1, a), feat(fP1P1, a+100), feat(fP1N1, a),
			feat(fP1N1, a+100), feat(fP1P2, a), feat(fP1N2, a), feat(fDocMaj, a))
		for b := range uint64(nL + 1) {
			for c := range uint64(nL + 1) {
				fs = append(fs, feat2(fP1Tri, a<<8|b, c))
			}
		}
		for d := range uint64(0x200) {
			fs = append(fs, feat2(fDocP1, a, d))
		}
	}
	for b := range 9 {
		fs = append(fs, feat(fDoc, 1<<b))
	}
	return fs
}

// nameFeatures appends the name-likeness features of the bins nl under template tmpl.
func nameFeatures(dst []uint64, tmpl int, nl uint32) []uint64 {
	if nl == 0 {
		return dst
	}
	for c := lmPer; c < nLM; c++ {
		dst = append(dst, feat(tmpl, uint64(c)<<4|binOf(nl, c)))
	}
	return dst
}

// namePairs appends the person-name bins of the token paired with those of its neighbours.
func namePairs(dst []uint64, p1, c, n1 uint32) []uint64 {
	if p1|c != 0 {
		dst = append(dst, feat2(fNLBiP, binOf(p1, lmPer), binOf(c, lmPer)))
	}
	if c|n1 != 0 {
		dst = append(dst, feat2(fNLBiN, binOf(c, lmPer), binOf(n1, lmPer)))
	}
	return dst
}

func bits(dst []uint64, tmpl int, m uint32) []uint64 {
	for m != 0 {
		b := m & -m
		dst = append(dst, feat(tmpl, uint64(b)))
		m &^= b
	}
	return dst
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// features2 appends the second-pass-only features of token i: first-pass labels around it and
// how the same word was labelled elsewhere in the document.
func features2(dst []uint64, t []tokInfo, i int) []uint64 {
	n := len(t)
	c := &t[i]
	p1, n1, p2, n2 := neighbours(t, i)
	dst = append(dst,
		feat(fP1, c.p1),
		feat(fP1P1, p1.p1+uint64(boolInt(i == 0))*100),
		feat(fP1N1, n1.p1+uint64(boolInt(i+1 == n))*100),
		feat(fP1P2, p2.p1),
		feat(fP1N2, n2.p1),
		feat2(fP1Tri, p1.p1<<8|c.p1, n1.p1),
		feat2(fP1Key, c.p1, c.key),
		feat2(fP1Cl, c.p1, uint64(c.cl[1])),
		feat(fDocMaj, uint64(c.doc>>16)),
		feat2(fDocP1, c.p1, uint64(c.doc&0x1ff)),
	)
	dst = bits(dst, fDoc, c.doc&0x1fe)
	if c.silver|c.silB|c.silI|p1.silver|n1.silver != 0 {
		dst = bits(dst, fSil, c.silver)
		dst = bits(dst, fSilP, p1.silver)
		dst = bits(dst, fSilN, n1.silver)
		dst = bits(dst, fSilB, c.silB)
		dst = bits(dst, fSilI, c.silI)
		dst = append(dst, feat2(fSilP1, c.p1, uint64(c.silver)))
	}
	return dst
}
