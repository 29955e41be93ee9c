package geo

import (
	"bytes"
	"testing"

	"marsad"
	"marsad/arabic"
	"marsad/internal/shareddata"
)

func TestKey(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"الرياض", "الرياض"},
		{"جدة", "جده"},
		{"إدلب", "ادلب"},
		{"أبو  ظبي", "ابو ظبي"},
		{"عُمان", "عمان"},
		{"عَمّان", "عمان"},
		{"بنغازى", "بنغازي"},
		{"مؤتة", "موته"},
		{"تـــونس", "تونس"},
		{"بیروت", "بيروت"}, // Persian ya
	} {
		if got := key(c.in); got != c.want {
			t.Errorf("key(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestClitics(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"بالرياض", []string{"بالرياض", "الرياض"}},
		{"للرياض", []string{"للرياض", "لرياض", "الرياض"}},
		{"وبغداد", []string{"وبغداد", "بغداد", "غداد"}},
		{"لطهران", []string{"لطهران", "طهران"}},
		{"وللموصل", []string{"وللموصل", "للموصل", "لموصل", "الموصل"}},
		{"مصر", []string{"مصر"}},
	} {
		var got []string
		k := key(c.in)
		for _, p := range clitics(k) {
			got = append(got, p.apply(k))
		}
		if len(got) != len(c.want) {
			t.Errorf("clitics(%q) = %q, want %q", c.in, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("clitics(%q) = %q, want %q", c.in, got, c.want)
				break
			}
		}
	}
}

func TestLookup(t *testing.T) {
	g := Default()
	for _, c := range []struct {
		name, wantID, country string
	}{
		{"الرياض", "Q3692", "SAU"},
		{"بالرياض", "Q3692", "SAU"},
		{"للرياض", "Q3692", "SAU"},
		{"وبغداد", "Q1530", "IRQ"},
		{"لطهران", "Q3616", "IRN"},
		{"جده", "Q374365", "SAU"},
		{"مكة", "Q5806", "SAU"},
		{"أبوظبي", "Q1519", "ARE"},
		{"ابو ظبي", "Q1519", "ARE"},
		{"قطاع غزة", "Q39760", "PSE"},
		{"الضفة الغربية", "Q36678", "PSE"},
		{"موسكو", "Q649", "RUS"},
		{"عُمان", "Q842", "OMN"},
	} {
		found := false
		for _, e := range g.Lookup(c.name) {
			if e.Wikidata == c.wantID && e.Country == c.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q) = %v, want an entry %s in %s", c.name, g.Lookup(c.name), c.wantID, c.country)
		}
	}
	// عمان is both Amman and Oman; طرابلس is in Libya and in Lebanon.
	for name, want := range map[string][]string{"عمان": {"JOR", "OMN"}, "طرابلس": {"LBY", "LBN"}, "الرياض": {"SAU", "TUN"}} {
		got := map[string]bool{}
		for _, e := range g.Lookup(name) {
			got[e.Country] = true
		}
		for _, c := range want {
			if !got[c] {
				t.Errorf("Lookup(%q) has no candidate in %s", name, c)
			}
		}
	}
	if got := g.Lookup(""); got != nil {
		t.Errorf("Lookup(\"\") = %v, want nil", got)
	}
	if got := g.Lookup("كتب"); len(got) != 0 {
		t.Errorf("Lookup(كتب) = %v, want nothing", got)
	}
}

func TestFindOffsets(t *testing.T) {
	g := Default()
	text := "وصل الوفد بالرياض، ثم توجه للرياض ومدينة غزة وقطاع غزة."
	ms := g.Find(arabic.Tokenize(text))
	want := []struct{ text, cue string }{{"الرياض", "ب"}, {"لرياض", ""}, {"مدينة غزة", ""}, {"قطاع غزة", ""}}
	if len(ms) != len(want) {
		t.Fatalf("Find found %d mentions, want %d: %+v", len(ms), len(want), ms)
	}
	for i, m := range ms {
		if m.Text != want[i].text || marsad.SliceRunes(text, marsad.Span{Start: m.Start, End: m.End}) != want[i].text {
			t.Errorf("mention %d: %q at [%d,%d) = %q, want %q", i, m.Text, m.Start, m.End,
				marsad.SliceRunes(text, marsad.Span{Start: m.Start, End: m.End}), want[i].text)
		}
		if m.Cue != want[i].cue {
			t.Errorf("mention %d: cue %q, want %q", i, m.Cue, want[i].cue)
		}
		if len(m.Candidates) == 0 {
			t.Errorf("mention %d has no candidates", i)
		}
	}
}

func TestFindCue(t *testing.T) {
	g := Default()
	for _, c := range []struct{ text, mention, cue string }{
		{"قصفت الطائرات بلدة بيت لحم", "بيت لحم", "بلدة"},
		{"وصل إلى العاصمة الأردنية عمان", "عمان", "العاصمة"},
		{"شهدت محافظة البصرة احتجاجات", "البصرة", "محافظة"},
		{"وصل الوزير إلى بغداد", "بغداد", "إلى"},
		{"وصل الوزير بغداد", "بغداد", ""},
		{"انفجار وسط بغداد", "بغداد", "وسط"},
		{"احتفل سكان بمدينة حلب", "حلب", "مدينة"},
	} {
		var got *Mention
		ms := g.Find(arabic.Tokenize(c.text))
		for i := range ms {
			if ms[i].Text == c.mention {
				got = &ms[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no mention %q in %+v", c.text, c.mention, ms)
			continue
		}
		if got.Cue != c.cue {
			t.Errorf("%q: cue of %q = %q, want %q", c.text, c.mention, got.Cue, c.cue)
		}
	}
}

func TestVocalFits(t *testing.T) {
	for _, c := range []struct {
		text, name string
		want       bool
	}{
		{"عُمان", "عُمان", true},
		{"عُمان", "عَمّان", false},
		{"عمّان", "عَمّان", true},
		{"عمّان", "عُمان", false},
		{"عَمان", "عُمان", false},
		{"عمان", "عُمان", true},
	} {
		if got := vocalFits(c.text, c.name); got != c.want {
			t.Errorf("vocalFits(%q, %q) = %v, want %v", c.text, c.name, got, c.want)
		}
	}
}

func TestResolveSentences(t *testing.T) {
	g := Default()
	text := "وصل الرئيس إلى بيروت. ثم انتقل إلى دمشق وحلب."
	got := g.ResolveText(text, Options{})
	if len(got) != 2 {
		t.Fatalf("got %d sentences, want 2: %v", len(got), got)
	}
	want := [][]string{{"Q3820"}, {"Q3766", "Q41183"}}
	for s := range want {
		if len(got[s]) != len(want[s]) {
			t.Errorf("sentence %d: %d places, want %d: %v", s, len(got[s]), len(want[s]), got[s])
			continue
		}
		for i, q := range want[s] {
			if got[s][i].Wikidata != q {
				t.Errorf("sentence %d place %d: %s (%s), want %s", s, i, got[s][i].Name, got[s][i].Wikidata, q)
			}
			if p := got[s][i]; marsad.SliceRunes(text, p.Span) != p.Text {
				t.Errorf("span of %q covers %q", p.Text, marsad.SliceRunes(text, p.Span))
			}
		}
	}
	if got := g.Resolve(nil, Options{}); len(got) != 0 {
		t.Errorf("Resolve(nil) = %v", got)
	}
}

func TestEntry(t *testing.T) {
	g := Default()
	if n := g.Len(); n < 40000 {
		t.Errorf("gazetteer has %d entries, want at least 40000", n)
	}
	sau, ok := g.Country("SAU")
	if !ok || sau.NameAr != "السعودية" || sau.Precision() != "country" {
		t.Errorf("Country(SAU) = %+v, %v", sau, ok)
	}
	if _, ok := g.Country("XXX"); ok {
		t.Error("Country(XXX) found")
	}
	for _, e := range g.entries {
		if e.Type == TypeCountry || e.Type == TypeAdmin1 {
			continue
		}
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || (e.Lat == 0 && e.Lon == 0 && e.Type != TypeRegion) {
			t.Errorf("%s %s: bad coordinates %v,%v", e.ID, e.Name, e.Lat, e.Lon)
		}
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(bytes.NewReader([]byte("not gzip"))); err == nil {
		t.Error("Load(not gzip) gave no error")
	}
	var buf bytes.Buffer
	if _, err := Load(&buf); err == nil {
		t.Error("Load(empty) gave no error")
	}
}

// TestBuildReproducible rebuilds the gazetteer from ../shared and checks that the embedded file
// is what the build makes now: the committed artifact is not stale.
func TestBuildReproducible(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the whole gazetteer")
	}
	var buf bytes.Buffer
	st, err := Build(shareddata.MustPath(t), &buf)
	if err != nil {
		t.Fatal(err)
	}
	if st.Entries() < 40000 || st.Countries != 250 {
		t.Errorf("build stats %+v", st)
	}
	if buf.Len() > 8<<20 {
		t.Errorf("gazetteer is %d bytes, want at most 8 MB", buf.Len())
	}
	if !bytes.Equal(buf.Bytes(), gazetteerGz) {
		t.Errorf("geo/data/gazetteer.tsv.gz is stale: run marsad train geo --shared ../shared --out geo/data/gazetteer.tsv.gz")
	}
}
