package arabic

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// Kind is the class of a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota + 1 // an Arabic word, with any clitics, tashkeel and tatweel inside it
	Number                 // digits (ASCII, Arabic-Indic or Persian) with inner separators: 1,500 3.5 ٣٫٥ 18.02.2025
	Latin                  // a word in another script (English names, acronyms, U.S.), a URL or an e-mail address
	Punct                  // punctuation: . ، ؛ ؟ « » “ ” ( ) …
	Symbol                 // % ٪ $ + = emoji and everything else
)

var kindNames = [...]string{"", "word", "number", "latin", "punct", "symbol"}

// String returns "word", "number", "latin", "punct" or "symbol".
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return "unknown"
}

// Token is a token of a text.
type Token struct {
	Text       string // exact original slice
	Start, End int    // code points into the text passed to Tokenize (plus base for AppendTokens)
	Kind       Kind
	// Norm is the normalised form: Key(Text) for words and Latin tokens (so Latin is lower case),
	// ASCII digits for numbers (٣٫٥ → 3.5), Text itself for punctuation and symbols.
	Norm string
}

// IsQuoteMark reports whether a token's text is a quotation mark: " « » “ ” „ or '.
func IsQuoteMark(s string) bool {
	switch s {
	case "\"", "«", "»", "“", "”", "„", "'":
		return true
	}
	return false
}

// Tokenize splits text into tokens with code-point offsets into text. White space, control and
// invisible format characters between tokens are dropped.
func Tokenize(text string) []Token {
	return AppendTokens(nil, text, 0)
}

// AppendTokens is the allocation-friendly form of Tokenize for hot paths: it tokenizes text, adds
// base to every offset and appends the tokens to dst.
func AppendTokens(dst []Token, text string, base int) []Token {
	if len(dst) < cap(dst) {
		return appendTokens(dst, text, base, true) // the caller gave room: use it
	}
	// Tokenize into pooled scratch space, then grow dst once to the exact size: a slice grown
	// by doubling, or sized by a guess, allocates up to twice the bytes, and every byte
	// allocated is paid for again when the garbage collector marks.
	sp := tokenPool.Get().(*[]Token)
	toks := appendTokens((*sp)[:0], text, base, true)
	dst = append(dst, toks...)
	clear(toks) // drop the references to text before the scratch goes back to the pool
	*sp = toks[:0]
	tokenPool.Put(sp)
	return dst
}

var tokenPool = sync.Pool{New: func() any { s := make([]Token, 0, 256); return &s }}

// appendTokens is AppendTokens; fast selects the fast path for plain Arabic words (arabicWord),
// which the tests compare with the general path.
func appendTokens(dst []Token, text string, base int, fast bool) []Token {
	t := tokenizer{s: text, ri: base}
	for t.i < len(t.s) {
		if fast {
			switch c := t.s[t.i]; {
			case c == ' ':
				t.adv(1)
				continue
			case c >= 0xD8 && c <= 0xDB: // the Arabic block
				if tok, ok := t.arabicWord(); ok {
					dst = append(dst, tok)
					continue
				}
			}
		}
		r, size := t.peek()
		startB, startR := t.i, t.ri
		var kind Kind
		switch {
		case r < utf8.RuneSelf && asciiClass[r] == clSpace, r >= utf8.RuneSelf && isSpaceLike(r):
			t.adv(size)
			continue
		case isArabicLetter(r) || isArabicMark(r):
			kind = t.arabic()
		case isDigit(r):
			if n := t.emailAt(); n > 0 {
				t.advBytes(n)
				kind = Latin
				break
			}
			t.number()
			kind = Number
		case r < utf8.RuneSelf && asciiClass[r] == clLetter, r >= utf8.RuneSelf && unicode.IsLetter(r):
			kind = t.latin()
		case isPercent(r):
			t.adv(size)
			kind = Symbol
		case r < utf8.RuneSelf && asciiClass[r] == clPunct, r >= utf8.RuneSelf && unicode.IsPunct(r):
			t.adv(size)
			if r == '.' {
				for t.i < len(t.s) && t.s[t.i] == '.' {
					t.adv(1)
				}
			}
			kind = Punct
		default:
			t.adv(size)
			t.symbolTail()
			kind = Symbol
		}
		tok := Token{Text: t.s[startB:t.i], Start: startR, End: t.ri, Kind: kind}
		switch kind {
		case Word, Latin:
			tok.Norm = Key(tok.Text)
		case Number:
			tok.Norm = NormalizeString(tok.Text, Digits)
		default:
			tok.Norm = tok.Text
		}
		dst = append(dst, tok)
	}
	return dst
}

const (
	clOther = iota
	clSpace
	clLetter
	clDigit
	clPunct
)

var asciiClass = func() (c [utf8.RuneSelf]uint8) {
	for r := 0; r < utf8.RuneSelf; r++ {
		switch {
		case r <= ' ' || r == 0x7F:
			c[r] = clSpace
		case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
			c[r] = clLetter
		case '0' <= r && r <= '9':
			c[r] = clDigit
		case unicode.IsPunct(rune(r)):
			c[r] = clPunct
		}
	}
	return c
}()

type tokenizer struct {
	s  string
	i  int // byte offset
	ri int // rune offset (plus base)
	// norms holds the Norm of the words arabicWord folds, for the whole text: one allocation
	// instead of one a word. A Norm is a string over its own bytes of the buffer, which are
	// never written again (a full buffer is replaced, not grown in place).
	norms []byte
}

// arabicWord is the fast path of the tokenizer for the common case: an Arabic word made only
// of letters and marks of the Arabic block U+0600–U+06FF (two bytes each), followed by white
// space, ASCII punctuation or the end, or by Arabic punctuation (، ؛ ؟). It tokenizes the word
// and folds its Norm (Key) in the same pass, straight from the Search table. Anything else — a
// number after an article, a joiner, presentation forms, other Arabic blocks, marks that NFKC
// composes, a run of marks without a letter — reports false and is left to the general path,
// which handles it exactly as before.
func (t *tokenizer) arabicWord() (Token, bool) {
	s, start := t.s, t.i
	i, letters, changed := start, 0, false
scan:
	for i+1 < len(s) {
		c, c2 := s[i], s[i+1]
		if c < 0xD8 || c > 0xDB || c2&0xC0 != 0x80 {
			break
		}
		cl := blockClass[int(c&0x03)<<6|int(c2&0x3F)]
		switch cl &^ blockFolds {
		case blockOther:
			break scan
		case blockSlow:
			return Token{}, false
		case blockLetter:
			letters++
		}
		changed = changed || cl&blockFolds != 0
		i += 2
	}
	if letters == 0 {
		return Token{}, false
	}
	// What ends the word must end it on the general path too: a character that is neither an
	// Arabic letter, mark, joiner nor digit.
	if i < len(s) {
		c := s[i]
		switch {
		case c < utf8.RuneSelf:
			if '0' <= c && c <= '9' {
				return Token{}, false
			}
		case c >= 0xD8 && c <= 0xDB:
			// A rune of the block the loop stopped at is of class blockOther: punctuation.
			if i+1 >= len(s) || s[i+1]&0xC0 != 0x80 {
				return Token{}, false // invalid UTF-8
			}
		default:
			return Token{}, false
		}
	}
	text := s[start:i]
	tok := Token{Text: text, Start: t.ri, End: t.ri + (i-start)/2, Kind: Word, Norm: text}
	if changed {
		tok.Norm = t.fold(text)
	}
	t.i, t.ri = i, tok.End
	return tok, true
}

// fold returns the Search form of text, a run of two-byte letters and marks of the Arabic block,
// in t.norms.
func (t *tokenizer) fold(text string) string {
	if cap(t.norms)-len(t.norms) < len(text) {
		// The rest of the text folds into at most its own length.
		t.norms = make([]byte, 0, max(len(t.s)-t.i, 64))
	}
	at := len(t.norms)
	for i := 0; i < len(text); i += 2 {
		out := searchTable[int(text[i]&0x03)<<6|int(text[i+1]&0x3F)]
		switch {
		case out < 0: // deleted (tashkeel, tatweel)
		case out < utf8.RuneSelf:
			t.norms = append(t.norms, byte(out))
		default:
			t.norms = append(t.norms, byte(0xC0|out>>6), byte(0x80|out&0x3F))
		}
	}
	if len(t.norms) == at {
		return ""
	}
	return unsafe.String(&t.norms[at], len(t.norms)-at)
}

// Classes of the Arabic block for arabicWord, plus the flag blockFolds.
const (
	blockOther  = iota // ends a word (punctuation, digits are handled apart)
	blockLetter        // an Arabic letter
	blockMark          // a mark or the tatweel, inside a word
	blockSlow          // digits and the marks NFKC composes: the general path decides
	blockFolds  = 4    // flag: the Search form changes the character (أ → ا, ة → ه, tashkeel deleted)
)

var blockClass = func() (c [256]uint8) {
	for i := range c {
		r := rune(0x0600 + i)
		switch {
		case isDigit(r), !nfkcSafe(r):
			c[i] = blockSlow
		case isArabicLetter(r):
			c[i] = blockLetter
		case isArabicMark(r):
			c[i] = blockMark
		}
		if searchTable[i] != r {
			c[i] |= blockFolds
		}
	}
	return c
}()

func (t *tokenizer) peek() (rune, int) { return t.peekAt(t.i) }

func (t *tokenizer) peekAt(i int) (rune, int) {
	if i >= len(t.s) {
		return -1, 0
	}
	return decodeRune(t.s, i)
}

func (t *tokenizer) adv(size int) { t.i += size; t.ri++ }

// advBytes advances over n bytes of text, counting runes.
func (t *tokenizer) advBytes(n int) {
	t.ri += utf8.RuneCountInString(t.s[t.i : t.i+n])
	t.i += n
}

// arabic consumes an Arabic word: letters, tashkeel and tatweel, with zero-width joiners inside.
// A run of marks or tatweel with no letter (a ـــــ rule) is punctuation. An article or a tatweel
// directly before digits takes them in: الـ15, ال20.
func (t *tokenizer) arabic() Kind {
	startB := t.i
	letters := 0
	lastTatweel := false
	for t.i < len(t.s) {
		r, size := t.peek()
		switch {
		case isArabicLetter(r):
			letters++
			lastTatweel = false
		case isArabicMark(r):
			lastTatweel = r == 0x0640
		case r == 0x200C || r == 0x200D:
			if r2, _ := t.peekAt(t.i + size); !(isArabicLetter(r2) || isArabicMark(r2)) {
				return t.arabicEnd(letters)
			}
		default:
			if letters > 0 && isDigit(r) && (lastTatweel || isArticle(t.s[startB:t.i])) {
				t.number()
			}
			return t.arabicEnd(letters)
		}
		t.adv(size)
	}
	return t.arabicEnd(letters)
}

func (t *tokenizer) arabicEnd(letters int) Kind {
	if letters == 0 {
		return Punct
	}
	return Word
}

// isArticle reports whether an Arabic word is the bare article, possibly with proclitics.
func isArticle(w string) bool {
	switch NormalizeString(w, Default) {
	case "ال", "وال", "بال", "فال", "كال", "لل", "ولل", "فلل", "وبال":
		return true
	}
	return false
}

// number consumes digits with inner separators (. , ٫ ٬ : /) that are followed by a digit.
func (t *tokenizer) number() {
	for t.i < len(t.s) {
		r, size := t.peek()
		if isDigit(r) {
			t.adv(size)
			continue
		}
		switch r {
		case '.', ',', 0x066B, 0x066C, ':', '/':
			if r2, size2 := t.peekAt(t.i + size); isDigit(r2) {
				t.adv(size)
				t.adv(size2)
				continue
			}
		}
		return
	}
}

// latinAbbrev lists Latin abbreviations that keep their final dot.
var latinAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "vs": true, "etc": true, "no": true,
	"gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "gov": true, "sen": true,
	"rep": true, "pres": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"mt": true, "ft": true, "fig": true, "approx": true, "dept": true, "est": true, "min": true,
	"max": true, "govt": true, "adm": true, "maj": true, "brig": true, "cmdr": true, "messrs": true,
}

// latin consumes a word in a non-Arabic script, a URL or an e-mail address.
func (t *tokenizer) latin() Kind {
	if n := t.urlAt(); n > 0 {
		t.advBytes(n)
		return Latin
	}
	if n := t.emailAt(); n > 0 {
		t.advBytes(n)
		return Latin
	}
	startB := t.i
	letters := t.latinRun()
	// Dotted initials: U.S. U.N. e.g. U.S.A.
	if letters <= 2 && t.i < len(t.s) && t.s[t.i] == '.' {
		save, saveR := t.i, t.ri
		groups := 1
		for t.i < len(t.s) && t.s[t.i] == '.' {
			r, _ := t.peekAt(t.i + 1)
			if !isLatinLetter(r) {
				break
			}
			t.adv(1)
			if t.latinRun() > 2 {
				groups = 0
				break
			}
			groups++
		}
		if groups >= 2 {
			if t.i < len(t.s) && t.s[t.i] == '.' {
				t.adv(1)
			}
			return Latin
		}
		t.i, t.ri = save, saveR
	}
	if t.i < len(t.s) && t.s[t.i] == '.' && latinAbbrev[strings.ToLower(t.s[startB:t.i])] {
		t.adv(1)
	}
	return Latin
}

// latinRun consumes letters (not Arabic), ASCII digits, combining marks and inner apostrophes, and
// returns the number of runes consumed.
func (t *tokenizer) latinRun() int {
	n := 0
	for t.i < len(t.s) {
		r, size := t.peek()
		switch {
		case isLatinLetter(r), r >= '0' && r <= '9', n > 0 && r >= 0x300 && unicode.Is(unicode.Mn, r) && !isArabicMark(r):
		case (r == '\'' || r == 0x2019) && n > 0:
			if r2, _ := t.peekAt(t.i + size); !isLatinLetter(r2) {
				return n
			}
		default:
			return n
		}
		t.adv(size)
		n++
	}
	return n
}

func isLatinLetter(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 0 && asciiClass[r] == clLetter
	}
	return unicode.IsLetter(r) && !isArabicLetter(r)
}

// urlAt returns the byte length of a URL starting at the current position, or 0.
func (t *tokenizer) urlAt() int {
	rest := t.s[t.i:]
	if !(hasPrefixFold(rest, "http://") || hasPrefixFold(rest, "https://") || hasPrefixFold(rest, "www.")) {
		return 0
	}
	n := 0
	for n < len(rest) {
		r, size := utf8.DecodeRuneInString(rest[n:])
		if isSpaceLike(r) || strings.ContainsRune("\"<>«»“”", r) {
			break
		}
		n += size
	}
	return trimURLTail(rest[:n])
}

// trimURLTail drops trailing punctuation that belongs to the sentence, not the URL.
func trimURLTail(u string) int {
	for len(u) > 0 {
		r, size := utf8.DecodeLastRuneInString(u)
		if strings.ContainsRune(".,;:!?)]}'،؛؟…", r) {
			if r == ')' && strings.Contains(u, "(") {
				break
			}
			u = u[:len(u)-size]
			continue
		}
		break
	}
	return len(u)
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// emailAt returns the byte length of an e-mail address starting at the current position, or 0.
func (t *tokenizer) emailAt() int {
	rest := t.s[t.i:]
	n := 0
	for n < len(rest) && isEmailLocal(rest[n]) {
		n++
	}
	if n == 0 || n >= len(rest) || rest[n] != '@' {
		return 0
	}
	n++
	dot, start := -1, n
	for n < len(rest) {
		c := rest[n]
		if c == '.' {
			if n+1 < len(rest) && isAlnum(rest[n+1]) {
				dot = n
				n++
				continue
			}
			break
		}
		if !isAlnum(c) && c != '-' {
			break
		}
		n++
	}
	if dot < 0 || dot == start || n-dot-1 < 2 {
		return 0
	}
	return n
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isEmailLocal(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
}

// symbolTail joins emoji modifiers, variation selectors and joiners to the symbol before them.
func (t *tokenizer) symbolTail() {
	for t.i < len(t.s) {
		r, size := t.peek()
		switch {
		case r >= 0xFE00 && r <= 0xFE0F, r >= 0x1F3FB && r <= 0x1F3FF, r >= 0xE0020 && r <= 0xE007F:
		case r == 0x200D:
			r2, _ := t.peekAt(t.i + size)
			if !unicode.Is(unicode.So, r2) {
				return
			}
		default:
			return
		}
		t.adv(size)
	}
}
