package actor

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"

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
	// key is the reading; when alef is set the reading is "ا" + key (ل + ال written لل), kept
	// apart so that matching never builds the string.
	key  string
	cut  int // runes removed
	conj bool
	prep bool
	alef bool
}

// word returns the reading as a string.
func (v variant) word() string {
	if v.alef {
		return "ا" + v.key
	}
	return v.key
}

// bytes appends the reading to dst: a map indexed with string(v.bytes(buf)) does not allocate.
func (v variant) bytes(dst []byte) []byte {
	if v.alef {
		dst = append(dst, "ا"...)
	}
	return append(dst, v.key...)
}

// variants returns the readings of a word key: the word itself, then the word without the
// proclitics و ف (conjunctions) and ب ل ك (prepositions), and ل + ال written لل. Readings whose
// rest would be shorter than two letters are skipped. The order is: the word; the word without a
// preposition; without the conjunction; without the conjunction and a preposition.
func variants(key string, dst []variant) []variant {
	dst = append(dst[:0], variant{key: key})
	if !procliticFirst(key) {
		return dst
	}
	dst = appendPrep(dst, key, 0, false)
	if c := key[:2]; c == "و" || c == "ف" {
		rest := key[2:]
		if atLeastRunes(rest, 2) {
			dst = append(dst, variant{key: rest, cut: 1, conj: true})
		}
		dst = appendPrep(dst, rest, 1, true)
	}
	return dst
}

// procliticFirst reports whether a key may start with a proclitic: every proclitic is a
// two-byte letter (و ف ب ل ك are U+0628–U+0648), and two letters must follow it.
func procliticFirst(key string) bool {
	return len(key) >= 4 && (key[0] == 0xd8 || key[0] == 0xd9)
}

// appendPrep appends the reading of r without the preposition ب ل ك (cut and conj say what was
// stripped before it) and, for لل, the reading ل + ال.
func appendPrep(dst []variant, r string, cut int, conj bool) []variant {
	if !procliticFirst(r) {
		return dst
	}
	switch p, rest := r[:2], r[2:]; p {
	case "ب", "ك":
		if atLeastRunes(rest, 2) {
			dst = append(dst, variant{key: rest, cut: cut + 1, conj: conj, prep: true})
		}
	case "ل":
		if atLeastRunes(rest, 2) {
			dst = append(dst, variant{key: rest, cut: cut + 1, conj: conj, prep: true})
			if strings.HasPrefix(rest, "ل") && atLeastRunes(rest, 3) {
				// لل = ل + ال: the article's alef is not written.
				dst = append(dst, variant{key: rest, cut: cut + 2, conj: conj, prep: true, alef: true})
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

// atLeastRunes reports whether s has at least n runes (as ranging over s counts them).
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return false
	case len(s) >= utf8.UTFMax*n:
		return true
	}
	return utf8.RuneCountInString(s) >= n
}

// shapes is a set of key shapes (length in bytes, second byte, last byte): a filter that answers
// "no phrase starts with this word" for most words without hashing them. A shape in the set may
// still not be a key.
type shapes [1 << 17 / 64]uint64

// shapeOf returns the shape of a reading; ok is false for the empty reading.
func shapeOf(v *variant) (uint32, bool) {
	k := v.key
	if k == "" {
		return 0, false
	}
	n := len(k)
	var second byte
	switch {
	case v.alef:
		n += len("ا")
		second = "ا"[1]
	case len(k) > 1:
		second = k[1]
	default:
		second = k[0]
	}
	return uint32(min(n, 31))<<12 | uint32(second&63)<<6 | uint32(k[len(k)-1]&63), true
}

func (s *shapes) add(key string) {
	if h, ok := shapeOf(&variant{key: key}); ok {
		s[h/64] |= 1 << (h % 64)
	}
}

// mayHave reports whether a reading may be in the set; a nil set may have anything.
func (s *shapes) mayHave(v *variant) bool {
	if s == nil {
		return true
	}
	h, ok := shapeOf(v)
	return ok && s[h/64]&(1<<(h%64)) != 0
}

// fewShapes is a smaller filter for a set of a few keys (a document's aliases): 256 bits,
// indexed by the shape folded to a byte.
type fewShapes [4]uint64

func fold(h uint32) uint32 { return (h * 0x9e3779b1) >> 24 }

func (s *fewShapes) add(key string) {
	if h, ok := shapeOf(&variant{key: key}); ok {
		h = fold(h)
		s[h/64] |= 1 << (h % 64)
	}
}

// mayHave reports whether a reading may be in the set.
func (s *fewShapes) mayHave(v *variant) bool {
	h, ok := shapeOf(v)
	h = fold(h)
	return ok && s[h/64]&(1<<(h%64)) != 0
}

// rootShapes returns the shapes of the keys phrases start with.
func rootShapes(root *node) *shapes {
	s := new(shapes)
	for k := range root.next {
		s.add(k)
	}
	return s
}

// reading is a variant of a token with the trie node its key leads to from the root (nil when no
// phrase starts with it).
type reading struct {
	variant
	n   *node
	def bool // the reading starts with the article
}

// matcher finds phrases of the trie in a token sequence. The readings of each token (with and
// without proclitics) and their first trie step are computed once per sentence, the first time a
// lookup starts at the token; a matcher is reused from sentence to sentence.
type matcher struct {
	root   *node
	shapes *shapes  // shapes of the root's keys; nil to try every reading
	keys   []string // token keys ("" for tokens that never match)
	spans  []readSpan
	reads  []reading
	vbuf   []variant
}

// readSpan locates the readings of one token in matcher.reads.
type readSpan struct {
	lo, hi int32
	done   bool
}

// reset prepares the matcher for a sentence whose token keys are keys.
func (m *matcher) reset(root *node, sh *shapes, keys []string) {
	m.root, m.shapes, m.keys = root, sh, keys
	m.spans = append(m.spans[:0], make([]readSpan, len(keys))...)
	m.reads = m.reads[:0]
}

// readings returns the readings of token i (i < len(m.keys)): the word itself first, then the
// readings without proclitics in the order of variants.
func (m *matcher) readings(i int) []reading {
	if len(m.spans) < len(m.keys) {
		m.spans = append(m.spans, make([]readSpan, len(m.keys)-len(m.spans))...)
	}
	sp := &m.spans[i]
	if !sp.done {
		lo := len(m.reads)
		m.vbuf = variants(m.keys[i], m.vbuf)
		for _, v := range m.vbuf {
			m.reads = append(m.reads, reading{variant: v, n: m.step(&v), def: v.alef || strings.HasPrefix(v.key, "ال")})
		}
		*sp = readSpan{lo: int32(lo), hi: int32(len(m.reads)), done: true}
	}
	return m.reads[sp.lo:sp.hi]
}

// step returns the child of the root for a reading, or nil.
func (m *matcher) step(v *variant) *node {
	if m.root == nil || m.root.next == nil || !m.shapes.mayHave(v) {
		return nil
	}
	if v.alef {
		var buf [64]byte
		return m.root.next[string(v.bytes(buf[:0]))]
	}
	return m.root.next[v.key]
}

// at appends to dst every phrase that starts at token i, longest first; for equal lengths the
// reading with fewer proclitics stripped comes first, so that a known word is never cut.
// With clitics false only the word itself is tried.
func (m *matcher) at(i int, clitics bool, dst []match) []match {
	dst = dst[:0]
	if i >= len(m.keys) || m.keys[i] == "" {
		return dst
	}
	rs := m.readings(i)
	if !clitics {
		rs = rs[:1]
	}
	for k := range rs {
		r := &rs[k]
		n := r.n
		for j := i + 1; n != nil; j++ {
			if len(n.entries) > 0 {
				dst = append(dst, match{start: i, end: j, cut: r.cut, conj: r.conj, prep: r.prep, def: r.def, entries: n.entries})
			}
			if j >= len(m.keys) || m.keys[j] == "" {
				break
			}
			n = n.child(m.keys[j])
		}
	}
	if len(dst) > 1 {
		slices.SortStableFunc(dst, func(a, b match) int {
			if a.end != b.end {
				return b.end - a.end
			}
			return a.cut - b.cut
		})
	}
	return dst
}

// find returns the longest phrase at token i that carries an entry of one of the kinds, and the
// entry. With clitics false the first token must match as it is.
func (m *matcher) find(i int, clitics bool, kinds ...ekind) (match, *entry, bool) {
	var buf [8]match
	for _, x := range m.at(i, clitics, buf[:0]) {
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
