package geo

import (
	"testing"
	"unicode/utf8"

	"marsad"
	"marsad/arabic"
)

// FuzzResolve checks that Find and Resolve never panic and that every span they return lies in
// the text and covers the words they report.
func FuzzResolve(f *testing.F) {
	for _, s := range []string{
		"وصل الوفد بالرياض، ثم توجه للرياض ومدينة غزة وقطاع غزة.",
		"اشتباكات في طرابلس اللبنانية. وقال الجيش اللبناني",
		"العاصمة الأردنية عمان وسلطنة عُمان و عَمّان",
		"ولل و ب ال الـ ـ ً",
		"في صور والنبطية، وجنوب لبنان",
		"",
		"\u064b\u0651عمان\u200f",
		"New York نيويورك 2025",
	} {
		f.Add(s, "SAU")
	}
	g := Default()
	f.Fuzz(func(t *testing.T, text, country string) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		toks := arabic.Tokenize(text)
		for _, m := range g.Find(toks) {
			if m.Start < 0 || m.Start > m.End || m.End > n || m.TokStart >= m.TokEnd || m.TokEnd > len(toks) {
				t.Fatalf("bad mention %+v in %q", m, text)
			}
			if len(m.Candidates) == 0 {
				t.Fatalf("mention without candidates %+v", m)
			}
		}
		for _, ps := range g.Resolve(Sentences(text), Options{SourceCountry: country}) {
			for _, p := range ps {
				if !p.Span.Valid(n) || p.Country == "" && p.Name == "" {
					t.Fatalf("bad place %+v in %q", p, text)
				}
				if p.End-p.Start == 0 || marsad.SliceRunes(text, p.Span) == "" {
					t.Fatalf("empty place span %+v in %q", p, text)
				}
			}
		}
		_ = g.Lookup(text)
	})
}
