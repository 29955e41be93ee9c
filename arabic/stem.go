package arabic

import "unicode/utf8"

// stemSuffixes are the light10 suffixes (Larkey et al. 2007) in Search form, tried in this order:
// ها ان ات ون ين يه ية ه ة ي. In Search form ية is يه and ة is ه.
var stemSuffixes = []string{"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"}

// Stem returns a light stem of word in Search form: the clitics that DefaultSegmenter finds are
// removed, then the light10 suffixes (ها ان ات ون ين ية ه ة ي), each at most once and in that
// order, as long as three letters remain — or two, when the lexicon does not know the longer form
// (the cheap lexicon check: بيان and عمان stay whole, محادثات and محادثة both give محادث). Stem is
// deterministic and fast; non-Arabic words come back as their Key.
func Stem(word string) string {
	return DefaultSegmenter().Stem(word)
}

// Stem is the package-level Stem over this segmenter's lexicon.
func (s *Segmenter) Stem(word string) string {
	seg := s.Segment(word)
	st := seg.Stem
	if st == "" || !isArabicLetterString(st) {
		return st
	}
	for _, suf := range stemSuffixes {
		if len(st) < len(suf) || st[len(st)-len(suf):] != suf {
			continue
		}
		rest := st[:len(st)-len(suf)]
		if n := utf8.RuneCountInString(rest); n < 2 || n == 2 && s.lex.Freq(st) > 0 {
			continue
		}
		st = rest
	}
	return st
}

func isArabicLetterString(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isArabicLetter(r)
}
