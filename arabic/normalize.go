package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Form is a set of normalisation folds, combined with |.
type Form uint

// The folds. Each is applied per code point after NFKC; they commute, so the order of the bits is
// irrelevant.
const (
	NFKC          Form = 1 << iota // presentation forms (U+FB50–FDFF, U+FE70–FEFF) and compatibility chars → NFKC
	StripTashkeel                  // harakat U+064B–U+065F, U+0670 superscript alef, Quranic marks U+06D6–U+06ED
	StripTatweel                   // U+0640
	FoldAlef                       // أ إ آ ٱ → ا  (also ٲ ٳ)
	FoldYa                         // ى → ي
	FoldTaMarbuta                  // ة → ه
	FoldHamza                      // ؤ → و, ئ → ي (search only)
	FoldPersian                    // ک → ك, ی → ي, ہ ۀ ە ھ → ه, ڪ → ك … (Persian/Urdu letters)
	Digits                         // Arabic-Indic ٠-٩ and Persian ۰-۹ digits → ASCII; ٫ → . ; ٬ → ,
	LowerLatin                     // Latin letters to lower case
	// StripFormat removes invisible format characters that only steer rendering: zero-width
	// space/joiners, bidi marks and embeddings (U+200B–U+200F, U+202A–U+202E, U+2060–U+2064,
	// U+2066–U+2069, U+061C), the BOM U+FEFF and the soft hyphen U+00AD. Without it a word copied
	// from a web page with a stray U+200F would never match its lexicon entry.
	StripFormat
)

// The forms in use.
const (
	// Default is the display-safe normalisation used before analysis.
	Default = NFKC | StripTashkeel | StripTatweel | FoldAlef | FoldYa | FoldPersian | Digits | StripFormat
	// Search is the form of matching keys (lexicon, gazetteer, actor dictionary, search index).
	Search = Default | FoldTaMarbuta | FoldHamza | LowerLatin
)

// Normalized is a normalised text with a map back to the original.
type Normalized struct {
	Text string // normalised text
	// Offsets[i] is the code-point offset in the original of normalised rune i; len(Offsets) ==
	// runes(Text)+1, and the last entry is the original length in runes. Offsets never decrease.
	Offsets []int
}

// Orig maps the normalised rune range [start, end) to the original rune range it came from.
// Out-of-range arguments are clipped, so any input gives a valid range of the original. The end
// is extended over characters the normalisation deleted (tashkeel, tatweel) after the last rune,
// and over the whole of an original character that expanded into several runes (ﻻ → لا).
func (n Normalized) Orig(start, end int) (int, int) {
	m := len(n.Offsets) - 1 // runes in Text
	if m < 0 {
		return 0, 0
	}
	start = min(max(start, 0), m)
	end = min(max(end, start), m)
	os := n.Offsets[start]
	if end == start {
		return os, os
	}
	last := n.Offsets[end-1]
	k := end
	for k < m && n.Offsets[k] <= last {
		k++
	}
	return os, n.Offsets[k]
}

// Normalize normalises s with the folds in f and records, for every output rune, where it came
// from in s. Invalid UTF-8 bytes come out as U+FFFD.
func Normalize(s string, f Form) Normalized {
	var b []byte
	offs := make([]int, 0, utf8.RuneCountInString(s)+1)
	b, offs, total := normalize(make([]byte, 0, len(s)), offs, s, f, true)
	offs = append(offs, total)
	return Normalized{Text: string(b), Offsets: offs}
}

// NormalizeString returns Normalize(s, f).Text without building the offset map. When nothing
// changes it returns s itself without allocating.
func NormalizeString(s string, f Form) string {
	p, nfkc := stablePrefix(s, f)
	if p == len(s) {
		return s
	}
	b := make([]byte, 0, len(s))
	if nfkc {
		// A composing mark may reach back into the prefix: normalise everything.
		b, _, _ = normalize(b, nil, s, f, false)
	} else {
		b = append(b, s[:p]...)
		b, _, _ = normalize(b, nil, s[p:], f, false)
	}
	return string(b)
}

// Key returns the lexicon key of a word: NormalizeString(word, Search).
func Key(word string) string { return NormalizeString(word, Search) }

// AppendNormalized appends the normalisation of s to dst: NormalizeString without a new string.
func AppendNormalized(dst []byte, s string, f Form) []byte {
	b, _, _ := normalize(dst, nil, s, f, false)
	return b
}

// stablePrefix returns the length in bytes of the longest prefix of s that f leaves alone, and
// whether it ends at a character that NFKC might change.
func stablePrefix(s string, f Form) (int, bool) {
	tbl := tableFor(f)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if f&LowerLatin != 0 && 'A' <= c && c <= 'Z' {
				return i, false
			}
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if tbl != nil && r >= 0x0600 && r <= 0x06FF && nfkcSafe(r) {
			if tbl[r-0x0600] != r {
				return i, false
			}
			i += size
			continue
		}
		if r == utf8.RuneError && size == 1 {
			return i, false
		}
		if f&NFKC != 0 && !nfkcSafe(r) {
			return i, true
		}
		if out, keep := foldRune(r, f); !keep || out != r {
			return i, false
		}
		i += size
	}
	return len(s), false
}

// normalize appends the normalisation of s to b; with withMap it also appends the original rune
// offset of every output rune to offs. It returns the original length in runes.
func normalize(b []byte, offs []int, s string, f Form, withMap bool) ([]byte, []int, int) {
	b0, o0 := len(b), len(offs)
	tbl := tableFor(f)
	idx := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if f&LowerLatin != 0 && 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			if withMap {
				offs = append(offs, idx)
			}
			idx++
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if tbl != nil && r >= 0x0600 && r <= 0x06FF && nfkcSafe(r) {
			// The common case, straight from the table.
			if out := tbl[r-0x0600]; out >= 0 {
				if out < utf8.RuneSelf {
					b = append(b, byte(out))
				} else {
					b = append(b, byte(0xC0|out>>6), byte(0x80|out&0x3F))
				}
				if withMap {
					offs = append(offs, idx)
				}
			}
			idx++
			i += size
			continue
		}
		if f&NFKC != 0 && !nfkcSafe(r) && !(r == utf8.RuneError && size == 1) {
			// Start again on the slow path.
			return normalizeNFKC(b[:b0], offs[:o0], s, f, withMap)
		}
		b, offs = emit(b, offs, r, idx, f, withMap)
		idx++
		i += size
	}
	return b, offs, idx
}

// normalizeNFKC is the slow path for text holding characters that NFKC may change: it walks the
// text in normalisation segments (a starter and its combining marks); segments already in NFKC are
// folded rune by rune, the others are NFKC-normalised first and all their output runes map to the
// segment's first original rune.
func normalizeNFKC(b []byte, offs []int, s string, f Form, withMap bool) ([]byte, []int, int) {
	idx := 0
	var seg []byte
	for p := 0; p < len(s); {
		r, size := utf8.DecodeRuneInString(s[p:])
		if r == utf8.RuneError && size == 1 || nfkcSafe(r) && !combinesBack(s[p+size:]) {
			b, offs = emit(b, offs, r, idx, f, withMap)
			idx++
			p += size
			continue
		}
		n := norm.NFKC.NextBoundaryInString(s[p:], true)
		if n <= 0 {
			n = size
		}
		// Never take invalid bytes into a segment: they are handled one by one above.
		if k := strings.IndexFunc(s[p:p+n], func(r rune) bool { return r == utf8.RuneError }); k > 0 {
			n = k
		} else if k == 0 {
			n = size
		}
		part := s[p : p+n]
		runes := utf8.RuneCountInString(part)
		seg = norm.NFKC.AppendString(seg[:0], part)
		if utf8.RuneCount(seg) == runes {
			j := idx
			for _, r := range string(seg) {
				b, offs = emit(b, offs, r, j, f, withMap)
				j++
			}
		} else {
			for _, r := range string(seg) {
				b, offs = emit(b, offs, r, idx, f, withMap)
			}
		}
		idx += runes
		p += n
	}
	return b, offs, idx
}

// combinesBack reports whether the text after a starter holds, among the combining marks that
// directly follow it, one that NFKC could compose with the starter or reorder: the Arabic maddah
// and hamza marks U+0653–U+0655 or any non-Arabic combining mark. Arabic harakat alone compose
// with nothing.
func combinesBack(rest string) bool {
	for _, r := range rest {
		if r < 0x300 {
			return false
		}
		if r >= 0x0653 && r <= 0x0655 {
			return true
		}
		if r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED {
			continue
		}
		return norm.NFKC.PropertiesString(string(r)).CCC() != 0
	}
	return false
}

// emit appends the folding of r (original rune index idx) to b.
func emit(b []byte, offs []int, r rune, idx int, f Form, withMap bool) ([]byte, []int) {
	out, keep := foldRune(r, f)
	if !keep {
		return b, offs
	}
	b = utf8.AppendRune(b, out)
	if withMap {
		offs = append(offs, idx)
	}
	return b, offs
}

// allNFKCSafe reports whether NFKC leaves every rune of s alone.
func allNFKCSafe(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := decodeRune(s, i)
		if r == utf8.RuneError && size == 1 {
			i++
			continue
		}
		if !nfkcSafe(r) {
			return false
		}
		i += size
	}
	return true
}

// nfkcSafe reports whether r is known to be NFKC-stable and never to compose with a neighbour.
// False means "maybe": the slow path then asks the norm package.
func nfkcSafe(r rune) bool {
	switch {
	case r < 0xA0:
		return true
	case r < 0x100:
		switch r {
		case 0xA0, 0xA8, 0xAA, 0xAF, 0xB2, 0xB3, 0xB4, 0xB5, 0xB8, 0xB9, 0xBA, 0xBC, 0xBD, 0xBE:
			return false
		}
		return r < 0xC0 || r == 0xD7 || r == 0xF7 // Latin-1 letters may take combining marks
	case r >= 0x0600 && r <= 0x06FF:
		// The letters that compose with a following maddah/hamza mark (ا و ي ہ ے ە) are safe here:
		// the marks themselves are not, which sends such text to the slow path.
		return !(r >= 0x0653 && r <= 0x0655) && !(r >= 0x0675 && r <= 0x0678)
	case r >= 0x2010 && r <= 0x2022:
		return r != 0x2011 && r != 0x2017
	case r >= 0x200B && r <= 0x200F, r >= 0x202A && r <= 0x202E, r == 0x2030, r == 0x2066, r == 0x2067, r == 0x2068, r == 0x2069:
		return true
	}
	return false
}

// arabicTable holds, for the common forms, foldRune over the Arabic block U+0600–U+06FF: the
// output rune, or -1 when the rune is deleted.
type arabicTable [256]rune

var (
	defaultTable = buildTable(Default)
	searchTable  = buildTable(Search)
)

func buildTable(f Form) *arabicTable {
	var t arabicTable
	for i := range t {
		out, keep := foldRune(rune(0x0600+i), f)
		if !keep {
			out = -1
		}
		t[i] = out
	}
	return &t
}

// tableFor returns the Arabic-block table of f, or nil when f has none.
func tableFor(f Form) *arabicTable {
	switch f {
	case Default:
		return defaultTable
	case Search:
		return searchTable
	}
	return nil
}

// foldRune applies the per-rune folds of f to r. keep is false when the rune is deleted.
func foldRune(r rune, f Form) (out rune, keep bool) {
	if r < 0x0600 {
		if r < utf8.RuneSelf {
			if f&LowerLatin != 0 && 'A' <= r && r <= 'Z' {
				return r + 'a' - 'A', true
			}
			return r, true
		}
		if r == 0xAD && f&StripFormat != 0 {
			return 0, false
		}
		if f&LowerLatin != 0 && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r) {
			return unicode.ToLower(r), true
		}
		return r, true
	}
	if r <= 0x06FF {
		if f&FoldPersian != 0 {
			switch r {
			case 0x06A9, 0x06AA, 0x06AB, 0x06AC, 0x06AD, 0x06AE: // ک ڪ ګ ڬ ڭ ڮ
				r = 'ك'
			case 0x06CC, 0x06CD, 0x06CE, 0x06D0, 0x06D1, 0x06D2, 0x06D3: // ی ۍ ێ ې ۑ ے ۓ
				r = 'ي'
			case 0x06C0, 0x06C1, 0x06C2, 0x06BE, 0x06D5, 0x06FF: // ۀ ہ ۂ ھ ە ۿ
				r = 'ه'
			case 0x06C3: // ۃ Urdu ta marbuta
				r = 'ة'
			case 0x0674: // ٴ high hamza
				r = 'ء'
			}
		}
		switch r {
		case 'أ', 'إ', 'آ', 0x0671, 0x0672, 0x0673:
			if f&FoldAlef != 0 {
				return 'ا', true
			}
		case 'ى':
			if f&FoldYa != 0 {
				return 'ي', true
			}
		case 'ة':
			if f&FoldTaMarbuta != 0 {
				return 'ه', true
			}
		case 'ؤ':
			if f&FoldHamza != 0 {
				return 'و', true
			}
		case 'ئ':
			if f&FoldHamza != 0 {
				return 'ي', true
			}
		case 0x0640:
			if f&StripTatweel != 0 {
				return 0, false
			}
		case 0x066B:
			if f&Digits != 0 {
				return '.', true
			}
		case 0x066C:
			if f&Digits != 0 {
				return ',', true
			}
		case 0x061C:
			if f&StripFormat != 0 {
				return 0, false
			}
		default:
			if r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x06D6 && r <= 0x06ED {
				if f&StripTashkeel != 0 {
					return 0, false
				}
			} else if r >= 0x0660 && r <= 0x0669 {
				if f&Digits != 0 {
					return '0' + r - 0x0660, true
				}
			} else if r >= 0x06F0 && r <= 0x06F9 {
				if f&Digits != 0 {
					return '0' + r - 0x06F0, true
				}
			}
		}
		return r, true
	}
	if f&StripFormat != 0 && isFormat(r) {
		return 0, false
	}
	if f&LowerLatin != 0 && r < 0x2000 && unicode.IsUpper(r) && unicode.Is(unicode.Latin, r) {
		return unicode.ToLower(r), true
	}
	if f&LowerLatin != 0 && r >= 0xFF21 && r <= 0xFF3A { // fullwidth A–Z when NFKC is off
		return r + 0x20, true
	}
	return r, true
}

// isFormat reports whether r is an invisible format character removed by StripFormat.
func isFormat(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r >= 0x202A && r <= 0x202E || r >= 0x2060 && r <= 0x2064 ||
		r >= 0x2066 && r <= 0x2069 || r == 0xFEFF || r == 0x061C || r == 0xAD
}
