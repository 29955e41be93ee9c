package arabic

import (
	"bufio"
	"hash/maphash"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
)

// Segments is the clitic segmentation of one word. Its slices are shared: do not modify them.
type Segments struct {
	Prefixes []string // proclitics in order, e.g. ["و","ب"] or ["و","ال"]; Key forms
	Stem     string   // Key form of the stem (without ال if the article was split off)
	Suffixes []string // enclitic pronouns ["ه"], ["هما"], …
	// StemStart and StemEnd are the rune offsets of the stem inside the ORIGINAL word.
	StemStart, StemEnd int
}

// Segmenter splits Arabic words into proclitics, stem and enclitic pronoun, consulting a lexicon
// so that names and frequent words are not broken (بوتين, ليبيا, وزير stay whole; والرئيس →
// و+ال+رئيس). It is safe for concurrent use; AddWords may be called at any time.
//
// The decision, for each analysis that the spelling allows:
//   - the stem must be a known word (at least two letters; a two-letter stem must be frequent),
//     or a word given to AddWords;
//   - the whole word must not be a known word in its own right: it is kept whole when it is a
//     function word or an exception, when it is often seen with the article (الوطن shows that
//     وطن is a noun, not و+طن), or when it is more frequent than the clitic could explain
//     (فرنسا, لبنان against بنان);
//   - among the analyses left, the one whose stem is best attested wins.
//
// A word the lexicon has never seen loses only an article-like prefix (ال وال بال لل …) and only
// when at least three letters remain.
type Segmenter struct {
	lex     *Lexicon
	protect map[string]bool // whole words never segmented (Key forms)
	names   map[string]bool // the exceptions list: also welcome as stems
	added   atomic.Pointer[map[string]bool]
	mu      sync.Mutex // serialises AddWords
	cache   atomic.Pointer[segCache]
}

// NewSegmenter returns a segmenter over lex (nil for none: then only the built-in function-word
// and exception lists and AddWords inform it).
func NewSegmenter(lex *Lexicon) *Segmenter {
	s := &Segmenter{lex: lex, protect: builtinProtected(lex), names: readWordList(exceptionsTxt)}
	empty := map[string]bool{}
	s.added.Store(&empty)
	s.cache.Store(newSegCache())
	return s
}

var (
	defaultSegOnce sync.Once
	defaultSeg     *Segmenter
)

// DefaultSegmenter returns the segmenter over DefaultLexicon, built once.
func DefaultSegmenter() *Segmenter {
	defaultSegOnce.Do(func() { defaultSeg = NewSegmenter(DefaultLexicon()) })
	return defaultSeg
}

// Segment segments a word with DefaultSegmenter.
func Segment(word string) Segments { return DefaultSegmenter().Segment(word) }

// AddWords adds known whole words (names from the actor knowledge base, …): they are never
// segmented themselves and are accepted as stems (وبوتين → و+بوتين).
func (s *Segmenter) AddWords(words ...string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	old := *s.added.Load()
	m := make(map[string]bool, len(old)+len(words))
	for k := range old {
		m[k] = true
	}
	for _, w := range words {
		for _, f := range strings.Fields(w) {
			if k := Key(f); k != "" {
				m[k] = true
			}
		}
	}
	s.added.Store(&m)
	s.cache.Store(newSegCache())
}

// Segment splits word into clitics and stem. A word that is not Arabic comes back whole, with
// its Key as the stem.
func (s *Segmenter) Segment(word string) Segments {
	c := s.cache.Load()
	if seg, ok := c.get(word); ok {
		return seg
	}
	seg := s.segment(word)
	c.put(word, seg)
	return seg
}

// Clitic tables. Analyses are built from one optional conjunction, one optional preposition or
// future particle, one optional article, and one optional pronoun suffix.
const (
	cNone = iota
	cWa
	cFa
)

const (
	mNone = iota
	mBi
	mKa
	mLi
	mSa
)

var (
	conjForms = [...]string{"", "و", "ف"}
	midForms  = [...]string{"", "ب", "ك", "ل", "س"}
	midRunes  = [...]rune{0, 'ب', 'ك', 'ل', 'س'}
	// prefixLists[conj][mid][art] is the shared Prefixes slice of each combination.
	prefixLists = func() (t [3][5][2][]string) {
		for c := range 3 {
			for m := range 5 {
				for a := range 2 {
					var p []string
					if c != cNone {
						p = append(p, conjForms[c])
					}
					if m != mNone {
						p = append(p, midForms[m])
					}
					if a == 1 {
						p = append(p, "ال")
					}
					t[c][m][a] = p
				}
			}
		}
		return t
	}()
	// ratio bounds how much more frequent the whole word may be than its stem for the split
	// still to be believed (واضاف is 24 times as frequent as اضاف; فكره is a word, not ف+كره).
	conjRatio = [...]float64{0, 30, 3}
	midRatio  = [...]float64{0, 10, 1, 10, 10}
)

type suffix struct {
	form    string
	minStem int  // shortest stem the suffix attaches to
	second  bool // a second-person or first-person-singular pronoun, rare in news
	runes   []rune
	list    []string
	ratio   float64
}

// suffixes, longest first.
var suffixes = func() []suffix {
	defs := []struct {
		f string
		r float64
	}{
		{"هما", 5}, {"كما", 0.5}, {"ها", 5}, {"هم", 5}, {"هن", 5}, {"كم", 0.5}, {"كن", 0.5},
		{"ني", 0.5}, {"نا", 2}, {"ه", 10}, {"ك", 0.5}, {"ي", 0.5},
	}
	out := make([]suffix, len(defs))
	for i, d := range defs {
		out[i] = suffix{form: d.f, runes: []rune(d.f), list: []string{d.f}, ratio: d.r, minStem: 2}
		switch d.f {
		case "ي", "ك", "كم", "كما", "كن", "ني":
			out[i].minStem, out[i].second = 3, true
		}
	}
	return out
}()

// matchForm is the spelling clitics are matched in: marks stripped, but ة ى أ إ ئ ؤ kept, since
// they decide what a letter can be (final ة is never the pronoun ه; أ never starts the article).
const matchForm = NFKC | StripTashkeel | StripTatweel | FoldPersian | Digits | StripFormat

// keyFold turns a matchForm rune into its Search form (a 1:1 map).
const keyFold = Search &^ (NFKC | StripTashkeel | StripTatweel | StripFormat)

// Thresholds of the decision.
const (
	minShortStem = 50 // a two-letter stem must be seen this often on its own
	minStem      = 5  // a longer stem (with its article form) must be seen this often
	oovMax       = 2  // a whole word seen at most this often counts as unknown
	addedFreq    = 1000
	maxWordRunes = 64
)

var cliticBonus = [...]float64{1, 4, 16, 64, 256, 1024}

type segWork struct {
	m    [maxWordRunes]rune // the word in matchForm
	off  [maxWordRunes + 1]int
	kb   [4 * maxWordRunes]byte // the word in Search form, UTF-8
	kpos [maxWordRunes + 1]int  // byte offset in kb of rune i
	buf  [4*maxWordRunes + 8]byte
	alt  [4 * maxWordRunes]byte
	n    int
}

func (s *Segmenter) segment(word string) Segments {
	var w segWork
	if !w.load(word) {
		k := Key(word)
		return Segments{Stem: k, StemStart: 0, StemEnd: utf8.RuneCountInString(word)}
	}
	wkey := w.kb[:w.kpos[w.n]]
	// When the word is already in Search form its stem can be a substring of it: no allocation.
	same := string(wkey) == word
	keyOf := func(a, b int) string {
		if same {
			return word[w.kpos[a]:w.kpos[b]]
		}
		return string(w.kb[w.kpos[a]:w.kpos[b]])
	}
	whole := func() Segments {
		return Segments{Stem: keyOf(0, w.n), StemStart: w.off[0], StemEnd: w.off[w.n]}
	}
	if w.n < 3 {
		return whole()
	}
	added := *s.added.Load()
	if s.protect[string(wkey)] || added[string(wkey)] {
		return whole()
	}
	fW := float64(s.lex.freqB(wkey))
	// Evidence that the whole word is a noun of its own: it takes the article.
	nounState := 0 // 0 unknown, 1 no, 2 yes
	nounW := func() bool {
		if nounState == 0 {
			nounState = 1
			if w.isNoun(s, 0) {
				nounState = 2
			}
		}
		return nounState == 2
	}

	type choice struct {
		conj, mid, art, a, b int
		suf                  *suffix
		alt                  string
	}
	var best choice
	bestSup, bestClitics := -1.0, 0
	consider := func(conj, mid, art, a, b int, suf *suffix) {
		if b-a < 2 {
			return
		}
		ks, altUsed := w.stemKey(a, b, suf, s)
		f := float64(s.lex.freqB(ks))
		if added[string(ks)] || s.names[string(ks)] {
			f = max(f, addedFreq)
		}
		sup := f
		if art == 1 {
			sup += float64(s.freqArt(&w, ks))
		}
		if b-a == 2 {
			if f < minShortStem {
				return
			}
		} else if sup < minStem {
			return
		}
		ratio := 1e9
		if conj != cNone {
			ratio = min(ratio, conjRatio[conj])
		}
		if mid != mNone {
			ratio = min(ratio, midRatio[mid])
		}
		if suf != nil {
			ratio = min(ratio, suf.ratio)
		}
		if b-a == 2 {
			ratio = min(ratio, 1) // ابها is a city, not اب+ها
		}
		if fW > ratio*sup {
			return
		}
		if suf != nil && a > 0 {
			// The suffix is judged against what is left after the prefixes too: لأبها is ل+أبها.
			sr := suf.ratio
			if b-a == 2 {
				sr = min(sr, 1)
			}
			if float64(s.lex.freqB(w.kb[w.kpos[a]:w.kpos[w.n]])) > sr*sup {
				return
			}
		}
		// The tests that need more lookups come last.
		// A word seen with the article is a noun, not clitics + stem; so is what is left of it
		// after a clitic, when another clitic is to come off (وبطاقة: البطاقة shows that بطاقة
		// is a noun, so no و+ب+طاقة). Not for the suffix ه: in Search form الوزيره is also
		// الوزيرة, so the test would say nothing about وزيره.
		if suf == nil || suf.form != "ه" {
			if nounW() {
				return
			}
			if conj != cNone && (mid != mNone || suf != nil) && w.isNoun(s, 1) {
				return
			}
			if mid != mNone && suf != nil && w.isNoun(s, a) {
				return
			}
		}
		if suf != nil && suf.second && !s.takesThirdPerson(&w, ks, fW) {
			return // a real possessive stem is seen with ها or هم too: مايك is no ماي+ك
		}
		n := 0
		if conj != cNone {
			n++
		}
		if mid != mNone {
			n++
		}
		n += art
		if suf != nil {
			n++
		}
		// Each clitic multiplies the score: the deeper analysis wins unless its stem is much
		// rarer (و+ب+نظير+ه over و+ب+نظيره; ل+لبنان over ل+ال+بنان).
		score := sup * cliticBonus[n]
		if score > bestSup || score == bestSup && n < bestClitics {
			best = choice{conj, mid, art, a, b, suf, ""}
			if altUsed {
				best.alt = string(ks)
			}
			bestSup, bestClitics = score, n
		}
	}
	s.analyses(&w, added, fW, consider)
	if bestSup < 0 {
		if fW <= oovMax {
			return s.oov(&w, keyOf, whole)
		}
		return whole()
	}
	seg := Segments{Prefixes: prefixLists[best.conj][best.mid][best.art], Stem: best.alt,
		StemStart: w.off[best.a], StemEnd: w.off[best.b]}
	if best.alt == "" {
		seg.Stem = keyOf(best.a, best.b)
	}
	if best.suf != nil {
		seg.Suffixes = best.suf.list
	}
	return seg
}

// analyses calls fn for every clitic analysis the spelling allows (not the bare whole word).
func (s *Segmenter) analyses(w *segWork, added map[string]bool, fW float64, fn func(conj, mid, art, a, b int, suf *suffix)) {
	m, n := w.m[:w.n], w.n
	for conj := cNone; conj <= cFa; conj++ {
		p := 0
		switch conj {
		case cWa:
			if m[0] != 'و' {
				continue
			}
			p = 1
		case cFa:
			if m[0] != 'ف' {
				continue
			}
			p = 1
		}
		if p > 0 && s.protected(w, p, n, added) {
			fn(conj, mNone, 0, p, n, nil) // وبايدن is و+بايدن, nothing more
			continue
		}
		for mid := mNone; mid <= mSa; mid++ {
			q := p
			if mid != mNone {
				if q >= n || m[q] != midRunes[mid] {
					continue
				}
				q++
			}
			for art := 0; art <= 1; art++ {
				a := q
				if art == 1 {
					switch {
					case mid == mSa:
						continue
					case mid == mLi:
						// ل + ال is written لل: the second ل is the article's.
						if a >= n || m[a] != 'ل' {
							continue
						}
						a++
					default:
						if a+1 >= n || m[a] != 'ا' || m[a+1] != 'ل' {
							continue
						}
						a += 2
					}
					// The article must not eat a function word: والتي is و+التي, not و+ال+تي.
					if s.protected(w, q, n, added) {
						continue
					}
					// Nor the start of a form VIII verb: التقى is a verb (imperfect يلتقي).
					if mid != mLi && a < n && m[a] == 'ت' && s.verbVIII(w, q) {
						continue
					}
				}
				if mid == mSa && (n-a < 3 || !isImperfectPrefix(m[a])) {
					continue
				}
				if conj == cNone && mid == mNone && art == 0 {
					// Suffix only.
				} else {
					fn(conj, mid, art, a, n, nil)
				}
				if art == 1 || a+1 < n && m[a] == 'ا' && m[a+1] == 'ل' {
					continue // the article and a pronoun suffix exclude each other
				}
				if (conj != cNone || mid != mNone) && s.protected(w, a, n, added) {
					continue // فهناك is ف+هناك, not ف+هنا+ك
				}
				for i := range suffixes {
					sf := &suffixes[i]
					l := len(sf.runes)
					if n-l-a < sf.minStem || !runesHaveSuffix(m[a:n], sf.runes) {
						continue
					}
					if sf.second && fW < minStem {
						continue // rare pronouns split only off known words: وبلينكن is no و+ب+لين+كن
					}
					fn(conj, mid, art, a, n-l, sf)
				}
			}
		}
	}
}

// takesThirdPerson reports whether the lexicon knows the stem with the pronouns ها and هم at
// least as often as the whole word: news speaks of "his" and "their" far more than of "your" and
// "my", so a real possessive shows up in the third person too.
func (s *Segmenter) takesThirdPerson(w *segWork, stem []byte, fW float64) bool {
	buf := append(w.buf[:0], stem...)
	n := len(buf)
	f := s.lex.freqB(append(buf, "ها"...))
	f += s.lex.freqB(append(buf[:n], "هم"...))
	return f > 0 && float64(f) >= fW
}

// verbVIII reports whether the word from rune q on (starting with الت) is known as a verb: the
// lexicon knows its imperfect (التقى → يلتقي, التزم → يلتزم).
func (s *Segmenter) verbVIII(w *segWork, q int) bool {
	buf := append(w.buf[:0], "ي"...)
	buf = append(buf, w.kb[w.kpos[q+1]:w.kpos[w.n]]...)
	return s.lex.freqB(buf) >= minStem
}

// protected reports whether the Search form of runes [a, b) is a protected word.
func (s *Segmenter) protected(w *segWork, a, b int, added map[string]bool) bool {
	k := w.kb[w.kpos[a]:w.kpos[b]]
	return s.protect[string(k)] || added[string(k)]
}

func isImperfectPrefix(r rune) bool {
	return r == 'ي' || r == 'ت' || r == 'ن' || r == 'أ' // سأذهب; a bare ا reads سائر as س+ائر
}

func runesHaveSuffix(m, suf []rune) bool {
	if len(suf) > len(m) {
		return false
	}
	off := len(m) - len(suf)
	for i, r := range suf {
		if m[off+i] != r {
			return false
		}
	}
	return true
}

// stemKey returns the Search form of stem [a, b). Before a pronoun suffix a stem may have
// changed its spelling — ة became ت, ى became ا, a final hamza took a seat (لقائه) — so the
// lexical form is tried too and wins when the lexicon knows it better.
func (w *segWork) stemKey(a, b int, suf *suffix, s *Segmenter) ([]byte, bool) {
	k := w.kb[w.kpos[a]:w.kpos[b]]
	if suf == nil {
		return k, false
	}
	var alt rune
	switch w.m[b-1] {
	case 'ئ', 'ؤ':
		alt = 'ء'
	case 'ت':
		alt = 'ه' // Search form of ة
	case 'ا':
		if suf.second {
			return k, false // اسماك is fish, not اسمى+ك
		}
		alt = 'ي' // Search form of ى
	default:
		return k, false
	}
	lastStart := w.kpos[b-1]
	buf := append(w.alt[:0], w.kb[w.kpos[a]:lastStart]...)
	buf = utf8.AppendRune(buf, alt)
	if s.lex.freqB(buf) > s.lex.freqB(k) {
		return buf, true
	}
	return k, false
}

// isNoun reports whether the word from rune i on is seen with the article often enough to be a
// noun in its own right (at least 4 times, and at least 5% as often as without).
func (w *segWork) isNoun(s *Segmenter, i int) bool {
	if i+1 < w.n && w.m[i] == 'ا' && w.m[i+1] == 'ل' {
		return false
	}
	k := w.kb[w.kpos[i]:w.kpos[w.n]]
	art := float64(s.freqArt(w, k))
	return art > 3 && art >= 0.05*float64(s.lex.freqB(k))
}

// freqArt returns the frequency of the article plus the whole word.
func (s *Segmenter) freqArt(w *segWork, key []byte) int {
	buf := append(w.buf[:0], "ال"...)
	buf = append(buf, key...)
	return s.lex.freqB(buf)
}

// oov segments a word the lexicon does not know: only article-like prefixes go, and only when
// at least three letters remain.
func (s *Segmenter) oov(w *segWork, keyOf func(a, b int) string, whole func() Segments) Segments {
	m, n := w.m[:w.n], w.n
	for _, p := range oovPrefixes {
		l := len(p.runes)
		if n-l < 3 || !runesHavePrefix(m, p.runes) {
			continue
		}
		return Segments{Prefixes: p.list, Stem: keyOf(l, n), StemStart: w.off[l], StemEnd: w.off[n]}
	}
	return whole()
}

type oovPrefix struct {
	runes []rune
	list  []string
}

var oovPrefixes = []oovPrefix{
	{[]rune("وبال"), prefixLists[cWa][mBi][1]},
	{[]rune("وال"), prefixLists[cWa][mNone][1]},
	{[]rune("فال"), prefixLists[cFa][mNone][1]},
	{[]rune("بال"), prefixLists[cNone][mBi][1]},
	{[]rune("كال"), prefixLists[cNone][mKa][1]},
	{[]rune("ولل"), prefixLists[cWa][mLi][1]},
	{[]rune("فلل"), prefixLists[cFa][mLi][1]},
	{[]rune("لل"), prefixLists[cNone][mLi][1]},
	{[]rune("ال"), prefixLists[cNone][mNone][1]},
}

func runesHavePrefix(m, p []rune) bool {
	if len(p) > len(m) {
		return false
	}
	for i, r := range p {
		if m[i] != r {
			return false
		}
	}
	return true
}

// load fills w with the word in matchForm and Search form. It reports false for words that are
// not Arabic or too long to segment.
func (w *segWork) load(word string) bool {
	arabic := false
	if !allNFKCSafe(word) {
		nz := Normalize(word, matchForm)
		return w.fill(nz.Text, nz.Offsets, &arabic) && arabic
	}
	n, idx := 0, 0
	for _, r := range word {
		out, keep := foldRune(r, matchForm)
		if keep {
			if n == maxWordRunes {
				return false
			}
			if !isArabicLetter(out) {
				return false
			}
			arabic = true
			w.m[n] = out
			w.off[n] = idx
			n++
		}
		idx++
	}
	w.n = n
	w.off[n] = idx
	w.encode()
	return arabic && n > 0
}

func (w *segWork) fill(text string, offs []int, arabic *bool) bool {
	n := 0
	for _, r := range text {
		if n == maxWordRunes || !isArabicLetter(r) {
			return false
		}
		*arabic = true
		w.m[n] = r
		w.off[n] = offs[n]
		n++
	}
	w.n = n
	w.off[n] = offs[len(offs)-1]
	w.encode()
	return n > 0
}

func (w *segWork) encode() {
	b := w.kb[:0]
	for i := 0; i < w.n; i++ {
		w.kpos[i] = len(b)
		r, _ := foldRune(w.m[i], keyFold)
		b = utf8.AppendRune(b, r)
	}
	w.kpos[w.n] = len(b)
}

// segCache remembers segmentations: news text repeats its words, so most calls are lookups.
type segCache struct {
	seed   maphash.Seed
	shards [64]segShard
	size   atomic.Int64
}

type segShard struct {
	mu sync.RWMutex
	m  map[string]Segments
}

const maxCached = 1 << 17 // about 20 MB of cached analyses at most

func newSegCache() *segCache {
	c := &segCache{seed: maphash.MakeSeed()}
	for i := range c.shards {
		c.shards[i].m = make(map[string]Segments)
	}
	return c
}

func (c *segCache) shard(word string) *segShard {
	return &c.shards[maphash.String(c.seed, word)&63]
}

func (c *segCache) get(word string) (Segments, bool) {
	sh := c.shard(word)
	sh.mu.RLock()
	seg, ok := sh.m[word]
	sh.mu.RUnlock()
	return seg, ok
}

func (c *segCache) put(word string, seg Segments) {
	if c.size.Load() >= maxCached {
		return
	}
	sh := c.shard(word)
	sh.mu.Lock()
	if _, ok := sh.m[word]; !ok {
		sh.m[strings.Clone(word)] = seg
		c.size.Add(1)
	}
	sh.mu.Unlock()
}

// builtinProtected returns the Key forms of the embedded function words and exceptions. A
// function word that is itself a conjunction plus a known word (وقال, فقد, وفي) is left to the
// ordinary analysis, unless the exceptions list names it.
func builtinProtected(lex *Lexicon) map[string]bool {
	stop := readWordList(stopwordsTxt)
	m := readWordList(exceptionsTxt)
	for k := range stop {
		if rest, ok := cutConj(k); ok && (stop[rest] || lex.Freq(rest) >= 100) {
			continue
		}
		// الماضي, المقبل, الثاني are the article plus a word like any other.
		if rest, ok := strings.CutPrefix(k, "ال"); ok && utf8.RuneCountInString(rest) >= 2 && lex.Freq(rest) >= 100 {
			continue
		}
		m[k] = true
	}
	return m
}

// cutConj returns key without a leading و or ف when at least two letters remain.
func cutConj(key string) (string, bool) {
	r, size := utf8.DecodeRuneInString(key)
	if r != 'و' && r != 'ف' || utf8.RuneCountInString(key[size:]) < 2 {
		return "", false
	}
	return key[size:], true
}

// readWordList returns the Key forms (of two letters or more) of a list with one word a line and
// "#" comments.
func readWordList(src string) map[string]bool {
	m := make(map[string]bool, 1024)
	sc := bufio.NewScanner(strings.NewReader(src))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		if k := Key(line); utf8.RuneCountInString(k) >= 2 {
			m[k] = true
		}
	}
	return m
}
