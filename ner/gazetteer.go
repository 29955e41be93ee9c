package ner

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Gazetteer classes (bit positions in a class mask). External lists (geo data, WikiFANE, titles)
// and the lexicon learned from the training split share this mask; the lexicon's bits start at
// lexBase.
const (
	gCountry = iota
	gCity
	gGPE // WikiFANE nations, cities, states, regions
	gGeo // WikiFANE natural places, water, facilities
	gPer
	gOrg
	gMisc
	gGroup
	gTitle // person titles and roles (الرئيس، وزير …)
	gOrgWord
	gNisba     // adjective of a place in the gazetteer: السوداني ← السودان
	gGiven     // word that often starts a WikiFANE person name
	gFamily    // word that often ends a WikiFANE person name
	gOrgPart   // word that is often part of a WikiFANE organisation name
	gPlacePart // word that is often part of a WikiFANE place name
	nGaz

	lexBase = 16 // lexicon classes: lexBase + type index (PERS LOC ORG MISC)
)

// hashString is FNV-1a 64.
func hashString(s string) uint64 { return fnvAppend(14695981039346656037, s) }

// fnvAppend continues an FNV-1a hash over s: fnvAppend(hashString(a), b) == hashString(a+b).
func fnvAppend(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix is a 64-bit finaliser (splitmix64).
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func phraseStep(h, tok uint64) uint64 { return mix(h*0x9E3779B97F4A7C15 + tok) }

// phraseSet holds multi-token phrases (sequences of normalised keys) with a class mask each.
type phraseSet struct {
	Phrases map[uint64]uint32 // hash of the key sequence → class mask
	Prefix  map[uint64]bool   // hashes of proper prefixes, to stop the scan early
	MaxLen  int

	// merged holds Phrases with bit 31 set for prefixes: one lookup per scan step. Built by
	// merge; nil during training, when the two maps above are used.
	merged map[uint64]uint32
}

const prefixBit = 1 << 31

// merge builds the single-lookup form of the set for tagging.
func (p *phraseSet) merge() {
	if p == nil {
		return
	}
	m := make(map[uint64]uint32, len(p.Phrases)+len(p.Prefix))
	for h, c := range p.Phrases {
		m[h] = c
	}
	for h := range p.Prefix {
		m[h] |= prefixBit
	}
	p.merged = m
}

// step returns the classes of phrase h and whether longer phrases start with it.
func (p *phraseSet) step(h uint64) (classes uint32, found, more bool) {
	if p.merged != nil {
		v, ok := p.merged[h]
		return v &^ prefixBit, ok && v&^prefixBit != 0, v&prefixBit != 0
	}
	c, ok := p.Phrases[h]
	return c, ok, p.Prefix[h]
}

func newPhraseSet() *phraseSet {
	return &phraseSet{Phrases: map[uint64]uint32{}, Prefix: map[uint64]bool{}}
}

// add records a phrase of normalised keys with class bit c.
func (p *phraseSet) add(keys []string, c int) {
	if len(keys) == 0 {
		return
	}
	h := uint64(0)
	for i, k := range keys {
		h = phraseStep(h, hashString(k))
		if i < len(keys)-1 {
			p.Prefix[h] = true
		}
	}
	p.Phrases[h] |= 1 << c
	p.MaxLen = max(p.MaxLen, len(keys))
}

// match marks, for every token, the classes of the longest phrases that cover it: bit c of
// begin[i] if a phrase of class c starts at i, bit c of inside[i] if it covers i after its
// start. The first token of a phrase may also match by its clitic-stripped form (alt).
func (p *phraseSet) match(keys, alt []uint64, begin, inside []uint32) {
	p.matchStarts(keys, alt, begin, inside, nil, 0)
}

// opens reports whether a phrase of the set starts with the word key h.
func (p *phraseSet) opens(h uint64) bool {
	_, found, more := p.step(phraseStep(0, h))
	return found || more
}

// matchStarts is match where starts (if not nil) says which tokens may open a phrase: bit
// shift of starts[i] for the token's key, bit shift+1 for its clitic-stripped form (see
// opens). Other starts are not tried.
func (p *phraseSet) matchStarts(keys, alt []uint64, begin, inside []uint32, starts []uint8, shift uint) {
	n := len(keys)
	for i := 0; i < n; i++ {
		for first := 0; first < 2; first++ {
			if starts != nil && starts[i]>>shift&(1<<first) == 0 {
				continue
			}
			start := keys[i]
			if first == 1 {
				if alt[i] == keys[i] {
					continue
				}
				start = alt[i]
			}
			h := phraseStep(0, start)
			for j := i; j < n && j-i < p.MaxLen; j++ {
				if j > i {
					h = phraseStep(h, keys[j])
				}
				m, ok, more := p.step(h)
				if ok {
					begin[i] |= m
					for k := i + 1; k <= j; k++ {
						inside[k] |= m
					}
				}
				if !more {
					break
				}
			}
		}
	}
}

// lexicon counts, for each normalised key, how often the training split labelled it with each
// entity type (as any part of an entity) and how often it was seen at all.
type lexicon struct {
	Counts map[uint64][5]uint16 // key hash → [PERS LOC ORG MISC total]
	Phr    *phraseSet           // entity strings of the training split
}

var lexTypes = []string{"PERS", "LOC", "ORG", "MISC"}

func typeIndex(t string) int { return slices.Index(lexTypes, t) }

func buildLexicon(sents []Sentence) *lexicon {
	lx := &lexicon{Counts: map[uint64][5]uint16{}, Phr: newPhraseSet()}
	for _, s := range sents {
		keys := make([]string, len(s.Words))
		for i, w := range s.Words {
			keys[i] = key(w)
			h := hashString(keys[i])
			c := lx.Counts[h]
			if c[4] < 65535 {
				c[4]++
				if t := typeIndex(labelType(s.Labels[i])); t >= 0 {
					c[t]++
				}
			}
			lx.Counts[h] = c
		}
		for _, e := range spansOf(s.Labels) {
			lx.Phr.add(keys[e.TokStart:e.TokEnd], lexBase+typeIndex(e.Type))
		}
	}
	return lx
}

// tokenClasses returns lexicon classes for one key: bit t if the key was labelled type t at
// least half the times it was seen, and bit 4 if it was seen at least 3 times and never inside
// an entity.
func (lx *lexicon) tokenClasses(h uint64) uint32 {
	c, ok := lx.Counts[h]
	if !ok {
		return 0
	}
	var m uint32
	ent := 0
	for t := range 4 {
		ent += int(c[t])
		if 2*int(c[t]) >= int(c[4]) && c[t] > 0 {
			m |= 1 << t
		}
	}
	if ent == 0 && c[4] >= 3 {
		m |= 1 << 4
	}
	return m
}

var nisbaEndings = []string{"يين", "يون", "يان", "يه", "ي"}

// nisbaOf returns the class mask of the place a nisba adjective is derived from (السودانيه →
// السودان, مصري → مصر), or 0.
func (p *phraseSet) nisbaOf(k string) uint32 {
	const places = 1<<gCountry | 1<<gCity | 1<<gGPE
	body := strings.TrimPrefix(k, "ال")
	for _, e := range nisbaEndings {
		if !strings.HasSuffix(body, e) {
			continue
		}
		base := body[:len(body)-len(e)]
		if utf8.RuneCountInString(base) < 2 {
			return 0
		}
		for _, cand := range [...]string{base, "ال" + base, base + "ا", base + "ه"} {
			if m := p.Phrases[phraseStep(0, hashString(cand))] & places; m != 0 {
				return m
			}
		}
		return 0
	}
	return 0
}

// markSilver sets the silver fields of a sentence's tokens from a silver lexicon.
func (lx *lexicon) markSilver(inf []tokInfo) {
	n := len(inf)
	keys, alts := make([]uint64, n), make([]uint64, n)
	begin, inside := make([]uint32, n), make([]uint32, n)
	for i := range inf {
		keys[i], alts[i] = inf[i].key, inf[i].alt
	}
	lx.Phr.match(keys, alts, begin, inside)
	for i := range inf {
		inf[i].silver = lx.tokenClasses(keys[i])
		if inf[i].silver == 0 && alts[i] != keys[i] {
			inf[i].silver = lx.tokenClasses(alts[i]) << 8
		}
		inf[i].silB, inf[i].silI = begin[i], inside[i]
	}
}
