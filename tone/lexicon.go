package tone

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"marsad/arabic"
	"marsad/internal/wordhash"
)

//go:embed data/polarity.tsv
var polarityTSV string

// Tags of lexicon entries. The first group are polar words and phrases; their score is the
// polarity. The second group steer the scorer; their score column means something else.
const (
	TagNoun     = "N"   // noun or masdar
	TagNounVerb = "NV"  // a masdar spelled like its perfect verb (قتل, قصف): matched as both
	TagVerb     = "V"   // verb, perfect 3ms or a listed imperfect; matched through ي/ت/ن/س prefixes
	TagAdj      = "ADJ" // adjective (masculine; the feminine is reached through ة)
	TagPlural   = "PL"  // broken plural or other form the light stemmer cannot reach
	TagAdverb   = "ADV" // adverb or fixed adverbial form
	TagPhrase   = "MWE" // multi-word expression, matched before single words (longest first)

	TagUp        = "UP"   // "rise" word: the polarity of what follows, kept (ارتفاع البطالة −)
	TagDown      = "DOWN" // "fall/stop" word: the polarity of what follows, flipped (وقف الحرب +)
	TagContext   = "CTX"  // a quantity that is good (+1) or bad (−1) when it rises (أسعار −1)
	TagNeutral   = "NEU"  // a neutral name or term that must not score (مجلس التعاون)
	TagIntensify = "INT"  // an intensifier of the next or previous polar word (جدا, بالغ)
)

// Entry is one line of the polarity lexicon.
type Entry struct {
	Lemma string // the word or phrase as written in the lexicon
	// Score is the polarity −3..+3 of a polar entry; for UP and DOWN entries the polarity when no
	// polar word follows (often 0); for CTX entries whether a rise is good (+1) or bad (−1); 0 for
	// NEU and INT entries.
	Score int
	Tag   string
	Note  string
}

type kind uint8

const (
	kPolar kind = iota
	kUp
	kDown
	kCtx
	kNeutral
	kIntens
)

type entry struct {
	Entry
	kind  kind
	verb  bool     // may match through the imperfect-verb path
	words []string // Search keys of the words of a phrase (len > 1)
	next  []pword  // words[1:] as ids of Lexicon.pwords
}

// lexForm is what the lexicon holds under one key: the one-word entry and the phrases that
// start with the word.
type lexForm struct {
	single  *entry
	phrases []*entry
}

// pword is a word of a phrase after the first, as ids of Lexicon.pwords: the word, and the word
// without its article (-1 when it has none).
type pword struct{ word, bare int32 }

// Lexicon is a polarity lexicon compiled for matching. It is safe for concurrent use.
type Lexicon struct {
	single      map[string]*entry   // key → entry, for one-word entries
	phrases     map[string][]*entry // key of the first word → phrases, longest first
	n           int
	forms       map[string]lexForm // single and phrases in one map: what a candidate form finds
	formFilter  wordhash.Filter    // the keys of forms
	pwords      map[string]int32   // the words of phrases after the first, and those without article → id
	pwordFilter wordhash.Filter    // the keys of pwords
	table       wordTable          // key → what the scorer needs to know about the word (cache.go)
}

// Len returns the number of entries.
func (l *Lexicon) Len() int { return l.n }

// Entries returns the entries in lexicon order (one-word entries reached through an article-less
// alias appear once).
func (l *Lexicon) Entries() []Entry {
	seen := make(map[*entry]bool, l.n)
	out := make([]Entry, 0, l.n)
	add := func(e *entry) {
		if !seen[e] {
			seen[e] = true
			out = append(out, e.Entry)
		}
	}
	for _, e := range l.single {
		add(e)
	}
	for _, ps := range l.phrases {
		for _, e := range ps {
			add(e)
		}
	}
	slices.SortFunc(out, func(a, b Entry) int { return strings.Compare(a.Lemma, b.Lemma) })
	return out
}

var (
	defaultOnce sync.Once
	defaultLex  *Lexicon
)

// Default returns the embedded Marsad polarity lexicon (data/polarity.tsv), parsed once.
func Default() *Lexicon {
	defaultOnce.Do(func() {
		l, err := Parse(strings.NewReader(polarityTSV))
		if err != nil {
			// The embedded file is checked by the tests; never take the process down for it.
			slog.Error("tone: embedded lexicon", "err", err)
			l = &Lexicon{single: map[string]*entry{}, phrases: map[string][]*entry{}}
		}
		defaultLex = l
	})
	return defaultLex
}

// Parse reads a lexicon in the polarity.tsv format: lemma<TAB>score<TAB>tag<TAB>note, one entry a
// line; blank lines and lines starting with # are skipped. Lemmas are matched through
// arabic.Key, so spelling variants of hamza, alef maqsura and ta marbuta need no entries of
// their own. Two entries with the same key are an error.
func Parse(r io.Reader) (*Lexicon, error) {
	l := &Lexicon{single: make(map[string]*entry, 4096), phrases: make(map[string][]*entry, 512)}
	alias := map[string]*entry{}
	seenPhrase := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		e, err := parseLine(text)
		if err != nil {
			return nil, fmt.Errorf("tone: lexicon line %d: %w", line, err)
		}
		if len(e.words) > 1 {
			k := strings.Join(e.words, " ")
			if seenPhrase[k] {
				return nil, fmt.Errorf("tone: lexicon line %d: duplicate phrase %q", line, e.Lemma)
			}
			seenPhrase[k] = true
			for _, first := range firstKeys(e.words[0]) {
				l.phrases[first] = append(l.phrases[first], e)
			}
			l.n++
			continue
		}
		k := e.words[0]
		if _, dup := l.single[k]; dup {
			return nil, fmt.Errorf("tone: lexicon line %d: duplicate key %q (%s)", line, k, e.Lemma)
		}
		l.single[k] = e
		l.n++
		// An entry written with the article (الهاوية) is also found without it; an entry that
		// merely starts with alef-lam (إلهام, ألم) is not.
		if bare, ok := cutArticle(k); ok && strings.HasPrefix(e.Lemma, article) {
			alias[bare] = e
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("tone: read lexicon: %w", err)
	}
	for k, e := range alias {
		if _, taken := l.single[k]; !taken {
			l.single[k] = e
		}
	}
	for k, ps := range l.phrases {
		slices.SortStableFunc(ps, func(a, b *entry) int { return len(b.words) - len(a.words) })
		l.phrases[k] = ps
	}
	l.indexPhraseWords()
	l.forms = make(map[string]lexForm, len(l.single)+len(l.phrases))
	for k, e := range l.single {
		l.forms[k] = lexForm{single: e}
	}
	for k, ps := range l.phrases {
		lf := l.forms[k]
		lf.phrases = ps
		l.forms[k] = lf
	}
	l.formFilter = wordhash.NewFilter(filterBits, maps.Keys(l.forms))
	return l, nil
}

// indexPhraseWords gives every word of a phrase after the first, and that word without its
// article, an id, and fills the entries' next.
func (l *Lexicon) indexPhraseWords() {
	l.pwords = map[string]int32{}
	id := func(w string) int32 {
		n, ok := l.pwords[w]
		if !ok {
			n = int32(len(l.pwords))
			l.pwords[w] = n
		}
		return n
	}
	seen := map[*entry]bool{}
	for _, ps := range l.phrases {
		for _, e := range ps {
			if seen[e] {
				continue
			}
			seen[e] = true
			e.next = make([]pword, 0, len(e.words)-1)
			for _, w := range e.words[1:] {
				pw := pword{word: id(w), bare: -1}
				if bare, ok := cutArticle(w); ok {
					pw.bare = id(bare)
				}
				e.next = append(e.next, pw)
			}
		}
	}
	l.pwordFilter = wordhash.NewFilter(filterBits, maps.Keys(l.pwords))
}

func parseLine(text string) (*entry, error) {
	f := strings.Split(text, "\t")
	if len(f) < 3 {
		return nil, fmt.Errorf("want lemma<TAB>score<TAB>tag[<TAB>note], got %q", text)
	}
	lemma := strings.TrimSpace(f[0])
	score, err := strconv.Atoi(strings.TrimPrefix(strings.TrimSpace(f[1]), "+"))
	if err != nil {
		return nil, fmt.Errorf("score of %q: %w", lemma, err)
	}
	e := &entry{Entry: Entry{Lemma: lemma, Score: score, Tag: strings.TrimSpace(f[2])}}
	if len(f) > 3 {
		e.Note = strings.TrimSpace(f[3])
	}
	for _, w := range strings.Fields(lemma) {
		if k := arabic.Key(w); k != "" {
			e.words = append(e.words, k)
		}
	}
	if len(e.words) == 0 {
		return nil, fmt.Errorf("empty lemma in %q", text)
	}
	polarRange := score >= -3 && score <= 3 && score != 0
	switch e.Tag {
	case TagNoun, TagAdj, TagPlural, TagAdverb, TagPhrase:
		e.kind = kPolar
	case TagVerb, TagNounVerb:
		e.kind, e.verb = kPolar, true
	case TagUp, TagDown:
		e.kind, e.verb = kUp, true
		if e.Tag == TagDown {
			e.kind = kDown
		}
		polarRange = score >= -3 && score <= 3
	case TagContext:
		e.kind = kCtx
		polarRange = score == 1 || score == -1
	case TagNeutral, TagIntensify:
		e.kind = kNeutral
		if e.Tag == TagIntensify {
			e.kind = kIntens
		}
		polarRange = score == 0
	default:
		return nil, fmt.Errorf("unknown tag %q for %q", e.Tag, lemma)
	}
	if !polarRange {
		return nil, fmt.Errorf("score %d out of range for %s entry %q", score, e.Tag, lemma)
	}
	if e.Tag == TagPhrase && len(e.words) < 2 {
		return nil, fmt.Errorf("phrase %q has one word", lemma)
	}
	return e, nil
}

// firstKeys are the keys a phrase is indexed under: its first word, and that word without the
// article, so that "الحد من" is found from "للحد من" and "حد من".
func firstKeys(k string) []string {
	if bare, ok := cutArticle(k); ok {
		return []string{k, bare}
	}
	return []string{k}
}

// cutArticle removes a leading ال when at least three letters remain.
func cutArticle(k string) (string, bool) {
	if strings.HasPrefix(k, "ال") && runeCount(k) >= 5 {
		return k[len("ال"):], true
	}
	return "", false
}

// runeCount is utf8.RuneCountInString with a fast path for what keys are made of, ASCII and
// two-byte letters (Arabic): RuneCountInString decodes every rune.
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		switch c := s[i]; {
		case c < utf8.RuneSelf:
			i++
		case c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			i += 2
		default:
			return utf8.RuneCountInString(s) // anything else: count it the long way
		}
	}
	return n
}

// Lookup finds the one-word entry that word matches, through the same clitic, ending and verb
// rules as the scorer (so Lookup("وبالهجوم") finds هجوم). Neutral (NEU) and steering entries are
// returned too; phrases are not.
func (l *Lexicon) Lookup(word string) (Entry, bool) {
	var m matcher
	if e := l.lookup(&m, arabic.Key(word)); e != nil {
		return e.Entry, true
	}
	return Entry{}, false
}
