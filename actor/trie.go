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
	corefGroup // a fixed group of states (entry.country: their codes joined by "+")
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
	// kids has bit strHash(k)>>58 set for every key k of next: a child lookup of a word whose
	// bit is clear fails without touching the map.
	kids uint64
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
			n.kids |= kidBit(strHash(k))
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

func kidBit(h uint64) uint64 { return 1 << (h >> 58) }

// childHashed is child for a key whose strHash is h.
func (n *node) childHashed(k string, h uint64) *node {
	if n == nil || n.kids&kidBit(h) == 0 {
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
	if !startsWithProclitic(key) {
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

// startsWithProclitic reports whether a key starts with one of the proclitics و ف ب ل ك and
// has two more letters.
func startsWithProclitic(key string) bool {
	if !procliticFirst(key) {
		return false
	}
	switch key[:2] {
	case "و", "ف", "ب", "ل", "ك":
		return true
	}
	return false
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

// atLeastRunes reports whether s has at least n runes (as ranging over s counts them), stepping
// over ASCII and two-byte letters inline.
func atLeastRunes(s string, n int) bool {
	switch {
	case len(s) < n:
		return false
	case len(s) >= utf8.UTFMax*n:
		return true
	}
	b := 0
	for ; n > 0 && b < len(s); n-- {
		switch x := s[b]; {
		case x < utf8.RuneSelf:
			b++
		case x >= 0xc2 && x <= 0xdf && b+1 < len(s) && s[b+1]&0xc0 == 0x80:
			b += 2
		default:
			_, size := utf8.DecodeRuneInString(s[b:])
			b += size
		}
	}
	return n <= 0
}

// keyHash hashes a reading. The string of a لل reading ("ا" + key) is built on the stack.
func keyHash(v *variant) uint64 {
	if v.alef {
		var buf [64]byte
		return strHash(v.bytes(buf[:0]))
	}
	return strHash(v.key)
}

// strHash is a fast non-cryptographic hash of a short string, eight bytes at a time with one
// multiplication each.
func strHash[S string | []byte](k S) uint64 {
	const m = 0x9e3779b97f4a7c15
	n := len(k)
	h := uint64(n)
	switch {
	case n >= 8:
		for i := 0; i+8 < n; i += 8 {
			h = (h ^ le64(k[i:])) * m
			h ^= h >> 29
		}
		h = (h ^ le64(k[n-8:])) * m
	case n >= 4:
		h = (h ^ (uint64(le32(k))<<32 | uint64(le32(k[n-4:])))) * m
	case n > 0:
		h = (h ^ (uint64(k[0])<<16 | uint64(k[n/2])<<8 | uint64(k[n-1]))) * m
	}
	return h ^ h>>32
}

func le64[S string | []byte](b S) uint64 {
	_ = b[7]
	return uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
		uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
}

func le32[S string | []byte](b S) uint32 {
	_ = b[3]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// bloom is a blocked Bloom filter over key hashes (64 Ki bits, two bits per key in one 64-bit
// word, so that a query reads one word): it answers "no phrase starts with this word" for most
// words before any table lookup.
type bloom [1 << 16 / 64]uint64

// bloomBits returns the word and the two bits of a hash.
func bloomBits(h uint64) (uint64, uint64) {
	return h >> 54, 1<<(h>>48&63) | 1<<(h>>20&63)
}

func (b *bloom) add(h uint64) {
	w, bits := bloomBits(h)
	b[w] |= bits
}

func (b *bloom) mayHave(h uint64) bool {
	w, bits := bloomBits(h)
	return b[w]&bits == bits
}

// firstWords indexes the words phrases start with (the keys of the trie's root) by keyHash: a
// Bloom filter, then an open-addressing table for the words that pass it.
type firstWords struct {
	filter bloom
	mask   uint64
	slots  []firstSlot
}

type firstSlot struct {
	hash uint64
	key  string
	n    *node // nil for an empty slot
}

func newFirstWords(root *node) *firstWords {
	size := 16
	for size < 2*len(root.next) {
		size *= 2
	}
	f := &firstWords{mask: uint64(size - 1), slots: make([]firstSlot, size)}
	for k, n := range root.next {
		h := strHash(k)
		f.filter.add(h)
		i := h & f.mask
		for f.slots[i].n != nil {
			i = (i + 1) & f.mask
		}
		f.slots[i] = firstSlot{hash: h, key: k, n: n}
	}
	return f
}

// find returns the root's child for a reading whose keyHash is h, or nil.
func (f *firstWords) find(v *variant, h uint64) *node {
	if !f.filter.mayHave(h) {
		return nil
	}
	for i := h & f.mask; ; i = (i + 1) & f.mask {
		sl := &f.slots[i]
		switch {
		case sl.n == nil:
			return nil
		case sl.hash == h && v.is(sl.key):
			return sl.n
		}
	}
}

// is reports whether the reading is the key.
func (v *variant) is(key string) bool {
	if !v.alef {
		return key == v.key
	}
	const a = "ا"
	return len(key) == len(a)+len(v.key) && key[:len(a)] == a && key[len(a):] == v.key
}

// fewBloom is a smaller filter for a few keys (a document's aliases): 256 bits, one per key.
type fewBloom [4]uint64

func (b *fewBloom) add(h uint64) {
	x := h >> 56
	b[x/64] |= 1 << (x % 64)
}

func (b *fewBloom) mayHave(h uint64) bool {
	x := h >> 56
	return b[x/64]&(1<<(x%64)) != 0
}

// reading is a variant of a token with the trie node its key leads to from the root (nil when no
// phrase starts with it).
type reading struct {
	variant
	hash uint64 // keyHash of the reading
	n    *node
	def  bool // the reading starts with the article
}

// matcher finds phrases of the trie in a token sequence. The readings of each token (with and
// without proclitics) and their first trie step are computed once per sentence, the first time a
// lookup starts at the token; a matcher is reused from sentence to sentence.
type matcher struct {
	root  *node
	first *firstWords // the root's keys; nil to look every reading up in root
	keys  []string    // token keys ("" for tokens that never match)
	hash  []uint64    // strHash of each key
	spans []readSpan
	reads []reading
	vbuf  []variant
}

// readSpan locates the readings of one token in matcher.reads; hi is 0 until they are computed
// (a token has at least one reading).
type readSpan struct{ lo, hi int32 }

// reset prepares the matcher for a sentence whose token keys are keys.
func (m *matcher) reset(root *node, first *firstWords, keys []string) {
	m.root, m.first, m.keys = root, first, keys
	if cap(m.spans) < len(keys) {
		m.spans = make([]readSpan, len(keys))
	} else {
		m.spans = m.spans[:len(keys)]
		clear(m.spans)
	}
	m.hash = slices.Grow(m.hash[:0], len(keys))[:len(keys)]
	for i, k := range keys {
		m.hash[i] = strHash(k)
	}
	m.reads = m.reads[:0]
}

// readings returns the readings of token i (i < len(m.keys)): the word itself first, then the
// readings without proclitics in the order of variants.
func (m *matcher) readings(i int) []reading {
	if len(m.spans) != len(m.keys) {
		m.reset(m.root, m.first, m.keys) // a matcher made without reset
	}
	sp := &m.spans[i]
	if sp.hi == 0 {
		m.read(i, sp)
	}
	return m.reads[sp.lo:sp.hi:sp.hi]
}

// read computes the readings of token i.
func (m *matcher) read(i int, sp *readSpan) {
	lo := len(m.reads)
	if k := m.keys[i]; startsWithProclitic(k) {
		m.vbuf = variants(k, m.vbuf)
		m.addHashed(&m.vbuf[0], m.hash[i]) // the word itself
		for j := 1; j < len(m.vbuf); j++ {
			m.addReading(&m.vbuf[j])
		}
	} else {
		m.addHashed(&variant{key: k}, m.hash[i]) // the one reading of most words
	}
	*sp = readSpan{lo: int32(lo), hi: int32(len(m.reads))}
}

func (m *matcher) addReading(v *variant) { m.addHashed(v, keyHash(v)) }

// addHashed adds a reading whose keyHash is h.
func (m *matcher) addHashed(v *variant, h uint64) {
	m.reads = append(m.reads, reading{variant: *v, hash: h, n: m.step(v, h), def: v.alef || strings.HasPrefix(v.key, "ال")})
}

// step returns the child of the root for a reading whose keyHash is h, or nil.
func (m *matcher) step(v *variant, h uint64) *node {
	if m.first != nil {
		return m.first.find(v, h)
	}
	if m.root == nil || m.root.next == nil {
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
	if len(m.spans) == len(m.keys) && m.spans[i].hi == 0 && m.first != nil &&
		!startsWithProclitic(m.keys[i]) && !m.first.filter.mayHave(m.hash[i]) {
		return dst // the word is its one reading, and no phrase starts with it
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
			n = n.childHashed(m.keys[j], m.hash[j])
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
	dst = slices.Grow(dst[:0], len(toks))[:len(toks)]
	for i := range toks {
		t := &toks[i]
		if dst[i] = t.Norm; t.Norm == "" {
			dst[i] = t.Text // as tokenKey, without copying the token
		}
	}
	return dst
}
