package arabic

import (
	"strings"
	"sync"
	"unicode"
)

// Span is a half-open range [Start, End) of code points.
type Span struct{ Start, End int }

// Sentences returns the sentence spans of text, in code points into text, with surrounding white
// space trimmed. Empty sentences are dropped.
//
// A sentence ends at . ! ? ؟ … ؛ ۔ and at every line break, so a headline or a line without final
// punctuation is a sentence of its own. It does not end inside quotes or brackets — « » “ ” " "
// ( ) [ ] { } — unless a line break intervenes (an opening mark with no closing one on its line is
// ignored, and so is one whose closing mark is more than 500 characters away), nor at the dot of an abbreviation or initial (د. م. أ. ص. ج., J. Smith, U.S., Dr.,
// إلخ.), a number (3.5, ٣٫٥, 18.02.2025), a list number at the start of a line ("1. "), a URL or
// an e-mail address. Closing quotes, brackets and further marks after the final mark belong to
// the sentence ("؟!", ".»").
func Sentences(text string) []Span {
	// the code points, in a buffer reused across calls (no span refers to it)
	buf := runeBufs.Get().(*[]rune)
	defer runeBufs.Put(buf)
	rs := (*buf)[:0]
	for _, r := range text {
		rs = append(rs, r)
	}
	*buf = rs
	n := len(rs)
	out := make([]Span, 0, n/80+1)
	var stack []rune // the closing marks we wait for
	start := 0
	for i := 0; i < n; i++ {
		r := rs[i]
		if plainRune(r) {
			continue // most of a text: nothing below applies
		}
		switch {
		case isNewline(r):
			out = addSentence(out, rs, start, i)
			start = i + 1
			stack = stack[:0]
		case r == 'h' || r == 'H' || r == 'w' || r == 'W':
			if u := urlLen(rs[i:]); u > 0 && (i == 0 || !isLatinLetter(rs[i-1])) {
				i += u - 1
			}
		case r == '"':
			if len(stack) > 0 && stack[len(stack)-1] == '"' {
				stack = stack[:len(stack)-1]
			} else if closedOnLine(rs, i, '"', '"') {
				stack = append(stack, '"')
			}
		case closerOf(r) != 0:
			if c := closerOf(r); closedOnLine(rs, i, r, c) {
				stack = append(stack, c)
			}
		case isCloser(r):
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k] == r {
					stack = stack[:k]
					break
				}
			}
		case len(stack) == 0 && isTerminator(r):
			if !endsSentence(rs, start, i) {
				continue
			}
			j := i + 1
			for j < n && (isTerminator(rs[j]) || isCloser(rs[j]) && rs[j] != '"' ||
				rs[j] == '"' && (j+1 == n || !unicode.IsLetter(rs[j+1]))) {
				j++
			}
			out = addSentence(out, rs, start, j)
			start = j
			i = j - 1
		}
	}
	return addSentence(out, rs, start, n)
}

// runeBufs holds the code-point buffers of Sentences.
var runeBufs = sync.Pool{New: func() any { return new([]rune) }}

// plainRune reports a rune that no case of Sentences' scan applies to: an Arabic letter or
// mark, a space, a Latin letter other than h and w (which may start a URL), a digit.
func plainRune(r rune) bool {
	switch {
	case r >= 0x0621 && r <= 0x065F, r == ' ', r >= '0' && r <= '9':
		return true
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		return r != 'h' && r != 'H' && r != 'w' && r != 'W'
	}
	return false
}

// addSentence appends the trimmed span [start, end) if it holds anything.
func addSentence(out []Span, rs []rune, start, end int) []Span {
	for start < end && isSpaceLike(rs[start]) {
		start++
	}
	for end > start && isSpaceLike(rs[end-1]) {
		end--
	}
	if start < end {
		out = append(out, Span{start, end})
	}
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', 0x061F, 0x2026, 0x061B, 0x06D4, 0xFF01, 0xFF1F, 0x203C, 0x2047, 0x2048, 0x2049:
		return true
	}
	return false
}

// closerOf returns the closing mark of an opening quote or bracket, or 0.
func closerOf(r rune) rune {
	switch r {
	case '«':
		return '»'
	case '“', '„':
		return '”'
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	case '‹':
		return '›'
	case 0xFD3F: // ornate parenthesis as used in Arabic text: ﴿ … ﴾
		return 0xFD3E
	}
	return 0
}

func isCloser(r rune) bool {
	switch r {
	case '»', '”', ')', ']', '}', '›', 0xFD3E, '"':
		return true
	}
	return false
}

// closeScan bounds the look-ahead for a closing mark. A quotation longer than this (a whole
// speech in one pair of «») is split into its sentences like running text: one 2,000-character
// "sentence" would help no later stage.
const closeScan = 500

// closedOnLine reports whether the opening mark at rs[i] is closed before the end of its line.
func closedOnLine(rs []rune, i int, open, close rune) bool {
	depth := 0
	for j := i + 1; j < len(rs) && j-i < closeScan; j++ {
		switch r := rs[j]; {
		case isNewline(r):
			return false
		case r == close:
			if depth == 0 {
				return true
			}
			depth--
		case r == open:
			depth++
		}
	}
	return false
}

// urlLen returns the length in runes of a URL starting at rs[0], or 0.
func urlLen(rs []rune) int {
	if !(hasRunePrefixFold(rs, "http://") || hasRunePrefixFold(rs, "https://") || hasRunePrefixFold(rs, "www.")) {
		return 0
	}
	n := 0
	for n < len(rs) && !isSpaceLike(rs[n]) && !strings.ContainsRune("\"<>«»“”", rs[n]) {
		n++
	}
	for n > 0 && strings.ContainsRune(".,;:!?)]}'،؛؟…", rs[n-1]) {
		n--
	}
	return n
}

func hasRunePrefixFold(rs []rune, p string) bool {
	i := 0
	for _, c := range p {
		if i >= len(rs) || unicode.ToLower(rs[i]) != c {
			return false
		}
		i++
	}
	return true
}

// arabicAbbrev lists Arabic abbreviations after which a dot does not end a sentence (in Default
// normalisation, without the dot). Single letters are handled separately.
var arabicAbbrev = map[string]bool{
	"الخ": true, "ت": true, "ص.ب": true, "س.ت": true, "ج.م.ع": true,
}

// endsSentence reports whether the terminator at rs[i] ends the sentence that began at start.
func endsSentence(rs []rune, start, i int) bool {
	r := rs[i]
	var next rune = -1
	if i+1 < len(rs) {
		next = rs[i+1]
	}
	prev := rune(-1)
	if i > 0 {
		prev = rs[i-1]
	}
	if r == 0x2026 || r == '.' && next == '.' {
		// An ellipsis glued to the next word is a pause inside the sentence.
		j := i + 1
		for j < len(rs) && (rs[j] == '.' || rs[j] == 0x2026) {
			j++
		}
		return j == len(rs) || !unicode.IsLetter(rs[j]) && !isDigit(rs[j])
	}
	if r != '.' {
		// ! ? ؟ ؛ glued to a Latin letter or digit are part of a name or code (Yahoo!, a query).
		return !(next != -1 && (isLatinLetter(next) || isDigit(next)) && prev != -1 && (isLatinLetter(prev) || isDigit(prev)))
	}
	// The word before the dot: letters, marks and tatweel.
	w := i
	for w > start && (unicode.IsLetter(rs[w-1]) || isArabicMark(rs[w-1])) {
		w--
	}
	word := rs[w:i]
	if next != -1 && (unicode.IsLetter(next) || isDigit(next)) {
		switch {
		case isDigit(prev) && isDigit(next):
			return false // 3.5, 18.02.2025
		case isLatinLetter(next) || isDigit(next):
			return false // example.com, U.S., v1.2
		case isLatinLetter(prev):
			return false
		case len(word) >= 2 && !isAbbrev(rs, w, i):
			return true // a missing space after the dot: انتهى.وقال
		}
		return false
	}
	if len(word) > 0 {
		return !isAbbrev(rs, w, i)
	}
	// "1. " at the start of a line numbers a list item.
	if isDigit(prev) {
		k := start
		for k < i && isSpaceLike(rs[k]) {
			k++
		}
		allDigits := k < i
		for ; k < i; k++ {
			if !isDigit(rs[k]) {
				allDigits = false
				break
			}
		}
		if allDigits && i-start <= 4 {
			return false
		}
	}
	return true
}

// isAbbrev reports whether the word rs[w:i] before a dot is an abbreviation or an initial.
func isAbbrev(rs []rune, w, i int) bool {
	letters := 0
	for _, r := range rs[w:i] {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters == 1 && (i-w == 1 || !containsRune(rs[w:i], 0x0640)) {
		return true // د. م. أ. J.
	}
	word := string(rs[w:i])
	if isLatinLetter(rs[w]) {
		return latinAbbrev[strings.ToLower(word)]
	}
	// Arabic: the word itself, or the word with the dotted letters before it (ص.ب.).
	key := NormalizeString(word, Default)
	if arabicAbbrev[key] {
		return true
	}
	if w >= 2 && rs[w-1] == '.' {
		k := w - 2
		for k >= 0 && (unicode.IsLetter(rs[k]) || rs[k] == '.') {
			k--
		}
		return arabicAbbrev[NormalizeString(string(rs[k+1:i]), Default)]
	}
	return false
}

func containsRune(rs []rune, r rune) bool {
	for _, c := range rs {
		if c == r {
			return true
		}
	}
	return false
}
