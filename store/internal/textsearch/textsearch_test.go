package textsearch

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"marsad"
)

func TestFold(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"إسرائيل", "اسراييل"},
		{"اسرائيل", "اسراييل"},
		{"مؤتمر", "موتمر"},
		{"موتمر", "موتمر"},
		{"مُؤْتَمَر", "موتمر"},
		{"القاهرة", "القاهره"},
		{"مصطفى", "مصطفي"},
		{"عــاجل", "عاجل"},
		{"٢٠٢٤", "2024"},
		{"NATO", "nato"},
		{"،", ""},
	} {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestKeysMatch(t *testing.T) {
	for _, tc := range []struct {
		query, word string
		match       bool
	}{
		{"الرئيس", "الرئيس", true},
		{"الرئيس", "والرئيس", true},
		{"الرئيس", "للرئيس", true},
		{"الرئيس", "برئيس", true},
		{"الرئيس", "فالرئيس", true},
		{"رئيس", "الرئيس", true},
		{"رئيس", "وبالرئيس", true},
		{"أمريكا", "أميركا", true},
		{"أميركا", "لأمريكا", true},
		{"مؤتمر", "موتمر", true},
		{"إسرائيل", "اسرائيل", true},
		{"إسرائيل", "وإسرائيل", true},
		{"وزير", "الوزير", true},
		{"الوزير", "وزير", true},
		{"الخارجية", "وخارجيتها", true},
		{"الحكومة", "حكومتها", true},
		{"مدرسة", "مدرستهم", true},
		{"الرئيس", "الرأس", false},
		{"رئيس", "رأس", false},
		{"الرئيس", "الوزير", false},
		{"أمريكا", "أفريقيا", false},
		{"مصر", "مصرف", false},
		{"2024", "٢٠٢٤", true},
		{"مؤتمر", "مؤتمراً", true},
		{"موتمر", "لمؤتمراً", true},
	} {
		q, w := Keys(tc.query), Keys(tc.word)
		if got := Match(q, w); got != tc.match {
			t.Errorf("Match(%s %v, %s %v) = %v, want %v", tc.query, q, tc.word, w, got, tc.match)
		}
	}
}

func TestAnalyzeOffsets(t *testing.T) {
	text := "قال الرئيسُ المصري، في القاهرة: «نرحب بالوفد»."
	terms := Analyze(text)
	var words []string
	for _, tm := range terms {
		words = append(words, marsad.SliceRunes(text, marsad.Span{Start: tm.Start, End: tm.End}))
		if text[tm.ByteStart:tm.ByteEnd] != words[len(words)-1] {
			t.Errorf("byte span %d:%d = %q, rune span gives %q", tm.ByteStart, tm.ByteEnd, text[tm.ByteStart:tm.ByteEnd], words[len(words)-1])
		}
	}
	want := "قال|الرئيسُ|المصري|في|القاهرة|نرحب|بالوفد"
	if got := strings.Join(words, "|"); got != want {
		t.Errorf("words = %s, want %s", got, want)
	}
}

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		in        string
		groups    int
		must, not []int // words per phrase of the first group
		err       error
		fts5, tsq string // checked when set
	}{
		{in: "الرئيس", groups: 1, must: []int{1}},
		{in: "وزير الخارجية", groups: 1, must: []int{1, 1}},
		{in: `"وزير الخارجية"`, groups: 1, must: []int{2}},
		{in: `"وزير الخارجية`, groups: 1, must: []int{2}},
		{in: `وزير-الخارجية`, groups: 1, must: []int{2}},
		{in: `مصر -قطر`, groups: 1, must: []int{1}, not: []int{1}},
		{in: `مصر OR قطر`, groups: 2, must: []int{1}},
		{in: `مصر | قطر`, groups: 2, must: []int{1}},
		{in: `مصر AND قطر`, groups: 1, must: []int{1, 1, 1}},
		{in: `" ' ; -- DROP TABLE articles; )(*`, groups: 1, must: []int{3}},
		{in: `' ; -- DROP TABLE articles; )(*`, groups: 1, must: []int{1, 1, 1}},
		{in: "", err: ErrEmpty},
		{in: `"" -- ! ؟ ،`, err: ErrEmpty},
		{in: `-مصر`, err: ErrEmpty},
		{in: `مصر OR -قطر`, err: ErrEmpty},
		{in: strings.Repeat("مصر ", MaxWords+1), err: ErrTooLong},
		{in: "قطر", fts5: `(("قطر"))`, tsq: `((('قطر')))`},
	} {
		q, err := Parse(tc.in)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Parse(%q) error = %v, want %v", tc.in, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if tc.fts5 != "" {
			if got := q.FTS5(); got != tc.fts5 {
				t.Errorf("FTS5(%q) = %s, want %s", tc.in, got, tc.fts5)
			}
			if got := q.TSQuery(); got != tc.tsq {
				t.Errorf("TSQuery(%q) = %s, want %s", tc.in, got, tc.tsq)
			}
			continue
		}
		if len(q.Groups) != tc.groups {
			t.Errorf("Parse(%q): %d groups, want %d", tc.in, len(q.Groups), tc.groups)
			continue
		}
		g := q.Groups[0]
		if got := phraseLens(g.Must); fmt.Sprint(got) != fmt.Sprint(tc.must) {
			t.Errorf("Parse(%q): must %v, want %v", tc.in, got, tc.must)
		}
		if got := phraseLens(g.Not); fmt.Sprint(got) != fmt.Sprint(tc.not) {
			t.Errorf("Parse(%q): not %v, want %v", tc.in, got, tc.not)
		}
	}
}

func phraseLens(ps []Phrase) []int {
	var n []int
	for _, p := range ps {
		n = append(n, len(p.Words))
	}
	return n
}

func TestRender(t *testing.T) {
	q, err := Parse(`"وزير الخارجية" مصر -قطر`)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := q.FTS5(), `(("وزير|زير الخارجيه|خارجيه|~الخارجه|~خارجه" AND "مصر") NOT "قطر")`; got != want {
		t.Errorf("FTS5 = %s\nwant   %s", got, want)
	}
	if got, want := q.TSQuery(), `((('وزير' | 'زير') <-> ('الخارجيه' | 'خارجيه' | '~الخارجه' | '~خارجه')) & (('مصر')) & !(('قطر')))`; got != want {
		t.Errorf("TSQuery = %s\nwant      %s", got, want)
	}
}

func TestHighlight(t *testing.T) {
	text := "التقى الرئيس المصري بوزير الخارجية الأمريكي، ثم قال للرئيس إن وزير الخارجية سيزور أميركا."
	for _, tc := range []struct {
		q    string
		want []string
	}{
		{"الرئيس", []string{"الرئيس", "للرئيس"}},
		{`"وزير الخارجية"`, []string{"بوزير الخارجية", "وزير الخارجية"}},
		{"أمريكا", []string{"أميركا"}},
		{"أمريكي", []string{"الأمريكي"}},
		{"الرئيس -روسيا OR موسكو", []string{"الرئيس", "للرئيس"}},
		{"موسكو", nil},
	} {
		q, err := Parse(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range q.Highlight(text) {
			got = append(got, marsad.SliceRunes(text, s))
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Highlight(%q) = %q, want %q", tc.q, got, tc.want)
		}
	}
}

func TestSnippet(t *testing.T) {
	text := strings.Repeat("كلام عادي ", 100) + "الرئيس" + strings.Repeat(" كلام آخر", 100)
	q, _ := Parse("الرئيس")
	hl := q.Highlight(text)
	if len(hl) != 1 {
		t.Fatalf("highlights = %v", hl)
	}
	sn := Snippet(text, hl, 120)
	if !(sn.Start <= hl[0].Start && hl[0].End <= sn.End && sn.Len() <= 120 && sn.Len() > 80) {
		t.Errorf("snippet %v does not hold highlight %v in ≤120 runes", sn, hl[0])
	}
	if s := Snippet("قصير", nil, 120); s != (marsad.Span{Start: 0, End: 4}) {
		t.Errorf("short snippet = %v", s)
	}
}

func TestTSVector(t *testing.T) {
	got := TSVector("الرئيس", "قال للرئيس")
	want := `'الرييس':1 'رييس':1,5 '~الرس':1 'قال':4 'للرييس':5 'لرييس':5 '~للرس':5 '~لرس':5`
	if got != want {
		t.Errorf("TSVector = %s\nwant       %s", got, want)
	}
	var huge strings.Builder
	for i := range 120000 {
		fmt.Fprint(&huge, " w", i)
	}
	if n := len(TSVector("", huge.String())); n > maxTSVectorBytes+200 {
		t.Errorf("huge tsvector is %d bytes", n)
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"الرئيس", `"وزير الخارجية" -قطر`, "a OR b", `"`, "-", "|||", `"'\\`, "مصر\x00قطر"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		q, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) {
				t.Fatalf("Parse(%q): unexpected error %v", s, err)
			}
			return
		}
		for _, out := range []string{q.FTS5(), q.TSQuery()} {
			if !utf8.ValidString(out) {
				t.Fatalf("invalid UTF-8 rendering %q", out)
			}
		}
		for _, g := range q.Groups {
			for _, p := range append(g.Must, g.Not...) {
				for _, keys := range p.Words {
					for _, k := range keys {
						if k == "" || strings.ContainsAny(k, "\"'| \\") {
							t.Fatalf("bad key %q from %q", k, s)
						}
					}
				}
			}
		}
		for _, sp := range q.Highlight(s) {
			if !sp.Valid(utf8.RuneCountInString(s)) || sp.Len() == 0 {
				t.Fatalf("bad highlight %v in %q", sp, s)
			}
		}
	})
}

func BenchmarkAnalyze(b *testing.B) {
	text := strings.Repeat("قال وزير الخارجية الأمريكي إن الولايات المتحدة ستعقد مؤتمراً في القاهرة. ", 40)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Analyze(text)
	}
}
