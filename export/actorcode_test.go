package export_test

import (
	"bufio"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"marsad"
	"marsad/export"
	"marsad/internal/shareddata"
)

func TestParseActorCode(t *testing.T) {
	cases := []struct {
		code string
		want export.ActorCode
	}{
		{"USAGOV", export.ActorCode{Country: "USA", Type1: "GOV"}},
		{"PSEREB", export.ActorCode{Country: "PSE", Type1: "REB"}},
		{"RUS", export.ActorCode{Country: "RUS"}},
		{"IGOUNO", export.ActorCode{KnownGroup: "UNO", Type1: "IGO"}},
		{"IGOG20", export.ActorCode{KnownGroup: "G20", Type1: "IGO"}}, // Marsad's own group code
		{"NGOAMN", export.ActorCode{KnownGroup: "AMN", Type1: "NGO"}},
		{"IMGISI", export.ActorCode{KnownGroup: "ISI", Type1: "IMG"}},
		{"MNCUSA", export.ActorCode{Country: "USA", Type1: "MNC"}},
		{"IGOAFRAFB", export.ActorCode{Country: "AFR", KnownGroup: "AFB", Type1: "IGO"}},
		{"SAUGOVMIL", export.ActorCode{Country: "SAU", Type1: "GOV", Type2: "MIL"}},
		{"IRQMOSSHIREB", export.ActorCode{Country: "IRQ", Religion1: "MOS", Religion2: "SHI", Type1: "REB"}},
		{"IRQKURREB", export.ActorCode{Country: "IRQ", Ethnic: "KUR", Type1: "REB"}},
		{"LBNHEZ", export.ActorCode{Country: "LBN", KnownGroup: "HEZ"}},
		{"MEAREB", export.ActorCode{Country: "MEA", Type1: "REB"}},
		{"KSVGOV", export.ActorCode{Country: "KSV", Type1: "GOV"}},
		{"GOV", export.ActorCode{Type1: "GOV"}},
		{"UNO", export.ActorCode{KnownGroup: "UNO"}},
		{"SHI", export.ActorCode{Religion1: "SHI"}},
		{"usagov", export.ActorCode{Country: "USA", Type1: "GOV"}},
		{"USAGOVMILCOPJUD", export.ActorCode{Country: "USA", Type1: "GOV", Type2: "MIL", Type3: "COP"}},
		{"USAXYZ", export.ActorCode{Country: "USA"}}, // an unknown element is left out
		{"EGYGO", export.ActorCode{Country: "EGY"}},  // so is a short one
		{"", export.ActorCode{}},
		{"عربي", export.ActorCode{}},
	}
	for _, c := range cases {
		c.want.Code = c.code
		if got := export.ParseActorCode(c.code); got != c.want {
			t.Errorf("ParseActorCode(%q) = %+v\nwant %+v", c.code, got, c.want)
		}
	}
	if got := export.ParseActorCode("SAUGOVMIL").Types(); strings.Join(got, ",") != "GOV,MIL" {
		t.Errorf("Types() = %v", got)
	}
}

// TestCountriesComplete checks the embedded country table against the shared country list:
// every ISO3 code has a FIPS code (but the US Minor Outlying Islands, which have none as a
// group), and no FIPS code names two countries unless the table says why.
func TestCountriesComplete(t *testing.T) {
	f, err := os.Open(shareddata.MustPath(t, "data", "geo", "countries.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	owner := map[string]string{}
	shared := map[string]bool{"ALA": true, "BES": true} // folded into Finland and the Netherlands
	n := 0
	for sc.Scan() {
		iso3 := strings.SplitN(sc.Text(), "\t", 2)[0]
		n++
		fips, ok := export.FIPS(iso3)
		if !ok {
			if iso3 != "UMI" {
				t.Errorf("%s has no FIPS code", iso3)
			}
			continue
		}
		if len(fips) != 2 || fips != strings.ToUpper(fips) {
			t.Errorf("%s: FIPS %q is not two capitals", iso3, fips)
		}
		if export.CountryName(iso3) == "" {
			t.Errorf("%s has no name", iso3)
		}
		if prev, dup := owner[fips]; dup && !shared[iso3] && !shared[prev] {
			t.Errorf("FIPS %s for both %s and %s", fips, prev, iso3)
		}
		owner[fips] = iso3
	}
	if n < 240 {
		t.Fatalf("read %d countries", n)
	}
	// FIPS codes that differ from ISO alpha-2, which a table typed from ISO would get wrong
	for iso3, want := range map[string]string{"IRQ": "IZ", "DEU": "GM", "GBR": "UK", "ESP": "SP", "KWT": "KU",
		"LBN": "LE", "OMN": "MU", "SDN": "SU", "SSD": "OD", "TUR": "TU", "YEM": "YM", "PSE": "WE", "ISR": "IS",
		"DZA": "AG", "MAR": "MO", "TUN": "TS", "BHR": "BA", "ARE": "AE", "SAU": "SA", "EGY": "EG", "LBY": "LY",
		"JOR": "JO", "SYR": "SY", "IRN": "IR", "RUS": "RS", "CHN": "CH", "KSV": "KV", "XKX": "KV", "ESH": "WI",
		"MRT": "MR", "SOM": "SO", "DJI": "DJ", "COM": "CN", "QAT": "QA", "AFG": "AF", "PAK": "PK", "JPN": "JA"} {
		if got, _ := export.FIPS(iso3); got != want {
			t.Errorf("FIPS(%s) = %q, want %q", iso3, got, want)
		}
	}
	if _, ok := export.FIPS("XYZ"); ok {
		t.Error("FIPS(XYZ) found")
	}
}

func FuzzParseActorCode(f *testing.F) {
	for _, s := range []string{"USAGOV", "IGOUNO", "PSEREB", "IRQMOSSHIREB", "IGOAFRAFB", "", "ab", "عربيعربي", "USA\x00GOV"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, code string) {
		c := export.ParseActorCode(code)
		if c.Code != code {
			t.Fatalf("Code %q, want %q", c.Code, code)
		}
		up := strings.ToUpper(code)
		for _, p := range []string{c.Country, c.KnownGroup, c.Ethnic, c.Religion1, c.Religion2, c.Type1, c.Type2, c.Type3} {
			if p == "" {
				continue
			}
			if len(p) != 3 || !strings.Contains(up, p) {
				t.Fatalf("part %q of %q is not one of its three-letter elements", p, code)
			}
		}
		if c.Type2 != "" && c.Type1 == "" || c.Type3 != "" && c.Type2 == "" || c.Religion2 != "" && c.Religion1 == "" {
			t.Fatalf("parts out of order: %+v", c)
		}
	})
}

// FuzzWriter writes events with arbitrary text, spans and codes in every format: nothing may
// panic, and the GDELT tables must keep their column counts whatever the text holds.
func FuzzWriter(f *testing.F) {
	f.Add(riyadhText, "USAGOV", "ماركو", 0, 10, 30, 5, "2025-02-18", "https://x.example/a")
	f.Add("a\tb\nc", "IGOUNO", "\t", -5, 100, 2, -1, "", "")
	f.Add(gazaText, "", "\"", 3, 2, 9999, 0, "bad-date", "::")
	f.Fuzz(func(t *testing.T, text, code, ptext string, start, end, sent, index int, date, url string) {
		sp := marsad.Span{Start: start, End: end}
		a := &marsad.Analysis{ID: "fz\t1", Date: date, URL: url, Source: "src\n", Text: text,
			Sentences: []marsad.Sentence{{Span: sp}, {Span: marsad.Span{Start: end, End: start}}}}
		p := &marsad.Participant{Text: ptext, Span: sp, ActorRef: marsad.ActorRef{Code: code, Name: ptext, Country: code}}
		ev := marsad.StoredEvent{ArticleID: a.ID, ArticleDate: date, Index: index, Event: marsad.Event{
			Code: code, Name: ptext, Modality: marsad.Asserted, Date: date, Sentence: sent, Evidence: sp,
			Source: p, Target: p, ReportedBy: p, Actors: []marsad.Participant{*p},
			Trigger:      marsad.Trig{Text: ptext, Span: sp},
			MentionSpans: []marsad.Span{sp, {Start: end, End: start}},
			Location:     &marsad.Place{Text: ptext, Span: sp, Name: ptext, Country: code, Admin1: ptext, Lat: float64(start), Lon: float64(end)},
		}}
		for _, fm := range export.Formats() {
			var b strings.Builder
			w, err := export.NewWriter(&b, fm, export.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.WriteEvent(a, ev); err != nil {
				t.Fatalf("%s: %v", fm, err)
			}
			if err := w.Flush(); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			if valid(text, ptext, code, date, url) && !utf8.ValidString(out) {
				t.Fatalf("%s: invalid UTF-8 out of valid input", fm)
			}
			cols := map[export.Format]int{export.GDELTEvents: 61, export.GDELTMentions: 16}[fm]
			if cols == 0 {
				continue
			}
			rows := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
			if fm == export.GDELTMentions && len(rows) != 2 || fm == export.GDELTEvents && len(rows) != 1 {
				t.Fatalf("%s: %d rows: %q", fm, len(rows), out)
			}
			for _, r := range rows {
				if n := strings.Count(r, "\t") + 1; n != cols {
					t.Fatalf("%s: %d columns, want %d: %q", fm, n, cols, r)
				}
			}
		}
	})
}

func valid(ss ...string) bool {
	for _, s := range ss {
		if !utf8.ValidString(s) {
			return false
		}
	}
	return true
}
