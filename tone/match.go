package tone

import (
	"strings"
	"unsafe"
)

// Word matching. A token's Search key is tried against the lexicon in a fixed order, and the first
// form found wins:
//
//  1. the key itself (وقف, الإرهاب written with the article);
//  2. the key without proclitics: و ف (conjunctions), ب ك ل (prepositions), ال and their
//     combinations (وبالهجوم → هجوم, للإرهاب → إرهاب);
//  3. one enclitic pronoun or inflectional ending off 1 or 2: ه ها هم هما هن كم ك ي نا ني, and
//     ات (also tried as ة: أزمات → أزمة) ين ون ان وا ت تا تم ة and the tanwin alef (قتيلا);
//     after a pronoun, one more ending (إنجازاتها → إنجاز, حكومته → حكومة) and the hamza seat
//     restored (اعتدائهم → اعتداء). A form that starts with ال is never cut at the end, so
//     المكان is not read as ألم;
//  4. for verbs only (tags V, NV, UP, DOWN): the imperfect prefix ي or ت (ن without the alef
//     rule) and the future س taken off any of the above (سيدعمون → دعم), and for stems of four
//     letters or more the alef of forms VII, VIII and X restored (يعتقل → اعتقل).
//
// Every stem keeps at least three letters (two after the article), so short function words do not
// match anything by accident.

var proclitics = []string{
	"وبال", "وكال", "فبال", "فكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
	"وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل",
}

// pronouns are the enclitic pronouns; after the multi-letter ones (and ه) a further inflectional
// ending may be cut.
var pronouns = []string{"هما", "كما", "هم", "هن", "كم", "كن", "ها", "نا", "ني", "ه", "ك", "ي"}

// endings are inflectional endings; و is the sound plural in construct (مقاتلو داعش), cut only
// from stems of four letters or more.
var endings = []string{"ات", "ين", "ون", "ان", "وا", "تا", "تم", "ت", "ه", "ا", "و"}

const (
	alef      = "ا"
	haa       = "ه" // ta marbuta in Search form
	taa       = "ت"
	hamza     = "ء"
	article   = "ال"
	futureSin = "س"
)

// formFunc receives a candidate form; verb reports that it came through the imperfect-verb path
// and may only match verb-capable entries. Returning true stops the walk.
type formFunc func(form string, verb bool) bool

// form is a candidate form of a key.
type form struct {
	s    string
	verb bool
}

// matcher builds the candidate forms of a key. It owns scratch space, so a matcher must not be
// shared between goroutines, and the forms it hands out are valid only until its next walk.
type matcher struct {
	forms []form
	bases int    // forms[:bases] are the key and its clitic-free forms
	arena []byte // bytes of forms built from pieces (أزمات → أزمة)
}

func hasArticle(k string) bool { return strings.HasPrefix(k, article) }

// cliticStart reports whether k starts with a letter a proclitic can start with.
func cliticStart(k string) bool {
	return strings.HasPrefix(k, "و") || strings.HasPrefix(k, "ف") || strings.HasPrefix(k, "ب") ||
		strings.HasPrefix(k, "ك") || strings.HasPrefix(k, "ل") || strings.HasPrefix(k, alef)
}

// join returns a+b, built in the arena when it fits (so no allocation), else allocated.
func (m *matcher) join(a, b string) string {
	if len(m.arena)+len(a)+len(b) > cap(m.arena) {
		return a + b
	}
	at := len(m.arena)
	m.arena = append(append(m.arena, a...), b...)
	return unsafe.String(&m.arena[at], len(a)+len(b))
}

func (m *matcher) add(s string, verb bool) { m.forms = append(m.forms, form{s, verb}) }

// affix is a proclitic, pronoun or ending with its bytes packed into an integer, so that testing
// whether a key starts or ends with it is a comparison of integers (see head and tail) rather
// than a call to compare bytes: building the forms of a key tests it against some fifty affixes.
type affix struct {
	s     string
	code  uint64 // the bytes of s, s[0] in the lowest byte
	mask  uint64 // the low len(s) bytes
	shift uint   // 64 - 8·len(s)
	// runes is the length of s in letters (two bytes each); more is set for the affixes after
	// which a further form is tried (a proclitic ending in ال or لل keeps a shorter stem; a
	// pronoun other than ي ك ني allows another ending).
	runes int
	more  bool
}

// affixSet is a list of affixes, in the order they are tried, indexed by one byte so that a key
// is tested only against the affixes that can fit it: the affixes are Arabic letters, and their
// second byte (prefixes) or last byte (suffixes) tells most letters apart.
type affixSet struct {
	list []affix
	by   [256][]int // byte → indices into list, in order
}

func newAffixSet(list []string, suffix bool, more func(string) bool) *affixSet {
	set := &affixSet{list: make([]affix, len(list))}
	for i, s := range list {
		var code uint64
		for j := len(s) - 1; j >= 0; j-- {
			code = code<<8 | uint64(s[j])
		}
		set.list[i] = affix{s: s, code: code, mask: 1<<(8*len(s)) - 1, shift: uint(64 - 8*len(s)),
			runes: runeCount(s), more: more(s)}
		b := s[1]
		if suffix {
			b = s[len(s)-1]
		}
		set.by[b] = append(set.by[b], i)
	}
	return set
}

// prefixes returns the indices of the affixes that k may start with.
func (set *affixSet) prefixes(k string) []int {
	if len(k) < 2 {
		return nil
	}
	return set.by[k[1]]
}

// suffixes returns the indices of the affixes that k may end with.
func (set *affixSet) suffixes(k string) []int {
	if len(k) == 0 {
		return nil
	}
	return set.by[k[len(k)-1]]
}

var (
	procliticAffixes = newAffixSet(proclitics, false, func(p string) bool {
		return strings.HasSuffix(p, article) || strings.HasSuffix(p, "لل")
	})
	pronounAffixes = newAffixSet(pronouns, true, func(p string) bool { return p != "ي" && p != "ك" && p != "ني" })
	endingAffixes  = newAffixSet(endings, true, func(string) bool { return false })
)

// head returns the first eight bytes of k (fewer when k is shorter), k[0] in the lowest byte.
func head(k string) uint64 {
	if len(k) >= 8 {
		return load64(k)
	}
	var x uint64
	for i := len(k) - 1; i >= 0; i-- {
		x = x<<8 | uint64(k[i])
	}
	return x
}

// tail returns the last eight bytes of k, k[len(k)-1] in the highest byte (fewer bytes, at the
// top, when k is shorter).
func tail(k string) uint64 {
	if len(k) >= 8 {
		return load64(k[len(k)-8:])
	}
	var x uint64
	for i := 0; i < len(k); i++ {
		x = x>>8 | uint64(k[i])<<56
	}
	return x
}

// load64 returns the first eight bytes of s, s[0] in the lowest byte (one load: the compiler
// combines the byte loads).
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// prefixOf reports whether k, whose head is h, starts with a.
func (a *affix) prefixOf(k string, h uint64) bool {
	return len(a.s) <= len(k) && h&a.mask == a.code
}

// suffixOf reports whether k, whose tail is t, ends with a.
func (a *affix) suffixOf(k string, t uint64) bool {
	return len(a.s) <= len(k) && t>>(a.shift&63) == a.code
}

// clitics adds the forms of k without proclitics, longest prefix first.
func (m *matcher) clitics(k string) {
	if !cliticStart(k) {
		return
	}
	n, h := runeCount(k), head(k)
	for _, i := range procliticAffixes.prefixes(k) {
		p := &procliticAffixes.list[i]
		if !p.prefixOf(k, h) {
			continue
		}
		min := 3
		if p.more {
			min = 2
		}
		if n-p.runes >= min {
			m.add(k[len(p.s):], false)
		}
	}
}

// suffixed adds the forms of b with one ending (or a pronoun plus an ending) cut.
func (m *matcher) suffixed(b string) {
	if hasArticle(b) {
		return
	}
	n, t := runeCount(b), tail(b)
	for _, i := range pronounAffixes.suffixes(b) {
		p := &pronounAffixes.list[i]
		if !p.suffixOf(b, t) || n-p.runes < 3 {
			continue
		}
		s := b[:len(b)-len(p.s)]
		m.add(s, false)
		if !p.more {
			continue
		}
		// حكومته → حكومة, ولقائه → لقاء.
		if strings.HasSuffix(s, taa) && n-p.runes >= 4 {
			m.add(m.join(s[:len(s)-len(taa)], haa), false)
		}
		if strings.HasSuffix(s, "اي") || strings.HasSuffix(s, "او") {
			m.add(m.join(s[:len(s)-len("ي")], hamza), false)
		}
		m.endings(s, n-p.runes)
	}
	m.endings(b, n)
}

// endings adds the forms of b, n letters long, with one inflectional ending cut.
func (m *matcher) endings(b string, n int) {
	t := tail(b)
	for _, i := range endingAffixes.suffixes(b) {
		e := &endingAffixes.list[i]
		if !e.suffixOf(b, t) || n-e.runes < 3 {
			continue
		}
		s := b[:len(b)-len(e.s)]
		if e.s == alef && !tanwinBase(s) || e.s == "و" && n < 5 {
			continue
		}
		m.add(s, false)
		if e.s == "ات" {
			m.add(m.join(s, haa), false)
		}
	}
}

// tanwinBase reports whether s can carry the accusative tanwin alef (قتيلا, نموا, إرهابيا): not
// after ه (the pronoun ها) or ا, nor after ي in a stem of three letters, so مصالحها is not read
// as مصالحة, nor آسيا as أسى.
func tanwinBase(s string) bool {
	if strings.HasSuffix(s, haa) || strings.HasSuffix(s, alef) {
		return false
	}
	return !strings.HasSuffix(s, "ي") || runeCount(s) >= 4
}

// verbal adds the stems of f taken as an imperfect verb.
func (m *matcher) verbal(f string) {
	// Only a form that starts with س ي ت or ن has verb stems: most words stop here.
	if len(f) < 2 || f[0] != 0xD8 && f[0] != 0xD9 {
		return
	}
	switch f[:2] {
	case futureSin, "ي", "ت", "ن":
	default:
		return
	}
	if rest, ok := strings.CutPrefix(f, futureSin); ok && runeCount(rest) >= 4 &&
		(strings.HasPrefix(rest, "ي") || strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ن")) {
		f = rest
	}
	n := runeCount(f)
	if n < 4 {
		return
	}
	var s string
	var restore, ok bool
	if s, ok = strings.CutPrefix(f, "ي"); !ok {
		s, ok = strings.CutPrefix(f, "ت")
	}
	if ok {
		restore = n-1 >= 4
	} else if s, ok = strings.CutPrefix(f, "ن"); !ok || n < 5 {
		return // ن only before stems of four letters: نساء is not ن+ساء
	}
	m.add(s, true)
	if restore {
		m.add(m.join(alef, s), true)
	}
}

// build fills m.forms with the candidate forms of k in priority order (see the comment at the top
// of this file).
func (m *matcher) build(k string) []form {
	m.forms, m.arena, m.bases = m.forms[:0], m.arena[:0], 0
	if cap(m.arena) == 0 {
		m.arena = make([]byte, 0, 1024)
	}
	if k == "" {
		return nil
	}
	m.add(k, false)
	m.clitics(k)
	bases := len(m.forms) // k and its clitic-free forms
	m.bases = bases
	for i := 0; i < bases; i++ {
		m.suffixed(m.forms[i].s)
	}
	plain := len(m.forms)
	for i := 0; i < plain; i++ {
		m.verbal(m.forms[i].s)
	}
	return m.forms
}

// walk calls fn on the candidate forms of k in priority order until fn returns true.
func (m *matcher) walk(k string, fn formFunc) bool {
	for _, f := range m.build(k) {
		if fn(f.s, f.verb) {
			return true
		}
	}
	return false
}

// lookup finds the one-word entry of a key.
func (l *Lexicon) lookup(m *matcher, k string) *entry {
	var found *entry
	m.walk(k, func(f string, verb bool) bool {
		e := l.single[f]
		if e == nil || verb && !e.verb {
			return false
		}
		found = e
		return true
	})
	return found
}
