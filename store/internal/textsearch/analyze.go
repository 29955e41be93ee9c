// Package textsearch is the Arabic full-text analysis shared by Marsad's stores: it turns text
// into index terms, parses users' search queries, renders them for SQLite FTS5 and PostgreSQL
// tsquery, and computes highlight spans on the original text.
//
// Both the stored text and the query go through the same analysis, so the two backends agree on
// what matches. A word is indexed under several keys at one position: its folded full form, the
// folded stem of every plausible clitic segmentation (و+ال+رئيس → رييس) and, for long words, a
// skeleton without medial waw and yeh (أمريكا and أميركا → ~امركا). A query word matches a text
// word when their key sets meet.
package textsearch

import (
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"marsad/arabic"
)

// segmenter is a private segmenter over the embedded lexicon: words that other packages add
// to the default segmenter must not change what the index holds.
var segmenter = sync.OnceValue(func() *arabic.Segmenter {
	return arabic.NewSegmenter(arabic.DefaultLexicon())
})

// Version names the analysis: stores record it beside their index and rebuild the index when
// it changes. It covers the rules of this package (the leading number, raised by hand when
// they change) and the lexicon the segmenter consults.
var Version = sync.OnceValue(func() string {
	lex := arabic.DefaultLexicon()
	return fmt.Sprintf("textsearch-1/lexicon-%d-%d", lex.Len(), lex.Total())
})

// Term is a word of a text with its index keys.
type Term struct {
	Start, End         int      // code points into the original text, half-open
	ByteStart, ByteEnd int      // the same in bytes
	Keys               []string // index keys; Keys[0] is the folded full form. Shared: read only.
}

// Analyze splits text into words and gives each its keys. Punctuation and spaces give no term.
func Analyze(text string) []Term {
	var terms []Term
	var buf []rune
	runeIdx := 0
	start, byteStart := -1, 0
	flush := func(endRune, endByte int) {
		if start < 0 {
			return
		}
		if keys := cachedKeys(string(buf)); len(keys) > 0 {
			terms = append(terms, Term{Start: start, End: endRune, ByteStart: byteStart, ByteEnd: endByte, Keys: keys})
		}
		start, buf = -1, buf[:0]
	}
	for b, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start, byteStart = runeIdx, b
			}
			buf = append(buf, r)
		} else {
			flush(runeIdx, b)
		}
		runeIdx++
	}
	flush(runeIdx, len(text))
	return terms
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == 0x200C || r == 0x200D
}

// keyCache remembers the keys of words seen: news text repeats its words, and Keys is the
// costly part of Analyze. It is dropped and started afresh when full.
type keyCache struct {
	m sync.Map // word → []string
	n atomic.Int64
}

const maxCachedWords = 200_000

var cache atomic.Pointer[keyCache]

func init() { cache.Store(&keyCache{}) }

// cachedKeys is Keys through the cache. The slices it returns are shared: never modify them.
func cachedKeys(word string) []string {
	c := cache.Load()
	if v, ok := c.m.Load(word); ok {
		return v.([]string)
	}
	keys := Keys(word)
	if c.n.Add(1) > maxCachedWords {
		cache.Store(&keyCache{})
	} else {
		c.m.Store(word, keys)
	}
	return keys
}

// Fold normalises a word's spelling: it drops diacritics, tatweel and joiners, unifies the
// alef, yeh, waw-hamza and teh-marbuta variants, maps Persian letters and Arabic-Indic digits to
// their usual forms and lower-cases Latin.
func Fold(word string) string {
	var sb strings.Builder
	sb.Grow(len(word))
	for _, r := range word {
		if r >= 'ء' && r <= 'ي' && r != 'أ' && r != 'إ' && r != 'آ' && r != 'ى' && r != 'ئ' && r != 'ؤ' && r != 'ة' && r != 0x0640 {
			sb.WriteRune(r) // a plain Arabic letter (U+0621–U+064A) stays
			continue
		}
		switch {
		case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640, r >= 0x0610 && r <= 0x061A,
			r == 0x200C, r == 0x200D:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ٲ' || r == 'ٳ':
			r = 'ا'
		case r == 'ى' || r == 'ی' || r == 'ئ' || r == 'ې':
			r = 'ي'
		case r == 'ؤ':
			r = 'و'
		case r == 'ة':
			r = 'ه'
		case r == 'ک':
			r = 'ك'
		case r >= '٠' && r <= '٩':
			r = '0' + (r - '٠')
		case r >= '۰' && r <= '۹':
			r = '0' + (r - '۰')
		default:
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
				continue
			}
			r = unicode.ToLower(r)
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// maxKeys bounds the keys of one word; maxKeyBytes the length of a key (longer words are
// cut), far below PostgreSQL's 2 KB limit on a lexeme.
const (
	maxKeys     = 12
	maxKeyBytes = 120
)

// Keys returns the index keys of one word (see the package doc), the folded full form first,
// without duplicates. A word with no letter or digit has none.
//
// The stems come from two sources: arabic.Segment, which consults a lexicon and so keeps words
// like وزير and فرنسا whole, and a plain enumeration of the proclitic runs the spelling allows,
// which still finds the stem of a word the lexicon has never seen. Both are applied alike to
// stored text and queries, so a word and its clitic forms always share a key.
func Keys(word string) []string {
	f := Fold(arabic.Key(word))
	if f == "" {
		return nil
	}
	keys := make([]string, 0, 6)
	add := func(k string) {
		if len(k) > maxKeyBytes {
			k = strings.ToValidUTF8(k[:maxKeyBytes], "")
		}
		if k == "" || len(keys) >= maxKeys {
			return
		}
		for _, have := range keys {
			if have == k {
				return
			}
		}
		keys = append(keys, k)
	}
	add(f)
	if !isArabicWord(f) {
		return keys
	}
	if strings.HasSuffix(word, "اً") || strings.HasSuffix(word, "ًا") {
		// the alef that carries an accusative tanween is no part of the stem: مؤتمراً → موتمر
		f = strings.TrimSuffix(f, "ا")
		add(f)
	}
	if isArabicWord(f) {
		add(Fold(segmenter().Segment(word).Stem))
	}
	for _, s := range unsuffixed(f) {
		add(s)
	}
	for _, stem := range stems(f) {
		add(stem)
		for _, s := range unsuffixed(stem) {
			add(s)
		}
	}
	n := len(keys)
	for _, k := range keys[:n] {
		add(skeleton(k))
	}
	return keys
}

func isArabicWord(f string) bool {
	r, _ := utf8.DecodeRuneInString(f)
	return r >= 0x0600 && r <= 0x06FF
}

// stems returns the word without each plausible run of proclitics, in the order
// conjunction (و ف), preposition (ب ك ل), article (ال), the shortest stem last. The contraction
// لل (ل + ال) counts as preposition plus article.
func stems(f string) []string {
	var out []string
	w := []rune(f)
	for _, conj := range []int{0, 1} {
		if conj == 1 && !(len(w) > 0 && (w[0] == 'و' || w[0] == 'ف')) {
			continue
		}
		a := w[conj:]
		for _, prep := range []int{0, 1} {
			if prep == 1 && !(len(a) > 0 && (a[0] == 'ب' || a[0] == 'ك' || a[0] == 'ل')) {
				continue
			}
			b := a[prep:]
			// the article; after ل it may appear as a lone ل (لل → ل + ال)
			if prep == 1 && a[0] == 'ل' && len(b) >= 3 && b[0] == 'ل' && b[1] != 'ا' {
				out = appendStem(out, b[1:], conj+prep > 0, 2)
			}
			if len(b) >= 4 && b[0] == 'ا' && b[1] == 'ل' {
				out = appendStem(out, b[2:], true, 2)
			}
			if conj+prep > 0 {
				out = appendStem(out, b, true, 3)
			}
		}
	}
	return out
}

func appendStem(out []string, stem []rune, stripped bool, min int) []string {
	if !stripped || len(stem) < min {
		return out
	}
	return append(out, string(stem))
}

// pronoun suffixes stripped from stems of at least five letters.
var suffixes = []string{"هما", "كما", "ها", "هم", "هن", "كم"}

// unsuffixed returns the stem without an attached pronoun, restoring a teh marbuta that the
// suffix turned into teh (مدرستها → مدرسه).
func unsuffixed(stem string) []string {
	if utf8.RuneCountInString(stem) < 5 {
		return nil
	}
	for _, suf := range suffixes {
		if s, ok := strings.CutSuffix(stem, suf); ok && utf8.RuneCountInString(s) >= 3 {
			if t, ok := strings.CutSuffix(s, "ت"); ok {
				return []string{s, t + "ه"}
			}
			return []string{s}
		}
	}
	return nil
}

// skeleton drops the medial waw and yeh of words of five letters or more, which loanwords and
// names spell with or without (أمريكا/أميركا, كاليفورنيا/كاليفرنيا); shorter words keep them.
// Skeletons are marked with a leading ~ so that they only ever match other skeletons.
func skeleton(k string) string {
	w := []rune(k)
	if len(w) < 5 || !isArabicWord(k) {
		return ""
	}
	out := make([]rune, 0, len(w))
	out = append(out, w[0])
	for _, r := range w[1 : len(w)-1] {
		if r != 'و' && r != 'ي' {
			out = append(out, r)
		}
	}
	out = append(out, w[len(w)-1])
	if len(out) == len(w) || len(out) < 3 {
		return ""
	}
	return "~" + string(out)
}

// Match reports whether two key sets meet.
func Match(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
