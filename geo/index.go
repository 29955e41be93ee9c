package geo

import (
	"maps"
	"strings"
	"sync"
	"unicode/utf8"

	"marsad/arabic"
	"marsad/internal/wordhash"
)

// The run-time index. Load fills the name index (phrase keys → entries) and the demonym map;
// compile turns them into what Find, Resolve and Lookup probe for every word of a text:
//
//   - a vocabulary: every word of a name, every demonym, and every demonym with ال, mapped to an
//     id, and for each id the trie node of the names that start with the word and the country
//     the word names as a demonym (read as it is or without its ال, as demonymOf reads it);
//   - a trie over word ids, whose nodes hold the entries of the name that ends there.
//
// A word is then looked up once per reading of its proclitics (one map probe each), and a name
// of several words is followed word by word through integer-keyed trie edges instead of joining
// phrase strings and probing the index with each length.

// vocabulary is the word table of the index.
type vocabulary struct {
	ids    map[string]int32
	filter wordhash.Filter // the words of ids
	first  []int32         // id → trie node of the names whose first word it is, or -1
	dem    []string        // id → ISO3 of the country the word is a demonym of (itself or without ال), or ""
}

// trie is the name trie: node 0 is the root, the children of a node are keyed by word id.
type trie struct {
	next   map[uint64]int32 // node<<32 | word id → child
	refs   [][]ref          // node → the entries of the name that ends at the node
	parent []bool           // node → it has children
}

func (t *trie) child(node, word int32) int32 {
	if c, ok := t.next[uint64(node)<<32|uint64(uint32(word))]; ok {
		return c
	}
	return -1
}

// phraseRefs returns the entries of a folded name (a key: words joined by single spaces), as
// the name index held them.
func (g *Gazetteer) phraseRefs(phrase string) []ref {
	w, rest, more := strings.Cut(phrase, " ")
	id := g.vocab.id(w)
	if id < 0 || g.vocab.first[id] < 0 {
		return nil
	}
	node := g.vocab.first[id]
	for more {
		w, rest, more = strings.Cut(rest, " ")
		if id = g.vocab.id(w); id < 0 {
			return nil
		}
		if node = g.trie.child(node, id); node < 0 {
			return nil
		}
	}
	return g.trie.refs[node]
}

// id returns the vocabulary id of w, or -1.
func (v *vocabulary) id(w string) int32 {
	if !v.filter.Has(wordhash.String(w)) {
		return -1
	}
	if n, ok := v.ids[w]; ok {
		return n
	}
	return -1
}

// filterBits sizes the filter over the vocabulary's words (128 KB for some 50,000 words: one
// false positive in twenty); most readings of most words are not in the vocabulary.
const filterBits = 20

func (v *vocabulary) buildFilter() { v.filter = wordhash.NewFilter(filterBits, maps.Keys(v.ids)) }

func (v *vocabulary) add(w string) int32 {
	if n, ok := v.ids[w]; ok {
		return n
	}
	n := int32(len(v.first))
	v.ids[w] = n
	v.first = append(v.first, -1)
	v.dem = append(v.dem, "")
	return n
}

// compile builds the vocabulary, the trie and the ranking information of every entry from the
// maps Load filled.
func (g *Gazetteer) compile() {
	g.vocab = vocabulary{ids: make(map[string]int32, len(g.index)+2*len(g.demonym))}
	g.trie = trie{next: make(map[uint64]int32, len(g.index)/4), refs: [][]ref{nil}}
	newNode := func() int32 {
		g.trie.refs = append(g.trie.refs, nil)
		return int32(len(g.trie.refs) - 1)
	}
	for phrase, refs := range g.index {
		words := strings.Split(phrase, " ")
		id := g.vocab.add(words[0])
		node := g.vocab.first[id]
		if node < 0 {
			node = newNode()
			g.vocab.first[id] = node
		}
		for _, w := range words[1:] {
			id := g.vocab.add(w)
			c := g.trie.child(node, id)
			if c < 0 {
				c = newNode()
				g.trie.next[uint64(node)<<32|uint64(uint32(id))] = c
			}
			node = c
		}
		g.trie.refs[node] = refs
	}
	g.trie.parent = make([]bool, len(g.trie.refs))
	for k := range g.trie.next {
		g.trie.parent[k>>32] = true
	}
	// dem holds what demonymOf asks of each reading w of a word: demonym[w], else
	// demonym[stripAl(w)]. A w whose look-ups both fail is not in the vocabulary or has "".
	dem1 := func(w string) string {
		if c, ok := g.demonym[w]; ok {
			return c
		}
		if bare, ok := stripAl(w); ok {
			return g.demonym[bare]
		}
		return ""
	}
	for d := range g.demonym {
		for _, w := range []string{d, "ال" + d} {
			if c := dem1(w); c != "" {
				g.vocab.dem[g.vocab.add(w)] = c
			}
		}
	}
	for w, id := range g.vocab.ids {
		if g.vocab.dem[id] == "" {
			g.vocab.dem[id] = dem1(w)
		}
	}
	g.vocab.buildFilter()
	// The countries of demonyms, for the word table.
	g.isos, g.isoIndex = []string{""}, map[string]uint8{"": 0}
	for _, c := range g.vocab.dem {
		if _, ok := g.isoIndex[c]; !ok && len(g.isos) < 256 { // the words of any further country are not cached
			g.isoIndex[c] = uint8(len(g.isos))
			g.isos = append(g.isos, c)
		}
	}
	// The ranking information of each entry, as infoOf finds it by id.
	g.ranking = make([]entryInfo, len(g.entries))
	for i, e := range g.entries {
		g.ranking[i] = g.infoOf(e)
	}
}

// tokenKey returns key(t.Text) for a word token: the token's Norm (arabic.Key of its text) with
// geo's extra folds, which leave nearly every Norm unchanged, so that most words cost no
// allocation.
func tokenKey(t *arabic.Token) string {
	if t.Norm == "" {
		return key(t.Text)
	}
	if keyStable(t.Norm) {
		return t.Norm
	}
	return foldKey(t.Norm)
}

// keyStable reports whether foldKey(s) == s for certain: s holds no mark, separator or letter
// that foldKey changes. False means "maybe not".
func keyStable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c <= ' ' || c == '-' || c == '_' || 'A' <= c && c <= 'Z' || c == 0x7F {
				return false
			}
			i++
			continue
		}
		// The Arabic block U+0600–U+06FF is the two-byte sequences D8–DB 80–BF.
		if c < 0xD8 || c > 0xDB || i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
			return false
		}
		if !arabicStable[int(c&0x03)<<6|int(s[i+1]&0x3F)] {
			return false
		}
		i += 2
	}
	return true
}

// arabicStable tells, for the Arabic block, the letters that foldKey keeps as they are.
var arabicStable = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = !isMark(r) && foldRune(r) == r
	}
	return t
}()

// maxReadings bounds the number of proclitic readings of a word (see clitics).
const maxReadings = 6

// readings is clitics without allocation: the same readings, in the same order, written to buf.
// The proclitic letters (و ف ب ل ك) are two bytes each, so a reading that strips n letters is
// the key from byte 2n, with ا before it for the ال that لل swallows.
func readings(k string, buf *[maxReadings]proclitic) []proclitic {
	out := append(buf[:0], proclitic{})
	c0 := letterAt(k, 0)
	if c0 != 'و' && c0 != 'ف' && c0 != 'ب' && c0 != 'ل' && c0 != 'ك' {
		return out // no proclitic: the common case
	}
	total := utf8.RuneCountInString(k)
	for i := 0; i <= 1 && i < total; i++ {
		if i == 1 && c0 != 'و' && c0 != 'ف' {
			break
		}
		for _, second := range [2]bool{false, true} {
			n := i
			if second {
				if n >= total {
					continue
				}
				if r := letterAt(k, n); r != 'ب' && r != 'ل' && r != 'ك' {
					continue
				}
				n++
			}
			if n == 0 || total-n < 2 {
				continue
			}
			if second && letterAt(k, n-1) == 'ك' && !strings.HasPrefix(k[2*n:], "ال") {
				continue
			}
			out = append(out, proclitic{strip: n})
			if second && letterAt(k, n-1) == 'ل' && letterAt(k, n) == 'ل' {
				out = append(out, proclitic{strip: n, add: "ا"})
			}
		}
	}
	return out
}

// letterAt returns the rune at byte 2i of k if it is a letter of the Arabic block (two bytes),
// else -1. readings asks only for letters that follow proclitic letters, all two bytes long.
func letterAt(k string, i int) rune {
	if 2*i+1 >= len(k) {
		return -1
	}
	c, c2 := k[2*i], k[2*i+1]
	if c < 0xD8 || c > 0xDB || c2&0xC0 != 0x80 {
		return -1
	}
	return 0x0600 | rune(c&0x03)<<6 | rune(c2&0x3F)
}

// word is what find and resolve know about one token of a sentence.
type word struct {
	key    string // key of the token, "" for a token that is not a word (see isWordToken)
	id     int32  // vocabulary id of key, or -1
	dem    string // demonymOf(key)
	starts []start
}

// start is a reading of a word that begins names: the proclitics it takes off (letters, and
// whether it adds the ا of ال, as لل does) and the trie node of the names it begins.
type start struct {
	node  int32
	strip uint8
	alef  bool
	named bool // a name ends at the node (the word alone is a name)
	more  bool // the node has children (names of more words go on from it)
}

func (st start) proclitic() proclitic {
	if st.alef {
		return proclitic{strip: int(st.strip), add: "ا"}
	}
	return proclitic{strip: int(st.strip)}
}

// sentenceIndex is scratch space for the words of one sentence.
type sentenceIndex struct {
	words   []word
	keys    []string // words[i].key, as cueAt and coordinated take them
	buf     []byte   // to look up readings that add letters, without allocating
	misses  []miss   // words worked out in this sentence, for the table
	hashes  []uint64 // hashKey of each token's Norm
	touched uint32

	// resolve's scratch space for a whole document
	inMention []bool    // the tokens of a sentence inside a mention
	mentions  []Mention // the mentions of all sentences
	at        []int     // where each sentence's mentions start in mentions
	first     []int     // the first pass's choice for each mention
	neigh     []*Entry  // the places around a mention
}

var sentencePool = sync.Pool{New: func() any { return new(sentenceIndex) }}

func getSentenceIndex() *sentenceIndex { return sentencePool.Get().(*sentenceIndex) }

// putSentenceIndex returns s to the pool without the strings it points to.
func putSentenceIndex(s *sentenceIndex) {
	clear(s.words[:cap(s.words)])
	clear(s.keys[:cap(s.keys)])
	clear(s.mentions[:cap(s.mentions)])
	sentencePool.Put(s)
}

// indexSentence fills s with the words of toks. What a word is depends on its Norm alone, so it
// is worked out once per distinct Norm and cached in the gazetteer's word table.
func (g *Gazetteer) indexSentence(s *sentenceIndex, toks []arabic.Token) {
	s.words, s.keys = s.words[:0], s.keys[:0]
	g.table.mu.RLock()
	// First the hashes, touching each word's slot: the loads are independent, so the processor
	// has many cache misses in flight at once instead of waiting for each in turn below.
	s.hashes = s.hashes[:0]
	for i := range toks {
		var h uint64
		if toks[i].Kind == arabic.Word {
			h = wordhash.String(toks[i].Norm)
		}
		s.hashes = append(s.hashes, h)
	}
	s.touched = g.table.touchAll(s.hashes) // keep the loads
	for i := range toks {
		t := &toks[i]
		var w word
		switch {
		case !isWordToken(t):
			w = noWord
		case t.Norm == "":
			w = g.analyzeWord(s, tokenKey(t))
		default:
			h := s.hashes[i]
			if sl := g.table.get(h, t.Norm); sl != nil {
				w = word{key: t.Norm, id: sl.id, dem: g.isos[sl.dem], starts: g.table.starts[sl.starts : sl.starts+uint32(sl.nStarts)]}
			} else {
				w = g.analyzeWord(s, tokenKey(t))
				if w.key == t.Norm { // the table holds words whose key is their Norm
					s.misses = append(s.misses, miss{h, w})
				}
			}
		}
		s.words = append(s.words, w)
		s.keys = append(s.keys, w.key)
	}
	g.table.mu.RUnlock()
	g.table.store(g, s.misses)
	clear(s.misses) // the scratch goes back to a pool: drop the references
	s.misses = s.misses[:0]
}

// noWord is the word of a token that is not a word.
var noWord = word{id: -1}

// analyzeWord works out the word of a key: its vocabulary id, its demonym, and the readings of
// its proclitics that begin names.
func (g *Gazetteer) analyzeWord(s *sentenceIndex, key string) word {
	w := word{key: key, id: -1}
	if key == "" {
		return w
	}
	var rb [maxReadings]proclitic
	for r, p := range readings(key, &rb) {
		id := g.readingID(s, key, p)
		if r == 0 {
			w.id = id
		}
		if id < 0 {
			continue
		}
		if w.dem == "" {
			w.dem = g.vocab.dem[id]
		}
		if node := g.vocab.first[id]; node >= 0 {
			w.starts = append(w.starts, start{node: node, strip: uint8(p.strip), alef: p.add != "",
				named: len(g.trie.refs[node]) > 0, more: g.trie.parent[node]})
		}
	}
	return w
}

// readingID returns the vocabulary id of p.apply(k), or -1.
func (g *Gazetteer) readingID(s *sentenceIndex, k string, p proclitic) int32 {
	if p.add == "" {
		return g.vocab.id(k[2*p.strip:])
	}
	s.buf = append(append(s.buf[:0], p.add...), k[2*p.strip:]...)
	if !g.vocab.filter.Has(wordhash.Bytes(s.buf)) {
		return -1
	}
	if n, ok := g.vocab.ids[string(s.buf)]; ok { // no allocation: the conversion is only a key
		return n
	}
	return -1
}

// The word table caches the words of token Norms. It is laid out for the processor's cache, not
// for generality: every word of a text is looked up in it, and in the analyzer, where the other
// stages have long since pushed it out of the processor's caches, a probe into a Go map costs
// three or four cache misses (control word, key bytes, value). Here a probe reads one 32-byte
// slot that holds a hash tag, the key itself and the word (vocabulary id, demonym as an index
// into isos, readings that begin names as a range of the starts slab). Neither the slots nor the
// slab hold pointers, so the garbage collector never scans them.
//
// It is an open-addressing table with linear probing, at most half full. Readers hold the read
// lock while they index a sentence; writers only try the write lock and drop their words when it
// is taken: it is a cache, and no caller waits for another. Once full, new words are worked out
// on every use, and memory stays bounded (8 MB of slots) whatever the input. News vocabulary is
// Zipfian, so the words met first are the frequent ones. Only words whose key is their Norm are
// held (nearly all: see tokenKey).
type wordTable struct {
	mu     sync.RWMutex
	slots  []slot  // 1<<tableBits, allocated on first store
	starts []start // the starts of the words, slot.starts onwards
	n      int     // words in the table
}

const (
	tableBits = 18
	tableMax  = 1 << (tableBits - 1) // words: half the slots
	slotKey   = 17                   // key bytes a slot holds (97% of words); longer keys are not cached
)

type slot struct {
	tag     uint32 // high bits of the key's hash, never 0 in a used slot
	id      int32
	starts  uint32
	dem     uint8 // index into Gazetteer.isos
	nStarts uint8
	klen    uint8
	key     [slotKey]byte
}

// find returns the slot of k, whose hash is h, or the empty slot where it would go.
func (t *wordTable) find(h uint64, k string) *slot {
	mask := uint64(len(t.slots) - 1)
	tag := wordhash.Tag(h)
	for i := h & mask; ; i = (i + 1) & mask {
		sl := &t.slots[i]
		if sl.tag == 0 || sl.tag == tag && int(sl.klen) == len(k) && string(sl.key[:len(k)]) == k {
			return sl
		}
	}
}

// touchAll touches the slots of the hashes in a loop of nothing but loads, so that as many as
// the processor can hold are in flight at once.
func (t *wordTable) touchAll(hs []uint64) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	var sum uint32
	mask := uint64(len(t.slots) - 1)
	for _, h := range hs {
		sum += t.slots[h&mask].tag
	}
	return sum
}

// get returns the slot of k, whose hash is h, or nil. The caller holds the read lock.
func (t *wordTable) get(h uint64, k string) *slot {
	if len(t.slots) == 0 || len(k) > slotKey {
		return nil
	}
	if sl := t.find(h, k); sl.tag != 0 {
		return sl
	}
	return nil
}

// miss is a word worked out while indexing, to be added to the table afterwards.
type miss struct {
	hash uint64
	w    word
}

// store adds words to the table, if the table is free and not full.
func (t *wordTable) store(g *Gazetteer, misses []miss) {
	if len(misses) == 0 || !t.mu.TryLock() {
		return
	}
	defer t.mu.Unlock()
	if t.slots == nil {
		t.slots = make([]slot, 1<<tableBits)
	}
	for _, ms := range misses {
		if t.n >= tableMax {
			return
		}
		dem, ok := g.isoIndex[ms.w.dem]
		if !ok || len(ms.w.key) > slotKey {
			continue
		}
		sl := t.find(ms.hash, ms.w.key)
		if sl.tag != 0 {
			continue // met twice in the sentence
		}
		*sl = slot{tag: wordhash.Tag(ms.hash), id: ms.w.id, starts: uint32(len(t.starts)),
			dem: dem, nStarts: uint8(len(ms.w.starts)), klen: uint8(len(ms.w.key))}
		copy(sl.key[:], ms.w.key)
		t.starts = append(t.starts, ms.w.starts...)
		t.n++
	}
}
