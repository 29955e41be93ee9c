package tone

import (
	"strings"
	"testing"

	"marsad/arabic"
)

// FuzzParse: a lexicon file, however malformed, parses or fails with an error, and a lexicon
// that parses scores text without panicking and within its own arithmetic.
func FuzzParse(f *testing.F) {
	f.Add("# polarity\nهجوم\t-2\tevent\t\nسلام\t2\tstate\tpeace\nوقف إطلاق النار\t1.5\tevent\t\n")
	f.Add("x\tNaN\t\t\n")
	f.Add("a\t1\nا\t-1\n")
	f.Add("\t\t\t\n\n#")
	f.Fuzz(func(t *testing.T, tsv string) {
		l, err := Parse(strings.NewReader(tsv))
		if err != nil {
			return
		}
		tn := l.Score(arabic.Tokenize("هجوم على السلام ووقف إطلاق النار " + tsv))
		if tn.WordCount < 0 || tn.Positive < 0 || tn.Negative < 0 {
			t.Errorf("tone %+v", tn)
		}
	})
}
