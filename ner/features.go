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
}

var hashAl = hashString("ال")

type wordEntry struct {
	cl    cluster.Path
	hasCl bool
	lex   uint32
}

// prepare builds the lookup tables derived from the resources.
func (r *resources) prepare() {
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
}

// analyze fills infos for a sentence of words.
func (r *resources) analyze(words []string, infos []tokInfo) {
	for i, w := range words {
		t := &infos[i]
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
		if r.words != nil {
			// Tagging: clusters and lexicon classes in one table (same results as below).
			e := r.words[t.key]
			t.cl, t.lex = e.cl, e.lex
			found := false
			if t.alt != t.key {
				a := r.words[t.alt]
				if a.hasCl {
					t.scl, found = a.cl, true
				}
				if t.lex == 0 {
					t.lex = a.lex << 8
				}
			}
			if !found {
				if a := r.words[fnvAppend(hashAl, st)]; a.hasCl {
					t.scl = a.cl
				} else if a := r.words[t.stem]; a.hasCl {
					t.scl = a.cl
				}
			}
		} else if r.clh != nil {
			t.cl = r.clh[t.key]
			if p, ok := r.clh[t.alt]; ok && t.alt != t.key {
				t.scl = p
			} else if p, ok := r.clh[fnvAppend(hashAl, st)]; ok {
				t.scl = p
			} else if p, ok := r.clh[t.stem]; ok {
				t.scl = p
			}
		}
	}
	n := len(words)
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
		r.gaz.match(keys, alts, begin, inside)
	}
	if r.lex != nil {
		r.lex.Phr.match(keys, alts, begin, inside)
		for i := 0; i < n && r.words == nil; i++ {
			infos[i].lex = r.lex.tokenClasses(keys[i])
			if infos[i].lex == 0 && alts[i] != keys[i] {
				infos[i].lex = r.lex.tokenClasses(alts[i]) << 8
			}
		}
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
)

func feat(tmpl int, v uint64) uint64 { return mix(uint64(tmpl)<<56 ^ v) }

func feat2(tmpl int, a, b uint64) uint64 { return mix(uint64(tmpl)<<56 ^ mix(a*0x9E3779B97F4A7C15^b)) }

// features appends the feature hashes of token i to dst.
func features(dst []uint64, t []tokInfo, i int, pass2 bool) []uint64 {
	n := len(t)
	c := &t[i]
	var none tokInfo
	p1, n1, p2, n2 := &none, &none, &none, &none
	const bos, eos = 1, 2
	if i > 0 {
		p1 = &t[i-1]
	}
	if i+1 < n {
		n1 = &t[i+1]
	}
	if i > 1 {
		p2 = &t[i-2]
	}
	if i+2 < n {
		n2 = &t[i+2]
	}
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
	var none tokInfo
	p1, n1, p2, n2 := &none, &none, &none, &none
	if i > 0 {
		p1 = &t[i-1]
	}
	if i+1 < n {
		n1 = &t[i+1]
	}
	if i > 1 {
		p2 = &t[i-2]
	}
	if i+2 < n {
		n2 = &t[i+2]
	}
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
