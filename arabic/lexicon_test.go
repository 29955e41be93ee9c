package arabic

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestBuildLexicon(t *testing.T) {
	texts := []string{
		"قال الرئيسُ إن الرئيس سيزور الرياض.",
		"وصل الرئيس إلى الرياض، وقال: «أهلا».",
		"NATO 2025 ٢٠٢٥",
	}
	l := BuildLexicon(slices.Values(texts), 2)
	for _, tc := range []struct {
		key  string
		want int
	}{
		{"الرييس", 3}, // الرئيسُ, الرئيس, الرئيس: Key forms are counted
		{"الرياض", 2},
		{"قال", 0},  // قال once, وقال once: below minCount
		{"nato", 0}, // only Word tokens
		{"2025", 0},
		{"ان", 0},
	} {
		if got := l.Freq(tc.key); got != tc.want {
			t.Errorf("Freq(%q) = %d, want %d", tc.key, got, tc.want)
		}
	}
	if l.Len() != 2 || l.Total() != 5 {
		t.Errorf("Len, Total = %d, %d; want 2, 5", l.Len(), l.Total())
	}
}

func TestLexiconRoundTrip(t *testing.T) {
	l := BuildLexicon(slices.Values([]string{"ب أ أ ت ت ت ج ج ج ج"}), 1)
	var buf bytes.Buffer
	n, err := l.WriteTo(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if n != int64(buf.Len()) || buf.Bytes()[0] != 0x1f {
		t.Fatalf("WriteTo wrote %d bytes, reported %d; gzip magic %x", buf.Len(), n, buf.Bytes()[:2])
	}
	r, err := ReadLexicon(&buf)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for k, c := range r.All() {
		got = append(got, k+":"+string(rune('0'+c)))
	}
	if want := []string{"ج:4", "ت:3", "ا:2", "ب:1"}; !slices.Equal(got, want) {
		t.Errorf("round trip = %v, want %v", got, want)
	}
	if r.Total() != 10 {
		t.Errorf("Total = %d", r.Total())
	}
}

func TestReadLexiconPlain(t *testing.T) {
	l, err := ReadLexicon(strings.NewReader("# a comment\n\nالرئيسُ\t5\nالرئيس\t2\r\nوزير\t7\n"))
	if err != nil {
		t.Fatal(err)
	}
	if l.Freq("الرييس") != 7 || l.Freq("وزير") != 7 || l.Len() != 2 {
		t.Errorf("got %d %d %d", l.Freq("الرييس"), l.Freq("وزير"), l.Len())
	}
}

func TestReadLexiconErrors(t *testing.T) {
	for _, in := range []string{"وزير 7\n", "وزير\tسبعة\n", "\t5\n", "وزير\t-1\n"} {
		if _, err := ReadLexicon(strings.NewReader(in)); !errors.Is(err, ErrLexiconFormat) {
			t.Errorf("ReadLexicon(%q) error = %v, want ErrLexiconFormat", in, err)
		}
	}
	if _, err := ReadLexicon(bytes.NewReader([]byte{0x1f, 0x8b, 1, 2, 3})); err == nil {
		t.Error("a broken gzip stream must fail")
	}
}

func TestDefaultLexicon(t *testing.T) {
	l := DefaultLexicon()
	if l.Len() < 100000 {
		t.Fatalf("embedded lexicon has %d keys", l.Len())
	}
	// Frequent words outrank rare ones; the keys are Key forms.
	if !(l.Freq(Key("في")) > l.Freq(Key("الرئيس")) && l.Freq(Key("الرئيس")) > l.Freq(Key("لافروف")) && l.Freq(Key("لافروف")) > 0) {
		t.Errorf("unexpected frequencies: في %d, الرئيس %d, لافروف %d", l.Freq("في"), l.Freq(Key("الرئيس")), l.Freq("لافروف"))
	}
	if l.Freq("الرئيس") != 0 {
		t.Error("non-Key spelling found: keys must be Key forms")
	}
	var nilLex *Lexicon
	if nilLex.Freq("في") != 0 || nilLex.Len() != 0 {
		t.Error("nil lexicon must be empty")
	}
}
