package geo

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"marsad"
)

type geocodeCase struct {
	line                       int
	source, text, mention      string
	country, expect, precision string
}

func readCases(t *testing.T) []geocodeCase {
	t.Helper()
	f, err := os.Open("testdata/geocode.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []geocodeCase
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		c := strings.Split(sc.Text(), "\t")
		if len(c) != 6 {
			t.Fatalf("geocode.tsv:%d: %d columns, want 6", line, len(c))
		}
		out = append(out, geocodeCase{line, c[0], c[1], c[2], c[3], c[4], c[5]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestGeocode runs the cases of testdata/geocode.tsv: each names a mention in a text and what it
// must resolve to (or "-": that it must not be taken for a place).
func TestGeocode(t *testing.T) {
	g := Default()
	cases := readCases(t)
	if len(cases) < 150 {
		t.Fatalf("%d cases, want at least 150", len(cases))
	}
	failed := 0
	for _, c := range cases {
		var got *marsad.Place
		sentences := g.ResolveText(c.text, Options{SourceCountry: c.source})
		for _, ps := range sentences {
			for i := range ps {
				if ps[i].Text == c.mention && got == nil {
					got = &ps[i]
				}
			}
		}
		switch {
		case c.country == "-":
			if got != nil {
				t.Errorf("geocode.tsv:%d: %q resolved to %s (%s), want no place", c.line, c.mention, got.Name, got.Country)
				failed++
			}
			continue
		case got == nil:
			t.Errorf("geocode.tsv:%d: %q not found in %q; places: %v", c.line, c.mention, c.text, sentences)
			failed++
			continue
		}
		if got.Country != c.country || (got.Name != c.expect && got.Wikidata != c.expect && got.Admin1 != c.expect) || got.Precision != c.precision {
			t.Errorf("geocode.tsv:%d: %q → %s %s %s %s, want %s %s %s", c.line, c.mention, got.Country, got.Name,
				got.Wikidata, got.Precision, c.country, c.expect, c.precision)
			failed++
			continue
		}
		if got := marsad.SliceRunes(c.text, got.Span); got != c.mention {
			t.Errorf("geocode.tsv:%d: span covers %q, want %q", c.line, got, c.mention)
			failed++
		}
	}
	t.Logf("%d/%d cases right", len(cases)-failed, len(cases))
}
