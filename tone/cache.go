package tone

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// wordInfo is what the scorer knows about a word before it looks at the word's context: the
// one-word entry it matches, the phrases that may start with it, and its roles as a function
// word, negator or concessive. It depends on the word's key alone, so it is worked out once per
// distinct key and cached in the lexicon: building the candidate forms of a key (match.go) and
// probing the lexicon with each of them costs some thirty map look-ups, a cached word one.
type wordInfo struct {
	single *entry // the entry of the first candidate form that is a one-word entry (verb rule applied)
	// phrases holds, for each candidate form in priority order that heads phrases, the phrases
	// it heads (longest first): what lexical tries at the word, in that order.
	phrases             [][]*entry
	function            bool // a function word, not counted by Window
	negator, concessive bool // opens a negation or a concession
	notNegating         bool // makes a negator before it part of a fixed expression (لا يزال)
	// forms are the candidate forms of the key, built the first time a phrase is checked
	// against the word (formsOf).
	forms atomic.Pointer[formSet]
}

// formSet says which words of phrases are among the candidate forms of a key (matcher.build),
// as ids of Lexicon.pwords: what phraseAt needs to know about a word after the first of a
// phrase.
type formSet struct {
	all    []int32 // any form: the last word of a phrase may also carry endings
	prefix []int32 // the key itself or the key without proclitics: a word inside a phrase
}

// formsOf returns the formSet of key, the key of w, building it on first use.
func (l *Lexicon) formsOf(w *wordInfo, m *matcher, key string) *formSet {
	if fs := w.forms.Load(); fs != nil {
		return fs
	}
	fs := &formSet{}
	for i, f := range m.build(key) {
		id, ok := l.pwords[f.s]
		if !ok {
			continue
		}
		if !slices.Contains(fs.all, id) {
			fs.all = append(fs.all, id)
		}
		if i < m.bases && !slices.Contains(fs.prefix, id) {
			fs.prefix = append(fs.prefix, id)
		}
	}
	w.forms.CompareAndSwap(nil, fs) // another goroutine may have built the same set first
	return w.forms.Load()
}

// analyze works out the wordInfo of a key; m is scratch space.
func (l *Lexicon) analyze(m *matcher, key string) *wordInfo {
	w := &wordInfo{
		function: functionWords[key], negator: isNegator(key), concessive: isConcessive(key),
		notNegating: notNegating[key],
	}
	m.walk(key, func(f string, verb bool) bool {
		lf, ok := l.forms[f]
		if !ok {
			return false
		}
		if w.single == nil && lf.single != nil && (!verb || lf.single.verb) {
			w.single = lf.single
		}
		if len(lf.phrases) > 0 {
			w.phrases = append(w.phrases, lf.phrases)
		}
		return false // every form may head a phrase: walk them all
	})
	return w
}

// cacheMax bounds the number of cached keys. News vocabulary is Zipfian, so the words met first
// are the frequent ones; once the cache is full, new words are analysed on every use (which is
// what every word cost without the cache) and memory stays bounded (≈ 5 MB) whatever the input.
const cacheMax = 1 << 15

// wordCache maps word keys to their wordInfo. Readers hold the read lock for a whole scan;
// writers only try the write lock, and drop their entries when it is taken: it is a cache, and
// a scorer never waits for another.
type wordCache struct {
	mu sync.RWMutex
	m  map[string]*wordInfo
}

// miss is a key analysed during a scan, to be added to the cache afterwards.
type miss struct {
	key  string
	info *wordInfo
}

// store adds the misses of a scan to the cache, if the cache is free and not full.
func (c *wordCache) store(misses []miss) {
	if len(misses) == 0 || !c.mu.TryLock() {
		return
	}
	defer c.mu.Unlock()
	if c.m == nil {
		c.m = make(map[string]*wordInfo, 1024)
	}
	for _, ms := range misses {
		if len(c.m) >= cacheMax {
			return
		}
		// The key may point into a large text (a token's Norm is often a slice of the
		// sentence): keep a copy of its own.
		c.m[strings.Clone(ms.key)] = ms.info
	}
}

// recent remembers the wordInfo of the keys of the tokens scanned last, by the address of the
// key's bytes. Callers score the same tokens again — the analyzer scores each sentence and then
// the whole document — and a token's key is then the very same string (Norm): recent finds it
// by comparing an address and a length instead of hashing and comparing bytes in the cache.
// A slot holds the key string itself, which keeps its bytes alive: no other string can be at
// that address while the slot remembers it, so the same address and length are the same key.
// A scratch, and its recent, live in a sync.Pool, so what they hold is dropped at a GC.
type recent [recentSize]recentSlot

const recentSize = 2048 // a power of two, a few times the words of an article

type recentSlot struct {
	key  string
	info *wordInfo
}

func recentIndex(k string) int {
	p := uintptr(unsafe.Pointer(unsafe.StringData(k)))
	return int((uint64(p) * 0x9E3779B97F4A7C15) >> (64 - 11)) // Fibonacci hashing to 11 bits
}

// get returns the wordInfo remembered for k, or nil.
func (r *recent) get(k string) *wordInfo {
	if len(k) == 0 {
		return nil
	}
	s := &r[recentIndex(k)]
	if len(s.key) == len(k) && unsafe.StringData(s.key) == unsafe.StringData(k) {
		return s.info
	}
	return nil
}

func (r *recent) put(k string, info *wordInfo) {
	if len(k) > 0 {
		r[recentIndex(k)] = recentSlot{k, info}
	}
}
