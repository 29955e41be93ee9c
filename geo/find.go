package geo

import (
	"strings"
	"unicode"
)

// token is the part of a token that geo needs; Find converts the tokenizer's tokens to it.
type token struct {
	Text       string
	Start, End int
	Word       bool // an Arabic word (not punctuation, number or Latin)
}

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

	common    []bool // per candidate: matched through a name that is also a common word
	place     []bool // per candidate: matched through a name the news uses mostly as a place
	listed    bool   // coordinated with another place (أربيل وكركوك): as good as a locative
	allCommon bool   // every reading is a common word
	key       string // key(Text)
	demonym   string // ISO3 of a demonym right before or after the name (العاصمة الأردنية عمان)
	vocal     string // the name as written, when it carries diacritics
}

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

func isWordToken(t token) bool {
	if !t.Word {
		return false
	}
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// find is Find over geo's own token type.
func (g *Gazetteer) find(toks []token) (out []Mention) {
	keys := make([]string, len(toks))
	for i, t := range toks {
		if isWordToken(t) {
			keys[i] = key(t.Text)
		}
	}
	defer func() {
		// Drop the mentions whose readings are all common words, with nothing that makes the
		// word a place: no cue, no demonym, no place it is listed with.
		kept := out[:0]
		for _, m := range out {
			if !m.allCommon || m.Cue != "" || m.demonym != "" || m.listed {
				kept = append(kept, m)
			}
		}
		out = kept
	}()
	for i := 0; i < len(toks); {
		if keys[i] == "" {
			i++
			continue
		}
		bestN, bestP := 0, proclitic{}
		var bestRefs []ref
		for _, p := range clitics(keys[i]) {
			first := p.apply(keys[i])
			maxN := g.maxWords[first]
			if maxN == 0 {
				continue
			}
			for n := min(maxN, wordRun(keys, i)); n > bestN; n-- {
				phrase := first
				if n > 1 {
					phrase = first + " " + strings.Join(keys[i+1:i+n], " ")
				}
				if refs := g.index[phrase]; len(refs) > 0 {
					bestN, bestP, bestRefs = n, p, refs
					break
				}
			}
		}
		if bestN == 0 {
			i++
			continue
		}
		m := g.mention(toks, keys, i, bestN, bestP, bestRefs)
		if m != nil {
			if k := len(out) - 1; k >= 0 && coordinated(toks, keys, out[k], *m, bestP) {
				out[k].listed, m.listed = true, true
				if m.Cue == "" {
					m.Cue = out[k].Cue
				}
			}
			out = append(out, *m)
			i += bestN
			continue
		}
		i++
	}
	return out
}

// coordinated reports whether mention b follows mention a as "a وb", "a و b" or "a، b".
func coordinated(toks []token, keys []string, a, b Mention, p proclitic) bool {
	switch b.TokStart - a.TokEnd {
	case 0:
		return p.strip > 0 && strings.HasPrefix(keys[b.TokStart], "و")
	case 1:
		t := toks[a.TokEnd].Text
		return keys[a.TokEnd] == "و" || t == "،" || t == ","
	}
	return false
}

// wordRun is the number of consecutive word tokens from i.
func wordRun(keys []string, i int) int {
	n := 0
	for i+n < len(keys) && keys[i+n] != "" {
		n++
	}
	return n
}

func (g *Gazetteer) mention(toks []token, keys []string, i, n int, p proclitic, refs []ref) *Mention {
	m := &Mention{TokStart: i, TokEnd: i + n}
	skip := rawSkip(toks[i].Text, p.strip)
	m.Start = toks[i].Start + skip
	m.End = toks[i+n-1].End
	var sb strings.Builder
	sb.WriteString(string([]rune(toks[i].Text)[skip:]))
	for j := i + 1; j < i+n; j++ {
		sb.WriteString(strings.Repeat(" ", max(1, toks[j].Start-toks[j-1].End)))
		sb.WriteString(toks[j].Text)
	}
	m.Text = sb.String()
	m.key = key(m.Text)
	if hasTanween(m.Text) {
		return nil // a noun with nunation (بيرًا) is not a place name
	}
	if n == 1 && hasMarks(m.Text) {
		m.vocal = m.Text
	}
	// Cue: a type word before the name (possibly with a demonym between: العاصمة الأردنية عمان),
	// a locative preposition, or the ب/ل prefix of the name itself.
	m.Cue = cueAt(keys, i-1)
	if m.Cue == "" && i >= 2 && keys[i-1] != "" {
		// العاصمة الأردنية عمان: a demonym between the cue and the name.
		if c := g.demonymOf(keys[i-1]); c != "" {
			if m.Cue = cueAt(keys, i-2); m.Cue != "" {
				m.demonym = c
			}
		}
	}
	if m.Cue == "" && i >= 1 && keys[i-1] != "" {
		for _, cp := range clitics(keys[i-1]) {
			if l, ok := locatives[cp.apply(keys[i-1])]; ok {
				m.Cue = l
				break
			}
		}
	}
	if m.Cue == "" && p.strip > 0 && strings.ContainsRune(string([]rune(keys[i])[:p.strip]), 'ب') {
		m.Cue = "ب"
	}
	if k := i + n; m.demonym == "" && k < len(keys) && keys[k] != "" {
		m.demonym = g.demonymOf(keys[k]) // طرابلس اللبنانية
	}
	allCommon := true
	for _, r := range refs {
		m.Candidates = append(m.Candidates, g.entries[r.entry])
		m.common = append(m.common, r.common)
		m.place = append(m.place, r.place)
		if !r.common {
			allCommon = false
		}
	}
	m.allCommon = allCommon
	return m
}

// cueAt returns the cue word at token j (with its proclitics: بمدينة، ومحافظة), or "".
func cueAt(keys []string, j int) string {
	if j < 0 || keys[j] == "" {
		return ""
	}
	for _, cp := range clitics(keys[j]) {
		if c, ok := cueWords[cp.apply(keys[j])]; ok {
			return c
		}
	}
	if j >= 1 && keys[j-1] != "" {
		if c, ok := cueWords[keys[j-1]+" "+keys[j]]; ok { // شبه جزيرة
			return c
		}
	}
	return ""
}

// hasTanween reports whether s carries nunation (ً ٌ ٍ), which proper place names do not take.
func hasTanween(s string) bool {
	return strings.ContainsAny(s, "\u064B\u064C\u064D")
}
