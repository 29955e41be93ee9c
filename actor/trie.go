package actor

import (
	"cmp"
	"slices"
	"strings"

	"marsad/arabic"
)

// ekind is the kind of a lexical entry.
type ekind uint8

const (
	eName    ekind = iota + 1 // a full name of a record (person, country, organisation)
	eShort                    // a short form of a record
	eCapital                  // a capital city standing for its country
	eDemonym                  // a nationality adjective or noun
	eOrgAdj                   // an adjective standing for an organisation (أممي → UN)
	eOffice                   // a role phrase
	eSector                   // a sector word
	eCoref                    // a coreference word (نظيره، البلدين)
	eHonor                    // an honorific before a name
	eMod                      // a modifier after a role phrase (الخاص)
	eFormer                   // "former" after a role phrase
	eNon                      // a phrase that is not an actor
	eRegion                   // a region an envoy is sent to
)

// number is the grammatical number of a form.
type number uint8

const (
	sg number = iota
	du
	pl
)

type corefKind uint8

const (
	corefCounterpart corefKind = iota + 1
	corefCountries
	corefSides
)

// entry is what a phrase in the trie stands for. One phrase may carry several entries
// ("السعودية": the country and the feminine demonym).
type entry struct {
	kind    ekind
	actor   *Actor
	office  *office
	country string // demonym/capital country, implied office country, region code
	sector  string
	num     number
	coref   corefKind
	def     bool // the phrase starts with the article
	open    bool // the phrase ends without the article: it can take a genitive ("رئيس وزراء إسرائيل")
	weak    bool // a demonym that only counts after a role or sector word
	fempl   bool // a feminine plural demonym (-ات): an adjective after a noun ("محتجزات إسرائيليات")
}

// node is a trie node over word keys.
type node struct {
	next    map[string]*node
	entries []entry
}

func (n *node) insert(keys []string, e entry) {
	for _, k := range keys {
		if n.next == nil {
			n.next = map[string]*node{}
		}
		c := n.next[k]
		if c == nil {
			c = &node{}
			n.next[k] = c
		}
		n = c
	}
	for _, x := range n.entries {
		if x == e {
			return
		}
	}
	n.entries = append(n.entries, e)
}

func (n *node) child(k string) *node {
	if n == nil || n.next == nil {
		return nil
	}
	return n.next[k]
}

func (n *node) sortEntries() {
	slices.SortStableFunc(n.entries, func(a, b entry) int { return cmp.Compare(a.kind, b.kind) })
	for _, c := range n.next {
		c.sortEntries()
	}
}

// match is a phrase found in a token sequence: tokens [start, end), with cut key runes of
// proclitics stripped from the first token.
type match struct {
	start, end int
	cut        int  // runes of the first token's key that are proclitics
	conj       bool // the proclitics start with the conjunction و or ف
	prep       bool // the proclitics include a preposition (ب ل ك)
	def        bool // the phrase starts with the article (also "لل" = ل + ال)
	entries    []entry
}

// has reports whether the match carries an entry of kind k.
func (m *match) has(k ekind) bool { return m.get(k) != nil }

// get returns the first entry of kind k, or nil.
func (m *match) get(k ekind) *entry {
	for i := range m.entries {
		if m.entries[i].kind == k {
			return &m.entries[i]
		}
	}
	return nil
}

// variant is a reading of a token's key with proclitics removed.
type variant struct {
	key  string
	cut  int // runes removed
	conj bool
	prep bool
}

// variants returns the readings of a word key: the word itself, then the word without the
// proclitics و ف (conjunctions) and ب ل ك (prepositions), and ل + ال written لل. Readings whose
// rest would be shorter than two letters are skipped.
func variants(key string, dst []variant) []variant {
	dst = append(dst[:0], variant{key: key})
	for _, c := range [...]string{"", "و", "ف"} {
		rest := key
		if c != "" {
			var ok bool
			if rest, ok = strings.CutPrefix(key, c); !ok {
				continue
			}
			if runeLen(rest) >= 2 {
				dst = append(dst, variant{key: rest, cut: 1, conj: true})
			}
		}
		cut := 0
		if c != "" {
			cut = 1
		}
		for _, p := range [...]string{"ب", "ل", "ك"} {
			r, ok := strings.CutPrefix(rest, p)
			if !ok || runeLen(r) < 2 {
				continue
			}
			dst = append(dst, variant{key: r, cut: cut + 1, conj: c != "", prep: true})
			if p == "ل" && strings.HasPrefix(r, "ل") && runeLen(r) >= 3 {
				// لل = ل + ال: the article's alef is not written.
				dst = append(dst, variant{key: "ا" + r, cut: cut + 2, conj: c != "", prep: true})
			}
		}
	}
	return dst
}

func runeLen(s string) int {
	n := 0
	for range s {
		n++
	}
	return n
}

// matcher finds phrases of the trie in a token sequence.
type matcher struct {
	root *node
	keys []string // token keys ("" for tokens that never match)
	vbuf []variant
}

// at appends to dst every phrase that starts at token i, longest first; for equal lengths the
// reading with fewer proclitics stripped comes first, so that a known word is never cut.
// With clitics false only the word itself is tried.
func (m *matcher) at(i int, clitics bool, dst []match) []match {
	dst = dst[:0]
	if i >= len(m.keys) || m.keys[i] == "" {
		return dst
	}
	if clitics {
		m.vbuf = variants(m.keys[i], m.vbuf)
	} else {
		m.vbuf = append(m.vbuf[:0], variant{key: m.keys[i]})
	}
	for _, v := range m.vbuf {
		n := m.root.child(v.key)
		def := strings.HasPrefix(v.key, "ال")
		for j := i + 1; n != nil; j++ {
			if len(n.entries) > 0 {
				dst = append(dst, match{start: i, end: j, cut: v.cut, conj: v.conj, prep: v.prep, def: def, entries: n.entries})
			}
			if j >= len(m.keys) || m.keys[j] == "" {
				break
			}
			n = n.child(m.keys[j])
		}
	}
	slices.SortStableFunc(dst, func(a, b match) int {
		if a.end != b.end {
			return b.end - a.end
		}
		return a.cut - b.cut
	})
	return dst
}

// find returns the longest phrase at token i that carries an entry of one of the kinds, and the
// entry. With clitics false the first token must match as it is.
func (m *matcher) find(i int, clitics bool, buf []match, kinds ...ekind) (match, *entry, bool) {
	for _, x := range m.at(i, clitics, buf) {
		for _, k := range kinds {
			if e := x.get(k); e != nil {
				return x, e, true
			}
		}
	}
	return match{}, nil, false
}

// keysOf returns the matching keys of tokens; punctuation keeps its text so that phrases such
// as "أوبك+" can match, and empty tokens get "".
func keysOf(toks []arabic.Token, dst []string) []string {
	dst = dst[:0]
	for _, t := range toks {
		dst = append(dst, tokenKey(t))
	}
	return dst
}
