package geo

import (
	"strings"
	"unicode"

	"marsad/arabic"
)

// key folds a word or phrase to the form the gazetteer is indexed by: arabic.Key (NFKC,
// tashkeel and tatweel removed, alef forms → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian letters
// folded, Latin lower-cased), then the letters of other Arabic-script languages that arabic.Key
// keeps (ڤ پ گ چ ژ) folded too, and runs of spaces and dashes collapsed to one space.
//
// It is the single normaliser of the package: the compiled gazetteer stores raw names and the
// index is built with key at load time, so index and queries can never disagree.
func key(s string) string { return foldKey(arabic.Key(s)) }

// foldKey is the part of key after arabic.Key.
func foldKey(s string) string {
	if keyStable(s) {
		return s // nearly every word: nothing to fold, nothing to allocate
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if isMark(r) {
			continue
		}
		if r == ' ' || r == '-' || r == '_' || r == '\u00a0' || r == '\u200c' || r == '\u200f' || r == '\u200e' || unicode.IsSpace(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// isMark reports whether r is dropped by key: Arabic diacritics, Quranic marks and tatweel.
func isMark(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r == 0x0640,
		r >= 0x0610 && r <= 0x061A, r >= 0x06D6 && r <= 0x06ED:
		return true
	}
	return false
}

func foldRune(r rune) rune {
	switch r {
	case 'أ', 'إ', 'آ', 'ٱ', 'ٲ', 'ٳ':
		return 'ا'
	case 'ى', 'ئ', 'ی', 'ې', 'ۍ':
		return 'ي'
	case 'ة', 'ۀ', 'ھ', 'ە', 'ہ':
		return 'ه'
	case 'ؤ':
		return 'و'
	case 'ک', 'ڪ':
		return 'ك'
	case 'گ':
		return 'ك'
	case 'پ':
		return 'ب'
	case 'چ':
		return 'ج'
	case 'ژ':
		return 'ز'
	case 'ڤ', 'ۋ':
		return 'ف'
	}
	if r < 0x80 {
		return unicode.ToLower(r)
	}
	return r
}

// isArabicName reports whether s is written in Arabic letters only (plus spaces, dashes and
// diacritics): the test that separates real Arabic names from Latin left-overs in the sources.
func isArabicName(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '-' || r == '\u200c':
		case isMark(r):
		case r >= 0x0621 && r <= 0x064A, r >= 0x0671 && r <= 0x06D3:
			letters++
		default:
			return false
		}
	}
	return letters >= 2
}

// proclitic is one way of reading the start of a word as clitics: Strip letters of the key are
// removed and Add is put in their place (the ال that لل swallows: للرياض = ل + الرياض).
type proclitic struct {
	strip int
	add   string
}

// clitics returns the readings of a folded word as [و|ف]? [ب|ل|ك]? + rest, the whole word
// first, each rest at least two letters long.
func clitics(k string) []proclitic {
	out := make([]proclitic, 0, 6)
	out = append(out, proclitic{})
	rs := []rune(k)
	for i := 0; i <= 1 && i < len(rs); i++ {
		if i == 1 && rs[0] != 'و' && rs[0] != 'ف' {
			break
		}
		for _, second := range []bool{false, true} {
			n := i
			if second {
				if n >= len(rs) || (rs[n] != 'ب' && rs[n] != 'ل' && rs[n] != 'ك') {
					continue
				}
				n++
			}
			if n == 0 || len(rs)-n < 2 {
				continue
			}
			if second && rs[n-1] == 'ك' && !strings.HasPrefix(string(rs[n:]), "ال") {
				continue // ك (like) takes a place name only with ال: كالقاهرة, not كانجيا
			}
			out = append(out, proclitic{strip: n})
			if second && rs[n-1] == 'ل' && rs[n] == 'ل' {
				out = append(out, proclitic{strip: n, add: "ا"})
			}
		}
	}
	return out
}

// apply returns the folded word with the clitic reading applied.
func (p proclitic) apply(k string) string {
	if p.strip == 0 {
		return k
	}
	i := 0
	for n := range k {
		if i == p.strip {
			return p.add + k[n:]
		}
		i++
	}
	return p.add
}

// rawSkip returns how many code points of raw text cover the first n letters of its key, the
// diacritics that sit on the n-th letter included.
func rawSkip(raw string, n int) int {
	if n == 0 {
		return 0
	}
	count, letters := 0, 0
	for _, r := range raw {
		if letters == n && !isMark(r) {
			return count
		}
		count++
		if !isMark(r) {
			letters++
		}
	}
	return count
}

// stripAl removes a leading ال from a folded word, if what stays is at least two letters.
func stripAl(k string) (string, bool) {
	if strings.HasPrefix(k, "ال") && len([]rune(k)) >= 4 {
		return k[len("ال"):], true
	}
	return k, false
}
