package tone

import (
	"slices"
	"sync"

	"marsad/internal/wordhash"
)

// What the scorer knows about a word before it looks at the word's context depends on the word's
// key alone, so it is worked out once per distinct key (analyze) and cached in the lexicon's word
// table: building the candidate forms of a key (match.go) and probing the lexicon with each of
// them costs some thirty map look-ups, a cached word one probe of the table.
//
// It comes in two parts: flags (function word, negator …), which every word has, and a wordInfo,
// which only some words have: those the lexicon matches (an entry, phrases that start with the
// word) and those that may continue a phrase (some form of them is a word of a phrase).

// Flags of a word.
const (
	fFunction    = 1 << iota // a function word, not counted by Window
	fNegator                 // opens a negation
	fConcessive              // opens a concession
	fNotNegating             // makes a negator before it part of a fixed expression (لا يزال)
	fLexical                 // the word has a single entry or heads phrases (see wordInfo)
	fPhraseWord              // some candidate form is a word of a phrase after its first (see formSet)
)

// wordInfo is what the lexicon holds for a word with fLexical or fPhraseWord: the one-word entry
// it matches, the phrases that may start with it, and which words of phrases its forms are.
type wordInfo struct {
	single *entry // the entry of the first candidate form that is a one-word entry (verb rule applied)
	// phrases holds, for each candidate form in priority order that heads phrases, the phrases
	// it heads (longest first): what lexical tries at the word, in that order.
	phrases [][]*entry
	forms   formSet
}

// formSet says which words of phrases are among the candidate forms of a key (matcher.build),
// as ids of Lexicon.pwords: what phraseAt needs to know about a word after the first of a
// phrase.
type formSet struct {
	all    []int32 // any form: the last word of a phrase may also carry endings
	prefix []int32 // the key itself or the key without proclitics: a word inside a phrase
}

// analyze works out the flags of a key and, for a word with fLexical or fPhraseWord, its
// wordInfo (else nil); m is scratch space. Each candidate form is looked up in the lexicon and
// among the words of phrases; two small filters rule out nearly all of them without a probe
// into the maps.
func (l *Lexicon) analyze(m *matcher, key string) (uint8, *wordInfo) {
	var f uint8
	if functionWords[key] {
		f |= fFunction
	}
	if isNegator(key) {
		f |= fNegator
	}
	if isConcessive(key) {
		f |= fConcessive
	}
	if notNegating[key] {
		f |= fNotNegating
	}
	var w wordInfo
	var ids []int32 // forms.all, then forms.prefix
	forms := m.build(key)
	for _, fm := range forms {
		h := wordhash.String(fm.s)
		if l.formFilter.Has(h) {
			if lf, ok := l.forms[fm.s]; ok {
				if w.single == nil && lf.single != nil && (!fm.verb || lf.single.verb) {
					w.single = lf.single
				}
				if len(lf.phrases) > 0 {
					w.phrases = append(w.phrases, lf.phrases)
				}
			}
		}
		if l.pwordFilter.Has(h) {
			if id, ok := l.pwords[fm.s]; ok && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	if len(ids) > 0 {
		mid := len(ids)
		for _, fm := range forms[:m.bases] {
			if id, ok := l.pwords[fm.s]; ok && !slices.Contains(ids[mid:], id) {
				ids = append(ids, id)
			}
		}
		w.forms = formSet{all: ids[:mid:mid], prefix: ids[mid:]}
		f |= fPhraseWord
	}
	if w.single != nil || len(w.phrases) > 0 {
		f |= fLexical
	}
	if f&(fLexical|fPhraseWord) == 0 {
		return f, nil
	}
	out := w // only now on the heap: most words need none
	return f, &out
}

// The word table caches the flags and wordInfo of word keys. It is laid out for the processor's
// cache, not for generality: every word of a text is looked up in it, and in the analyzer, where
// the other stages have long since pushed it out of the processor's caches, a probe into a Go map
// costs three or four cache misses (control word, key bytes, value). Here a probe reads one
// 32-byte slot that holds a hash tag, the key itself and the word's flags, which are all most
// words need; the wordInfo is fetched only for the words that have one. The slots hold no
// pointers, so the garbage collector never scans them.
//
// It is an open-addressing table with linear probing, at most half full. Readers hold the read
// lock for a whole scan; writers only try the write lock and drop their words when it is taken:
// it is a cache, and a scorer never waits for another. Once full, new words are analysed on
// every use (what every word cost without a cache), and memory stays bounded (8 MB of slots)
// whatever the input. News vocabulary is Zipfian, so the words met first are the frequent ones.
type wordTable struct {
	mu    sync.RWMutex
	slots []slot      // 1<<tableBits, allocated on first store
	infos []*wordInfo // slot.info → wordInfo
	n     int         // words in the table
}

const (
	tableBits = 18
	tableMax  = 1 << (tableBits - 1) // words: half the slots
	slotKey   = 22                   // key bytes a slot holds (eleven letters); longer keys are not cached
)

type slot struct {
	tag   uint32 // high bits of the key's hash, never 0 in a used slot
	info  int32  // index into infos, or -1: the word has flags only
	klen  uint8
	flags uint8
	key   [slotKey]byte
}

// find returns the slot of k, whose hash is h, or the empty slot where it would go.
func (t *wordTable) find(h uint64, k string) *slot {
	mask := uint64(len(t.slots) - 1)
	tag := wordhash.Tag(h)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 || s.tag == tag && int(s.klen) == len(k) && string(s.key[:len(k)]) == k {
			return s
		}
	}
}

// touchAll reads the tags of the first slots of keys with the hashes hs, to bring them into the
// processor's cache before get needs them, in a loop of nothing but loads, so that as many as the
// processor can hold are in flight at once. The caller holds the read lock.
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

// get looks k, whose hash is h, up: its flags and the index of its wordInfo (-1 for none). The
// caller holds the read lock.
func (t *wordTable) get(h uint64, k string) (flags uint8, info int32, ok bool) {
	if len(t.slots) == 0 || len(k) > slotKey {
		return 0, -1, false
	}
	if s := t.find(h, k); s.tag != 0 {
		return s.flags, s.info, true
	}
	return 0, -1, false
}

// miss is a key analysed during a scan, to be added to the table afterwards.
type miss struct {
	hash  uint64
	key   string
	flags uint8
	info  *wordInfo
}

// store adds the misses of a scan to the table, if the table is free and not full.
func (t *wordTable) store(misses []miss) {
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
		if len(ms.key) > slotKey {
			continue
		}
		s := t.find(ms.hash, ms.key)
		if s.tag != 0 {
			continue // met twice in the scan
		}
		*s = slot{tag: wordhash.Tag(ms.hash), info: -1, klen: uint8(len(ms.key)), flags: ms.flags}
		copy(s.key[:], ms.key)
		if ms.info != nil {
			s.info = int32(len(t.infos))
			t.infos = append(t.infos, ms.info)
		}
		t.n++
	}
}

// filterBits sizes the filters over the lexicon's keys (16 KB for some 6,500 keys: one false
// positive in twenty); most candidate forms of a word are not in the lexicon.
const filterBits = 17
