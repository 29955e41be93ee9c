package ner

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"unicode/utf8"
)

// Character-level name-likeness. A word never seen in training, such as a transliterated
// foreign name (كاسياس، فولكسفاغن), still looks like a name: its letter sequences are those of
// names, not of Arabic news words. charLM holds one character n-gram language model per class
// (news words, person names, place names, organisation names), learned from word types, and
// scores a word by the log-likelihood ratio of each name class against news words, bucketed
// into a few bins that become features (see nameBins).

// LM classes: background (news words) and three name classes.
const (
	lmNews = iota
	lmPer
	lmLoc
	lmOrg
	nLM
)

// lmOrder is the n-gram order: each letter is predicted from the three before it.
const lmOrder = 4

// lmEdges are the bin edges of the log-likelihood ratio (natural log): bin b holds ratios in
// [lmEdges[b-1], lmEdges[b]), so there are len(lmEdges)+1 bins.
var lmEdges = [...]float64{-8, -5, -3, -1.5, -0.5, 0.5, 1.5, 3, 5}

// nBins is the number of name-likeness bins; a bin is stored as bin+1 in 4 bits (0: no score).
const nBins = len(lmEdges) + 1

// CharLM is a set of character n-gram models of words by class (see NewCharLM). Build it with
// BuildCharLM; Train compiles it into the model.
type CharLM struct {
	// Grams maps every n-gram of 1..lmOrder runes ('^' pads the word start, '$' ends it) to
	// its count per class, over word types.
	Grams map[string][nLM]uint32
	// Known holds the nameBins of common words by hash of the clitic-free key (the clusters'
	// vocabulary and the training words, see withKnown), so that tagging looks them up instead
	// of scoring them.
	Known map[uint64]uint32

	grams map[uint64][nLM]uint32    // by hash
	ctxs  map[uint64][nLM][2]uint32 // context hash → per class: total count, distinct continuations
	inv   float64                   // 1 / alphabet size, the base of the interpolation
	once  sync.Once
}

// NewCharLM returns an empty model; add word types with Add before scoring any word.
func NewCharLM() *CharLM { return &CharLM{Grams: map[string][nLM]uint32{}} }

// Add counts the n-grams of the word type w (a normalised key) under class c.
func (m *CharLM) Add(w string, c int) {
	s := strings.Repeat("^", lmOrder-1) + w + "$"
	offs := runeOffsets(s)
	for i := lmOrder - 1; i+1 < len(offs); i++ {
		for j := range lmOrder {
			g := s[offs[i-j]:offs[i+1]]
			v := m.Grams[g]
			v[c]++
			m.Grams[g] = v
		}
	}
}

func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// prepare builds the hashed tables from Grams, once: the model must not change afterwards.
func (m *CharLM) prepare() { m.once.Do(m.build) }

func (m *CharLM) build() {
	m.grams = make(map[uint64][nLM]uint32, len(m.Grams))
	m.ctxs = make(map[uint64][nLM][2]uint32, len(m.Grams)/2)
	alphabet := 0
	for g, v := range m.Grams {
		m.grams[hashString(g)] = v
		_, last := utf8.DecodeLastRuneInString(g)
		h := hashString(g[:len(g)-last])
		c := m.ctxs[h]
		for k := range nLM {
			if v[k] > 0 {
				c[k][0] += v[k]
				c[k][1]++
			}
		}
		m.ctxs[h] = c
		if len(g) == last {
			alphabet++
		}
	}
	m.inv = 1 / float64(alphabet+1)
}

// logProbs returns the log-probability of the word w under each class's model (Witten–Bell
// interpolation of orders 0..lmOrder-1).
func (m *CharLM) logProbs(w string) [nLM]float64 {
	m.prepare()
	var lp [nLM]float64
	var buf [64]byte
	s := append(append(append(buf[:0], "^^^^^^"[:lmOrder-1]...), w...), '$')
	var offs [40]int
	n := 0
	for i := range len(s) {
		if utf8.RuneStart(s[i]) {
			if n == len(offs)-1 {
				break
			}
			offs[n] = i
			n++
		}
	}
	offs[n] = len(s)
	for i := lmOrder - 1; i < n; i++ {
		var p [nLM]float64
		for k := range p {
			p[k] = m.inv
		}
		for j := range lmOrder {
			ctx := m.ctxs[fnvBytes(s[offs[i-j]:offs[i]])]
			if ctx == ([nLM][2]uint32{}) {
				break
			}
			g := m.grams[fnvBytes(s[offs[i-j]:offs[i+1]])]
			for k := range nLM {
				tot, dist := float64(ctx[k][0]), float64(ctx[k][1])
				if tot == 0 {
					continue
				}
				p[k] = (float64(g[k]) + dist*p[k]) / (tot + dist)
			}
		}
		for k := range nLM {
			lp[k] += math.Log(p[k])
		}
	}
	return lp
}

// nameBins returns the name-likeness bins of the normalised, clitic-free word w: 4 bits per
// name class (class c at bits 4(c-1)), each the bin of the class's log-likelihood ratio against
// news words plus one, or 0 for words that are not Arabic letters or are shorter than 2 letters.
func (m *CharLM) nameBins(w string) uint32 {
	if m == nil || utf8.RuneCountInString(w) < 2 || len(w) > 60 {
		return 0
	}
	for _, r := range w {
		if r < 0x0621 || r > 0x064A {
			return 0
		}
	}
	lp := m.logProbs(w)
	var out uint32
	for c := lmPer; c < nLM; c++ {
		b := nBins - 1
		for e, x := range lmEdges {
			if lp[c]-lp[lmNews] < x {
				b = e
				break
			}
		}
		out |= uint32(b+1) << (4 * (c - 1))
	}
	return out
}

// binOf returns the bin+1 of class c in a nameBins value.
func binOf(bins uint32, c int) uint64 { return uint64(bins>>(4*(c-1))) & 15 }

// CharLMSources are the word lists a CharLM is learned from.
type CharLMSources struct {
	// WikiFANE (ner/fane/WikiFANE_Gold_2014_500K.txt): the words of person, place and
	// organisation names are the name classes' types.
	WikiFANE string
	// News is tokenised news text (e.g. SaudiNewsNet): its word types seen at least MinNews
	// times are the background class.
	News    [][]string
	MinNews int
}

// BuildCharLM learns the name-likeness models.
func BuildCharLM(src CharLMSources) (*CharLM, error) {
	m := NewCharLM()
	names := map[string]bool{}
	if src.WikiFANE != "" {
		sents, err := ReadFANE(src.WikiFANE)
		if err != nil {
			return nil, fmt.Errorf("ner: char lm: %w", err)
		}
		add := m.nameAdder()
		for _, s := range sents {
			for _, e := range spansOf(s.Labels) {
				var c int
				switch fane[e.Type] {
				case gPer:
					c = lmPer
				case gGPE, gGeo:
					c = lmLoc
				case gOrg:
					c = lmOrg
				default:
					continue
				}
				for _, k := range add(s.Words[e.TokStart:e.TokEnd], c) {
					names[k] = names[k] || c == lmPer
				}
			}
		}
	}
	// News words that are person-name words in WikiFANE are names, not background.
	counts := map[string]int{}
	for _, s := range src.News {
		for _, w := range s {
			_, k := stripPrefix(key(w))
			counts[k]++
		}
	}
	for k, n := range counts {
		if n >= max(1, src.MinNews) && lmWord(k) && !names[k] {
			m.Add(k, lmNews)
		}
	}
	return m, nil
}

// nameAdder returns a function that adds the words of a name of class c to m as types: each
// clitic-free word once per class, not title words nor words too short to model. It returns
// the keys it added.
func (m *CharLM) nameAdder() func(words []string, c int) []string {
	titles := map[string]bool{}
	for _, w := range titleWords {
		titles[key(w)] = true
	}
	seen := map[string]uint8{}
	var added []string
	return func(words []string, c int) []string {
		added = added[:0]
		for _, w := range words {
			_, k := stripPrefix(key(w))
			if titles[k] || !lmWord(k) || seen[k]&(1<<c) != 0 {
				continue
			}
			seen[k] |= 1 << c
			m.Add(k, c)
			added = append(added, k)
		}
		return added
	}
}

// extend returns a copy of m with the name words of labelled sentences added as types of
// their class (PERS, LOC, ORG): the lexicon's counterpart for words never seen in training.
func (m *CharLM) extend(sents []Sentence) *CharLM {
	x := &CharLM{Grams: make(map[string][nLM]uint32, len(m.Grams)+len(m.Grams)/4)}
	for g, v := range m.Grams {
		x.Grams[g] = v
	}
	add := x.nameAdder()
	for _, s := range sents {
		for _, e := range spansOf(s.Labels) {
			var c int
			switch e.Type {
			case "PERS":
				c = lmPer
			case "LOC":
				c = lmLoc
			case "ORG":
				c = lmOrg
			default:
				continue
			}
			add(s.Words[e.TokStart:e.TokEnd], c)
		}
	}
	return x
}

// withKnown returns a model with m's counts (shared) whose Known holds the bins of the
// clitic-free forms of words.
func (m *CharLM) withKnown(words []string) *CharLM {
	x := &CharLM{Grams: m.Grams, Known: make(map[uint64]uint32, len(words))}
	for _, w := range words {
		_, k := stripPrefix(key(w))
		x.Known[hashString(k)] = m.nameBins(k)
	}
	return x
}

// lmWord reports whether k is made of Arabic letters only, at least two.
func lmWord(k string) bool {
	if utf8.RuneCountInString(k) < 2 {
		return false
	}
	for _, r := range k {
		if r < 0x0621 || r > 0x064A {
			return false
		}
	}
	return true
}

// fnvBytes is hashString of a byte slice.
func fnvBytes(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}
