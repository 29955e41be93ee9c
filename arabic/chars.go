package arabic

import (
	"unicode"
	"unicode/utf8"
)

// isArabicLetter reports whether r is a letter of the Arabic script (including the Persian/Urdu
// extensions and the presentation forms).
func isArabicLetter(r rune) bool {
	switch {
	case r >= 0x0620 && r <= 0x063F, r >= 0x0641 && r <= 0x064A:
		return true
	case r < 0x0620:
		return false
	case r <= 0x06FF:
		return r == 0x066E || r == 0x066F || r >= 0x0671 && r <= 0x06D3 || r == 0x06D5 ||
			r == 0x06EE || r == 0x06EF || r >= 0x06FA && r <= 0x06FC || r == 0x06FF
	case r >= 0x0750 && r <= 0x077F, r >= 0x08A0 && r <= 0x08C9:
		return true
	case r >= 0xFB50 && r <= 0xFDFF:
		return r != 0xFD3E && r != 0xFD3F && unicode.IsLetter(r)
	case r >= 0xFE70 && r <= 0xFEFC:
		return true
	}
	return false
}

// isArabicMark reports whether r is an Arabic diacritic, Quranic mark or the tatweel: characters
// that live inside an Arabic word.
func isArabicMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 || r >= 0x06D6 && r <= 0x06ED && r != 0x06DD && r != 0x06DE ||
		r >= 0x0610 && r <= 0x061A || r >= 0x08CA && r <= 0x08FF
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit, or -1.
func digitValue(r rune) int {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0')
	case r >= 0x0660 && r <= 0x0669:
		return int(r - 0x0660)
	case r >= 0x06F0 && r <= 0x06F9:
		return int(r - 0x06F0)
	}
	return -1
}

func isDigit(r rune) bool { return digitValue(r) >= 0 }

// isSpaceLike reports whether r separates tokens: white space, controls and invisible format
// characters.
func isSpaceLike(r rune) bool {
	if r <= ' ' {
		return true
	}
	if r < 0x80 {
		return r == 0x7F
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cc, r) || isFormat(r) || r == 0x2028 || r == 0x2029
}

// isNewline reports whether r ends a line.
func isNewline(r rune) bool {
	return r == '\n' || r == '\r' || r == 0x2028 || r == 0x2029 || r == 0x85 || r == '\v' || r == '\f'
}

// isPercent reports the percent and per-mille signs, which Unicode files under punctuation but
// Marsad treats as symbols.
func isPercent(r rune) bool {
	return r == '%' || r == 0x066A || r == 0x2030 || r == 0x0609 || r == 0x060A || r == 0xFE6A || r == 0xFF05
}

// decodeRune is utf8.DecodeRuneInString with an inlined fast path for the one- and two-byte
// sequences that make up nearly all Arabic text.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) {
		if c2 := s[i+1]; c2&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c2&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
