package event

import (
	"sync"

	"marsad/internal/wordhash"
)

// The coder reads every token of a sentence: whether it ends a clause (a complementizer or a
// clause conjunction) and whether it has trigger readings. What it knows of a token key is its
// wordInfo (lexicon.info), cached per key; but in the analyzer the other stages have long since
// pushed that cache out of the processor's caches, and a probe into a Go map costs three or four
// cache misses (control word, key bytes, value), then the wordInfo itself one or two more.
//
// The word table is a front to that cache laid out for the processor (as tone's is): a probe
// reads one 32-byte slot that holds a hash tag, the key itself, and the few flags that every
// token is asked about (wordFlags); the wordInfo is fetched only for the tokens whose flags say
// it matters. A sentence's slots are touched in a loop of nothing but loads before they are
// read, so that their misses overlap. The slots hold no pointers: the garbage collector never
// scans them.
//
// It is an open-addressing table with linear probing, at most half full. Readers hold the read
// lock for a whole sentence; writers only try the write lock and drop their words when it is
// taken: it is a cache, and a coder never waits for another. Keys longer than a slot holds, and
// every new key once the table is full, go through lexicon.info's map, as all keys did before;
// the keys the table takes are not kept in the map too.
type wordTable struct {
	mu    sync.RWMutex
	slots []wordSlot // 1<<tableBits, allocated on first store
	// infos maps wordSlot.info to the wordInfo; allocated whole on first store, so that a
	// sentence can read an entry after the read lock is released (an entry is written once,
	// under the write lock, before any slot points to it)
	infos *[tableMax]*wordInfo
	n     int // words in the table
}

// The table holds up to 131,072 keys (8 MB of slots, 1 MB of infos): a thousand news articles
// already have some 72,000 distinct keys (with and without a final ة), and the wordInfo cache
// behind the table holds up to wordsMax.
const (
	tableBits = 18
	tableMax  = 1 << (tableBits - 1) // words: half the slots
	slotKey   = 20                   // key bytes a slot holds (ten letters); longer keys are not cached here
)

// wordSlot is one key of the table (ta: the key of a token ending in ة, a key of its own).
type wordSlot struct {
	tag   uint32 // wordhash.Tag of the key's hash, never 0 in a used slot
	info  int32  // index into wordTable.infos
	klen  uint8
	ta    bool
	flags wordFlags
	key   [slotKey]byte
}

// wordFlags are what the coder asks of every token, kept in the table's slot.
type wordFlags uint16

const (
	fCands      wordFlags = 1 << iota // the key has trigger readings (wordInfo.cands)
	fCompl                            // the key is, or starts a phrase of, lexicon.compl
	fClauseConj                       // the key is, or starts a phrase of, lexicon.clauseConj
	fLexSet                           // the key is in, or starts a phrase of, a set of the lexicon's lists (id < lexicon.nLex)
	fPatSet                           // the key is in, or starts a phrase of, another indexed set (patterns, calendar)
	fCalAny                           // the key is, through its clitics, the first word of a calendar expression
	fPronoun                          // the key may be a possessive country word, an anaphoric group noun or an honorific pronoun (sent.addPossessives …)
)

// taMix spreads the hashes of keys of tokens ending in ة away from the same keys' without.
const taMix = 0x9e3779b97f4a7c15

func wordKeyHash(k string, ta bool) uint64 {
	h := wordhash.String(k)
	if ta {
		h ^= taMix
	}
	return h
}

// find returns the slot of k (hash h), or the empty slot where it would go.
func (t *wordTable) find(h uint64, k string, ta bool) *wordSlot {
	mask := uint64(len(t.slots) - 1)
	tag := wordhash.Tag(h)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.tag == 0 || s.tag == tag && s.ta == ta && int(s.klen) == len(k) && string(s.key[:len(k)]) == k {
			return s
		}
	}
}

// touchAll reads the tags of the first slots of keys with the hashes hs, to bring them into the
// processor's cache before find needs them, in a loop of nothing but loads, so that as many as
// the processor can hold are in flight at once. The caller holds the read lock.
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

// store adds keys (with their hashes and infos) to the table, if the table is free and not full.
func (t *wordTable) store(keys []string, ta []bool, hs []uint64, wis []*wordInfo, which []int) {
	if len(which) == 0 || !t.mu.TryLock() {
		return
	}
	defer t.mu.Unlock()
	if t.slots == nil {
		t.slots = make([]wordSlot, 1<<tableBits)
		t.infos = new([tableMax]*wordInfo)
	}
	for _, i := range which {
		if t.n >= tableMax {
			return
		}
		k := keys[i]
		if len(k) > slotKey {
			continue
		}
		s := t.find(hs[i], k, ta[i])
		if s.tag != 0 {
			continue // met twice in the sentence
		}
		*s = wordSlot{tag: wordhash.Tag(hs[i]), info: int32(t.n), klen: uint8(len(k)), ta: ta[i], flags: wis[i].flags}
		copy(s.key[:], k)
		t.infos[t.n] = wis[i]
		t.n++
	}
}

// lookScratch is the scratch space of lexicon.infos, reused across the sentences of a document.
type lookScratch struct {
	hs      []uint64 // the keys' hashes
	touched uint32   // the sum touchAll returns, kept so that its loads are not optimised away
}

// infos sets flags[i] to the flags of keys[i] (ta[i]: the token ends in ة), and either wis[i] to
// its info or, for a key of the table, wix[i] to the info's index in the returned array: most
// tokens are never asked more than their flags, and the array, as large as the table, is as
// cold in the processor's caches.
func (lx *lexicon) infos(keys []string, ta []bool, wis []*wordInfo, wix []int32, flags []wordFlags, sc *lookScratch) *[tableMax]*wordInfo {
	hs := sc.hs[:0]
	for i, k := range keys {
		hs = append(hs, wordKeyHash(k, ta[i]))
	}
	sc.hs = hs
	t := &lx.table
	var missing []int
	t.mu.RLock()
	sc.touched += t.touchAll(hs)
	for i, k := range keys {
		if len(t.slots) > 0 && len(k) <= slotKey {
			if s := t.find(hs[i], k, ta[i]); s.tag != 0 {
				wix[i], flags[i] = s.info, s.flags
				continue
			}
		}
		missing = append(missing, i)
	}
	arr := t.infos
	room := t.n+len(keys) <= tableMax // the table will take the sentence's new keys (unless it is busy)
	t.mu.RUnlock()
	for _, i := range missing {
		if room && len(keys[i]) <= slotKey {
			wis[i] = lx.analyze(keys[i], ta[i]) // for the table alone: no need of the map too
		} else {
			wis[i] = lx.info(keys[i], ta[i])
		}
		flags[i] = wis[i].flags
	}
	t.store(keys, ta, hs, wis, missing)
	return arr
}
