package geo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/arabic"
)

// Mention is a place name found in a sentence.
type Mention struct {
	TokStart, TokEnd int    // token range [TokStart, TokEnd) in the sentence
	Start, End       int    // code-point span in the original text, proclitics (ب، و، لل …) excluded
	Text             string // the words of the text covered by Start..End
	Candidates       []Entry
	// Cue is the locative or type cue before the name: a type word (مدينة، محافظة، ولاية، إقليم،
	// منطقة، قطاع، العاصمة، سلطنة …) when there is one, else the locative preposition or
	// direction word (في، إلى، من، قرب، شمال …), or "ب" for the prefix of بالرياض.
	Cue string

	// refs are the index's links from the name to the candidates, in order: the entry, and
	// whether the name is a common word or one the news uses mostly as a place.
	refs      []ref
	listed    bool   // coordinated with another place (أربيل وكركوك): as good as a locative
	allCommon bool   // every reading is a common word
	key       string // key(Text)
	demonym   string // ISO3 of a demonym right before or after the name (العاصمة الأردنية عمان)
	vocal     string // the name as written, when it carries diacritics
	dateline  bool   // first in its sentence and followed by a dash, a number or a bracket ("عمان 14 شباط (بترا)-")
}

// datelineMarks follow the place that opens an agency dateline.
var datelineMarks = map[string]bool{"-": true, "–": true, "—": true, "ـ": true, "(": true, "/": true}

// cueWords maps the folded cue words to the form reported in Mention.Cue.
var cueWords = map[string]string{}

func init() {
	for _, w := range []string{"مدينة", "محافظة", "ولاية", "إقليم", "منطقة", "قطاع", "العاصمة", "عاصمة",
		"سلطنة", "مملكة", "المملكة", "دولة", "جمهورية", "إمارة", "بلدة", "قرية", "حي", "مخيم", "مقاطعة",
		"قضاء", "ناحية", "جزيرة", "شبه جزيرة", "مدن", "محافظات", "ولايات", "مناطق", "بلدات", "قرى", "عاصمتها"} {
		cueWords[key(w)] = w
	}
}

// cueClass returns the kinds of entry a cue points to.
func cueClass(cue string) string {
	switch cue {
	case "مدينة", "مدن":
		return "city"
	case "بلدة", "قرية", "حي", "مخيم", "بلدات", "قرى", "ناحية":
		return "town"
	case "محافظة", "ولاية", "منطقة", "مقاطعة", "قضاء", "محافظات", "ولايات", "مناطق":
		return "admin"
	case "إقليم", "جزيرة", "شبه جزيرة":
		return "region"
	case "قطاع":
		return "strip"
	case "العاصمة", "عاصمة", "عاصمتها":
		return "capital"
	case "سلطنة", "مملكة", "المملكة", "دولة", "جمهورية":
		return "country"
	case "إمارة":
		return "emirate"
	}
	return ""
}

// locatives are the prepositions and direction words that put a place after them, by key; the
// value is the form reported as Mention.Cue.
var locatives = map[string]string{}

func init() {
	for _, w := range []string{"في", "من", "إلى", "داخل", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب",
		"شمالي", "جنوبي", "شرقي", "غربي", "وسط", "حتى", "نحو", "عبر", "أنحاء"} {
		locatives[key(w)] = w
	}
}

// isWordToken reports whether a token can be part of a place name: an Arabic word (not
// punctuation, a number or Latin) with a letter in it.
func isWordToken(t *arabic.Token) bool {
	if t.Kind != arabic.Word {
		return false
	}
	for _, r := range t.Text {
		// The letters of the Arabic alphabet, tested first: unicode.IsLetter searches tables.
		if r >= 0x0621 && r <= 0x063A || r >= 0x0641 && r <= 0x064A || unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// find appends the mentions of a sentence, whose words s holds (indexSentence), to dst.
// Candidates are filled only when withCandidates: Resolve reads the entries through m.refs.
func (g *Gazetteer) find(dst []Mention, toks []arabic.Token, s *sentenceIndex, withCandidates bool) []Mention {
	keys, words := s.keys, s.words
	from, out := len(dst), dst
	for i := 0; i < len(toks); {
		// The longest name that starts at word i, over the readings of its proclitics in
		// order: a later reading wins only with a longer name.
		bestN, bestP := 0, proclitic{}
		var bestRefs []ref
		for _, st := range words[i].starts {
			node, p := st.node, st.proclitic()
			if st.named && bestN < 1 {
				bestN, bestP, bestRefs = 1, p, g.trie.refs[node]
			}
			if !st.more {
				continue // no name of more words starts with this one
			}
			// The name goes on with the next words, as they are.
			for j := i + 1; j < len(words) && keys[j] != "" && words[j].id >= 0; j++ {
				if node = g.trie.child(node, words[j].id); node < 0 {
					break
				}
				if n := j - i + 1; n > bestN && len(g.trie.refs[node]) > 0 {
					bestN, bestP, bestRefs = n, p, g.trie.refs[node]
				}
			}
		}
		if bestN == 0 {
			i++
			continue
		}
		if m, ok := g.mention(toks, s, i, bestN, bestP, bestRefs, withCandidates); ok {
			if k := len(out) - 1; k >= from && coordinated(toks, keys, &out[k], &m, bestP) {
				out[k].listed, m.listed = true, true
				if m.Cue == "" {
					m.Cue = out[k].Cue
				}
			}
			out = append(out, m)
			i += bestN
			continue
		}
		i++
	}
	// Drop the mentions whose readings are all common words, with nothing that makes the word
	// a place: no cue, no demonym, no place it is listed with.
	// (nor a common word in the construct state: "قرب ميدان التحرير" is Tahrir Square, not Medan)
	kept := out[:from]
	for _, m := range out[from:] {
		if !m.allCommon || (m.Cue != "" || m.demonym != "" || m.listed) && !constructNoun(&m, keys, words) {
			kept = append(kept, m)
		}
	}
	return kept
}

// constructNoun reports a mention of one word with no article, no word of a kind of place
// before it and a definite word after it that is no nationality: a common noun in the construct
// state, whatever preposition stands before it ("قرب ميدان التحرير", "بميدان التحرير"), while
// "مدينة سروج الحدودية" stays Suruç.
func constructNoun(m *Mention, keys []string, words []word) bool {
	if m.TokEnd-m.TokStart != 1 || strings.HasPrefix(m.key, "ال") || cueWords[key(m.Cue)] != "" || m.TokEnd >= len(keys) {
		return false
	}
	k := keys[m.TokEnd]
	if !strings.HasPrefix(k, "ال") || len([]rune(k)) < 4 || words[m.TokEnd].dem != "" {
		return false
	}
	switch k {
	case "الذي", "التي", "الذين", "اللذين", "اللتين":
		return false
	}
	return true
}

// coordinated reports whether mention b follows mention a as "a وb", "a و b" or "a، b".
func coordinated(toks []arabic.Token, keys []string, a, b *Mention, p proclitic) bool {
	switch b.TokStart - a.TokEnd {
	case 0:
		return p.strip > 0 && strings.HasPrefix(keys[b.TokStart], "و")
	case 1:
		t := toks[a.TokEnd].Text
		return keys[a.TokEnd] == "و" || t == "،" || t == ","
	}
	return false
}

func (g *Gazetteer) mention(toks []arabic.Token, s *sentenceIndex, i, n int, p proclitic, refs []ref, withCandidates bool) (m Mention, ok bool) {
	keys := s.keys
	m = Mention{TokStart: i, TokEnd: i + n}
	skip := rawSkip(toks[i].Text, p.strip)
	m.Start = toks[i].Start + skip
	m.End = toks[i+n-1].End
	if first := toks[i].Text; utf8.ValidString(first) {
		m.Text = first[runeOffset(first, skip):]
	} else {
		m.Text = string([]rune(first)[skip:]) // invalid bytes come out as U+FFFD
	}
	if n > 1 {
		var sb strings.Builder
		sb.WriteString(m.Text)
		for j := i + 1; j < i+n; j++ {
			sb.WriteString(strings.Repeat(" ", max(1, toks[j].Start-toks[j-1].End)))
			sb.WriteString(toks[j].Text)
		}
		m.Text = sb.String()
	}
	if p.strip == 0 && n == 1 {
		m.key = keys[i] // key(m.Text), already made
	} else {
		m.key = key(m.Text)
	}
	if hasTanween(m.Text) {
		return Mention{}, false // a noun with nunation (بيرًا) is not a place name
	}
	if n == 1 && hasMarks(m.Text) {
		m.vocal = m.Text
	}
	// Cue: a type word before the name (possibly with a demonym between: العاصمة الأردنية عمان),
	// a locative preposition, or the ب/ل prefix of the name itself.
	m.Cue = cueAt(keys, i-1, &s.buf)
	if m.Cue == "" && i >= 2 && keys[i-1] != "" {
		// العاصمة الأردنية عمان: a demonym between the cue and the name.
		if c := s.words[i-1].dem; c != "" { // demonymOf(keys[i-1])
			if m.Cue = cueAt(keys, i-2, &s.buf); m.Cue != "" {
				m.demonym = c
			}
		}
	}
	if m.Cue == "" && i >= 1 && keys[i-1] != "" {
		m.Cue = readingIn(locatives, keys[i-1], &s.buf)
	}
	// The proclitic letters are two bytes each (readings).
	if m.Cue == "" && p.strip > 0 && strings.ContainsRune(keys[i][:2*p.strip], 'ب') {
		m.Cue = "ب"
	}
	if k := i + n; m.demonym == "" && k < len(keys) && keys[k] != "" {
		m.demonym = s.words[k].dem // طرابلس اللبنانية
	}
	if k := i + n; i == 0 && k < len(toks) && (toks[k].Kind == arabic.Number || datelineMarks[toks[k].Text]) {
		m.dateline = true
	}
	allCommon := true
	if withCandidates {
		m.Candidates = make([]Entry, 0, len(refs))
	}
	m.refs = refs // shared with the index, never written
	for _, r := range refs {
		if withCandidates {
			m.Candidates = append(m.Candidates, g.entries[r.entry])
		}
		if !r.common {
			allCommon = false
		}
	}
	m.allCommon = allCommon
	return m, true
}

// cueAt returns the cue word at token j (with its proclitics: بمدينة، ومحافظة), or "". buf is
// scratch space.
func cueAt(keys []string, j int, buf *[]byte) string {
	if j < 0 || keys[j] == "" {
		return ""
	}
	if c := readingIn(cueWords, keys[j], buf); c != "" {
		return c
	}
	if j >= 1 && keys[j-1] != "" {
		*buf = append(append(append((*buf)[:0], keys[j-1]...), ' '), keys[j]...)
		if c, ok := cueWords[string(*buf)]; ok { // شبه جزيرة
			return c
		}
	}
	return ""
}

// readingIn returns the value in m of the first reading of the proclitics of k (clitics) that
// m holds, or "". buf is scratch space for readings that add a letter.
func readingIn(m map[string]string, k string, buf *[]byte) string {
	var rb [maxReadings]proclitic
	for _, p := range readings(k, &rb) {
		var v string
		var ok bool
		if p.add == "" {
			v, ok = m[k[2*p.strip:]]
		} else {
			*buf = append(append((*buf)[:0], p.add...), k[2*p.strip:]...)
			v, ok = m[string(*buf)]
		}
		if ok {
			return v
		}
	}
	return ""
}

// runeOffset returns the byte offset of code point n of s (len(s) past the end).
func runeOffset(s string, n int) int {
	for b := range s {
		if n == 0 {
			return b
		}
		n--
	}
	return len(s)
}

// hasTanween reports whether s carries nunation (ً ٌ ٍ), which proper place names do not take.
func hasTanween(s string) bool {
	return strings.ContainsAny(s, "\u064B\u064C\u064D")
}
