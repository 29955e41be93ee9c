package tone

import (
	"strings"
)

// negators are the Search keys of the words that flip the polarity of what follows. A leading و
// or ف (and ب/ل before عدم) is taken off before the look-up: ولم, فلا, بعدم, لعدم.
var negators = map[string]bool{
	"لا": true, "لم": true, "لن": true,
	"ليس": true, "ليست": true, "ليسوا": true, "لست": true, "لسنا": true, "ليسا": true, "ليستا": true,
	"غير": true, "بغير": true, "عدم": true, "دون": true, "بدون": true, "بلا": true,
}

// maxNegator is the length in letters of the longest negator with the prefixes isNegator takes
// off (وليستا, وبعدم).
const maxNegator = 6

// notNegating are words that make a negator part of a fixed expression that negates nothing:
// لا يزال / ما زال (still), لا سيما (especially), لا بد (must), لا شك / لا ريب (no doubt).
var notNegating = map[string]bool{
	"يزال": true, "تزال": true, "زال": true, "زالت": true, "يزالون": true, "تزالان": true, "يزالان": true,
	"نزال": true, "سيما": true, "بد": true, "شك": true, "ريب": true, "مراء": true,
}

// functionWords are the Search keys of prepositions, particles and quantifiers that do not count
// towards Window: "لم تسفر المحادثات عن أي تقدم" reaches تقدم.
var functionWords = map[string]bool{
	"في": true, "من": true, "الي": true, "علي": true, "عن": true, "مع": true, "اي": true, "ايه": true,
	"ثمه": true, "هناك": true, "قد": true, "ان": true, "انه": true, "كل": true, "او": true, "ما": true,
	"التي": true, "الذي": true, "الذين": true, "حتي": true, "بين": true, "عند": true, "لدي": true,
	"هذا": true, "هذه": true, "ذلك": true, "تلك": true, "اجل": true, "يتم": true, "تم": true,
}

// concessives open a clause that is backgrounded: "أشاد بأداء اللاعبين رغم الخسارة" is praise.
// The first polar word within Window after one counts ConcessiveFactor of its score.
var concessives = map[string]bool{"رغم": true, "برغم": true, "بالرغم": true, "الرغم": true, "رغما": true}

func isConcessive(key string) bool {
	if concessives[key] {
		return true
	}
	rest, ok := strings.CutPrefix(key, "و")
	return ok && concessives[rest]
}

func isNegator(key string) bool {
	if len(key) > 2*maxNegator {
		return false // longer than any negator with its prefixes
	}
	if negators[key] {
		return true
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(key, p); ok && negators[rest] {
			return true
		}
	}
	for _, p := range []string{"وب", "ول", "فب", "فل", "ب", "ل"} {
		if rest, ok := strings.CutPrefix(key, p); ok && rest == "عدم" {
			return true
		}
	}
	return false
}

// notNegation reports whether the negator at word position k opens a fixed expression.
func notNegation(sc *scratch, k int) bool {
	if k+1 >= len(sc.ws) {
		return true // nothing follows
	}
	return sc.ws[k+1].flags&fNotNegating != 0
}

// isBarrier reports whether a punctuation token ends the reach of negators, intensifiers and
// rise/fall words: sentence and clause punctuation and brackets, but not quotation marks.
func isBarrier(p string) bool {
	for _, r := range p {
		switch r {
		case '.', '،', ',', '؛', ';', ':', '!', '?', '؟', '…', '(', ')', '[', ']', '{', '}',
			'-', '–', '—', '/', '|', '\n':
			return true
		}
	}
	return false
}
