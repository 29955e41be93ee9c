package geo

import (
	"os"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

// BenchmarkLookup shows that Lookup costs O(length of the name): one fold and a constant number
// of map probes, whatever the size of the gazetteer.
func BenchmarkLookup(b *testing.B) {
	g := Default()
	for _, name := range []string{"قم", "بغداد", "بالرياض", "الولايات المتحدة الأمريكية", strings.Repeat("بغداد ", 20)} {
		b.Run(strings.ReplaceAll(name, " ", "_")[:min(len(name), 40)], func(b *testing.B) {
			b.SetBytes(int64(len(name)))
			for b.Loop() {
				g.Lookup(name)
			}
		})
	}
}

// BenchmarkResolveArticle resolves the places of the example article (≈ 2,000 characters).
func BenchmarkResolveArticle(b *testing.B) {
	data, err := os.ReadFile(shareddata.MustPath(b, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		b.Fatal(err)
	}
	g := Default()
	sents := Sentences(string(data))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for b.Loop() {
		g.Resolve(sents, Options{SourceCountry: "SAU"})
	}
}

// BenchmarkLoad measures loading the embedded gazetteer (what Default does once).
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(strings.NewReader(string(gazetteerGz))); err != nil {
			b.Fatal(err)
		}
	}
}
