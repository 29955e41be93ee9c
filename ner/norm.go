package ner

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"marsad/cluster"
)

// The tagger's word analysis is frozen here, private to the package, so that a committed model
// keeps its meaning when the shared arabic package changes its rules.

// key is the normalised form of a word (see cluster.Key).
func key(w string) string { return cluster.Key(w) }

// stripPrefix removes a leading conjunction (و ف) and then a preposition (ب ل ك) from a
// normalised word, keeping at least three letters, and returns the proclitics and the rest. The
// article ال is not removed here (see stem).
func stripPrefix(k string) (pre, rest string) {
	rest = k
	if n := utf8.RuneCountInString(rest); n >= 4 && (strings.HasPrefix(rest, "و") || strings.HasPrefix(rest, "ف")) {
		rest = rest[len("و"):]
	}
	if n := utf8.RuneCountInString(rest); n >= 4 {
		switch {
		case strings.HasPrefix(rest, "لل"):
			// ل + ال with the alef dropped: "للرياض" = ل + الرياض
			return k[:len(k)-len(rest)] + "ل", "ا" + rest[len("ل"):]
		case strings.HasPrefix(rest, "بال"), strings.HasPrefix(rest, "كال"):
			rest = rest[len("ب"):]
		case (strings.HasPrefix(rest, "ب") || strings.HasPrefix(rest, "ل") || strings.HasPrefix(rest, "ك")) && n >= 5:
			rest = rest[len("ب"):]
		}
	}
	return k[:len(k)-len(rest)], rest
}

// Single-letter ه is left alone: after normalisation it is also the ta marbuta.
var suffixes = []string{"هما", "كما", "هم", "هن", "كم", "نا", "ها"}

// stem strips proclitics, the article ال and one pronoun suffix from a normalised word, keeping
// at least two letters.
func stem(k string) (pre, st, suf string) {
	pre, st = stripPrefix(k)
	if utf8.RuneCountInString(st) >= 4 && strings.HasPrefix(st, "ال") {
		pre += "ال"
		st = st[len("ال"):]
	}
	if utf8.RuneCountInString(st) >= 5 {
		for _, s := range suffixes {
			if strings.HasSuffix(st, s) && utf8.RuneCountInString(st)-utf8.RuneCountInString(s) >= 3 {
				return pre, st[:len(st)-len(s)], s
			}
		}
	}
	return pre, st, ""
}

// Shape classes.
const (
	shapeArabic = iota + 1
	shapeDigits
	shapeArabicDigits
	shapeLatin
	shapeLatinCap
	shapePunct
	shapeMixed
	shapeOther
)

func shape(w string) int {
	var ar, dig, lat, up, pun, oth int
	for _, r := range w {
		switch {
		case r >= 0x0600 && r <= 0x06FF && !(r >= 0x0660 && r <= 0x0669) && !unicode.IsPunct(r):
			ar++
		case unicode.IsDigit(r):
			dig++
		case r < 0x250 && unicode.IsLetter(r):
			lat++
			if unicode.IsUpper(r) {
				up++
			}
		case unicode.IsPunct(r) || unicode.IsSymbol(r):
			pun++
		default:
			oth++
		}
	}
	switch {
	case ar > 0 && dig == 0 && lat == 0 && pun == 0:
		return shapeArabic
	case dig > 0 && ar == 0 && lat == 0:
		return shapeDigits
	case ar > 0 && dig > 0:
		return shapeArabicDigits
	case lat > 0 && ar == 0 && up > 0:
		return shapeLatinCap
	case lat > 0 && ar == 0:
		return shapeLatin
	case pun > 0 && ar == 0 && dig == 0 && lat == 0:
		return shapePunct
	case ar > 0:
		return shapeMixed
	}
	return shapeOther
}
