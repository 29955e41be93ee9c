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

// clitics adds the forms of k without proclitics, longest prefix first.
func (m *matcher) clitics(k string) {
	if !cliticStart(k) {
		return
	}
	n := runeCount(k)
	for _, p := range proclitics {
		if !strings.HasPrefix(k, p) {
			continue
		}
		min := 3
		if strings.HasSuffix(p, article) || strings.HasSuffix(p, "لل") {
			min = 2
		}
		if n-len(p)/2 >= min { // affixes are Arabic letters, two bytes each
			m.add(k[len(p):], false)
		}
	}
}

// suffixed adds the forms of b with one ending (or a pronoun plus an ending) cut.
func (m *matcher) suffixed(b string) {
	if hasArticle(b) {
		return
	}
	n := runeCount(b)
	for _, p := range pronouns {
		if !strings.HasSuffix(b, p) || n-len(p)/2 < 3 {
			continue
		}
		s := b[:len(b)-len(p)]
		m.add(s, false)
		if p == "ي" || p == "ك" || p == "ني" {
			continue
		}
		// حكومته → حكومة, ولقائه → لقاء.
		if strings.HasSuffix(s, taa) && n-len(p)/2 >= 4 {
			m.add(m.join(s[:len(s)-len(taa)], haa), false)
		}
		if strings.HasSuffix(s, "اي") || strings.HasSuffix(s, "او") {
			m.add(m.join(s[:len(s)-len("ي")], hamza), false)
		}
		m.endings(s)
	}
	m.endings(b)
}

func (m *matcher) endings(b string) {
	n := runeCount(b)
	for _, e := range endings {
		if !strings.HasSuffix(b, e) || n-len(e)/2 < 3 {
			continue
		}
		s := b[:len(b)-len(e)]
		if e == alef && !tanwinBase(s) || e == "و" && n < 5 {
			continue
		}
		m.add(s, false)
		if e == "ات" {
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
