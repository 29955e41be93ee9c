package export_test

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"

	"marsad"
	"marsad/export"
)

func run(t *testing.T, src export.Source, f export.Format, opt export.Options) (string, export.Stats) {
	t.Helper()
	var buf bytes.Buffer
	st, err := export.Export(context.Background(), &buf, src, f, opt)
	if err != nil {
		t.Fatalf("export %s: %v", f, err)
	}
	return buf.String(), st
}

// tsv splits TSV output into rows of fields, checking that every row has n fields.
func tsv(t *testing.T, out string, n int) [][]string {
	t.Helper()
	var rows [][]string
	for line := range strings.Lines(out) {
		if !strings.HasSuffix(line, "\n") {
			t.Fatalf("row without a final newline: %q", line)
		}
		f := strings.Split(strings.TrimSuffix(line, "\n"), "\t")
		if len(f) != n {
			t.Fatalf("row has %d fields, want %d: %q", len(f), n, line)
		}
		rows = append(rows, f)
	}
	return rows
}

// byID indexes GDELT event rows by their GLOBALEVENTID, failing on a repeated id.
func byID(t *testing.T, rows [][]string) map[string][]string {
	t.Helper()
	m := map[string][]string{}
	for _, r := range rows {
		if _, dup := m[r[0]]; dup {
			t.Fatalf("GLOBALEVENTID %s twice", r[0])
		}
		m[r[0]] = r
	}
	return m
}

func concat(parts ...[]string) []string {
	var out []string
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func id(article string, index int) string {
	return strconv.FormatInt(export.EventID(article, index), 10)
}

func TestColumnCounts(t *testing.T) {
	if n := len(export.EventColumns); n != 61 {
		t.Errorf("GDELT 2.0 Event table has %d columns, want 61", n)
	}
	if n := len(export.MentionColumns); n != 16 {
		t.Errorf("GDELT 2.0 Mentions table has %d columns, want 16", n)
	}
	// spot-check GDELT's order at the joints of the layout
	for i, want := range map[int]string{0: "GLOBALEVENTID", 4: "FractionDate", 5: "Actor1Code", 15: "Actor2Code",
		25: "IsRootEvent", 34: "AvgTone", 35: "Actor1Geo_Type", 43: "Actor2Geo_Type", 51: "ActionGeo_Type",
		58: "ActionGeo_FeatureID", 59: "DATEADDED", 60: "SOURCEURL"} {
		if got := export.EventColumns[i]; got != want {
			t.Errorf("EventColumns[%d] = %s, want %s", i, got, want)
		}
	}
}

func TestGDELTEvents(t *testing.T) {
	st := newStore(t)
	out, stats := run(t, st, export.GDELTEvents, export.Options{})
	// asserted events only: riyadh/0, gaza/0, gaza/1, in whatever order the store lists them
	rows := byID(t, tsv(t, out, 61))
	if len(rows) != 3 || stats.Records != 3 {
		t.Fatalf("%d rows (stats %+v), want 3:\n%s", len(rows), stats, out)
	}
	noGeo := []string{"0", "", "", "", "", "", "", ""}
	noActor := make([]string, 10)
	want := [][]string{
		concat([]string{id(riyadhID, 0), "20250218", "202502", "2025", "2025.1315"},
			[]string{"USAGOV", "MARCO RUBIO", "USA", "", "", "", "", "GOV", "", ""},
			[]string{"RUSGOV", "SERGEY LAVROV", "RUS", "", "", "", "", "GOV", "", ""},
			[]string{"1", "040", "040", "04", "1", "1", "2", "1", "1", "-1.25"},
			noGeo, noGeo,
			[]string{"4", "Riyadh, Saudi Arabia", "SA", "SA-01", "", "24.6877", "46.7219", "Q3692"},
			[]string{"20250218000000", "https://www.aawsat.com/node/5112233"}),
		concat([]string{id(gazaID, 0), "20240605", "202406", "2024", "2024.4247"},
			[]string{"IGOUNO", "UNITED NATIONS", "", "UNO", "", "", "", "IGO", "", ""},
			[]string{"ISR", "ISRAEL", "ISR", "", "", "", "", "", "", ""},
			[]string{"0", "112", "112", "11", "3", "-2", "1", "1", "1", "0"},
			noGeo, noGeo,
			[]string{"4", "Nuseirat, Palestine", "GZ", "GZ-DEB", "", "31.4486", "34.3925", "Q1025496"},
			[]string{"20240605000000", gazaID}),
		concat([]string{id(gazaID, 1), "20240604", "202406", "2024", "2024.4219"},
			[]string{"ISRMIL", "ISRAEL DEFENSE FORCES", "ISR", "", "", "", "", "MIL", "", ""},
			noActor,
			[]string{"0", "195", "195", "19", "4", "-10", "1", "1", "1", "0"},
			noGeo, noGeo,
			[]string{"5", "Gaza Strip, Palestine", "GZ", "GZ", "", "31.4167", "34.3333", "GZ"},
			[]string{"20240605000000", gazaID}),
	}
	for r := range want {
		if len(want[r]) != 61 {
			t.Fatalf("test table row %d has %d columns", r, len(want[r]))
		}
		got, ok := rows[want[r][0]]
		if !ok {
			t.Errorf("no row for event %d (id %s)", r, want[r][0])
			continue
		}
		for c := range 61 {
			if got[c] != want[r][c] {
				t.Errorf("event %d column %d %s = %q, want %q", r, c+1, export.EventColumns[c], got[c], want[r][c])
			}
		}
	}
}

func TestGDELTModalities(t *testing.T) {
	st := newStore(t)
	cases := []struct {
		name string
		opt  export.Options
		want []string // GLOBALEVENTIDs
		skip int
	}{
		{"asserted by default", export.Options{}, []string{id(riyadhID, 0), id(gazaID, 0), id(gazaID, 1)}, 0},
		{"planned too", export.Options{Modalities: []string{marsad.Asserted, marsad.Planned}},
			[]string{id(riyadhID, 0), id(riyadhID, 1), id(gazaID, 0), id(gazaID, 1)}, 1},
		{"all", export.Options{AllModalities: true},
			[]string{id(riyadhID, 0), id(riyadhID, 1), id(gazaID, 0), id(gazaID, 1), id(gazaID, 2)}, 0},
		{"actor filter", export.Options{Query: marsad.EventQuery{Actor: "USA"}, AllModalities: true},
			[]string{id(riyadhID, 0), id(riyadhID, 1)}, 0},
		{"code filter", export.Options{Query: marsad.EventQuery{Code: "19"}}, []string{id(gazaID, 1)}, 0},
		{"country and dates", export.Options{Query: marsad.EventQuery{Country: "PSE", Since: "2024-06-05", Until: "2024-06-30"}},
			[]string{id(gazaID, 0)}, 0},
		{"limit", export.Options{Limit: 2, AllModalities: true}, nil, 0}, // any two, checked below
		{"page of one", export.Options{PageSize: 1, AllModalities: true},
			[]string{id(riyadhID, 0), id(riyadhID, 1), id(gazaID, 0), id(gazaID, 1), id(gazaID, 2)}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stats := run(t, st, export.GDELTEvents, c.opt)
			var got []string
			for _, r := range tsv(t, out, 61) {
				got = append(got, r[0])
			}
			if c.want == nil {
				if len(got) != c.opt.Limit || stats.Events != c.opt.Limit {
					t.Errorf("limit %d gave %d rows, %d events read", c.opt.Limit, len(got), stats.Events)
				}
				return
			}
			slices.Sort(got)
			slices.Sort(c.want)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("ids %v, want %v", got, c.want)
			}
			if stats.Skipped != c.skip {
				t.Errorf("skipped %d, want %d", stats.Skipped, c.skip)
			}
		})
	}
}

func TestGDELTHeader(t *testing.T) {
	st := newStore(t)
	out, _ := run(t, st, export.GDELTMentions, export.Options{Header: true})
	first, _, _ := strings.Cut(out, "\n")
	if first != strings.Join(export.MentionColumns, "\t") {
		t.Errorf("header %q", first)
	}
}

func TestGDELTMentions(t *testing.T) {
	st := newStore(t)
	out, stats := run(t, st, export.GDELTMentions, export.Options{Modalities: []string{marsad.Asserted, marsad.Planned}})
	rows := tsv(t, out, 16)
	// riyadh/0 has two mentions, riyadh/1 (planned) one, gaza/0 and gaza/1 one each
	if len(rows) != 5 || stats.Records != 5 {
		t.Fatalf("%d rows, want 5:\n%s", len(rows), out)
	}
	// the rows of one event come together and in mention order; events in the store's order
	mentionsOf := map[string][][]string{}
	for i, r := range rows {
		if i > 0 && rows[i-1][0] != r[0] && mentionsOf[r[0]] != nil {
			t.Fatalf("the mentions of event %s are not together", r[0])
		}
		mentionsOf[r[0]] = append(mentionsOf[r[0]], r)
	}
	at := func(text, sub string) string { return strconv.Itoa(span(t, text, sub, 0).Start) }
	rlen, glen := strconv.Itoa(marsad.RuneLen(riyadhText)), strconv.Itoa(marsad.RuneLen(gazaText))
	url := "https://www.aawsat.com/node/5112233"
	want := [][]string{
		{id(riyadhID, 0), "20250218000000", "20250218000000", "1", "aawsat.com", url, "1",
			at(riyadhText, "ماركو روبيو"), at(riyadhText, "سيرغي لافروف"), "0", "1", "90", rlen, "-1.25", "", ""},
		// the second mention, in the third sentence, names neither minister nor the meeting verb
		{id(riyadhID, 0), "20250218000000", "20250218000000", "1", "aawsat.com", url, "3",
			"-1", "-1", at(riyadhText, riyadhS2), "0", "90", rlen, "-1.25", "", ""},
		{id(riyadhID, 1), "20250218000000", "20250218000000", "1", "aawsat.com", url, "3",
			at(riyadhText, "واشنطن"), at(riyadhText, "موسكو"), at(riyadhText, "اتفق"), "1", "70", rlen, "-1.25", "",
			"<MODALITY>planned</MODALITY>"},
		{id(gazaID, 0), "20240605000000", "20240605000000", "2", "aljazeera", gazaID, "1",
			at(gazaText, "الأمم المتحدة"), at(gazaText, "إسرائيل"), "0", "1", "75", glen, "0", "", ""},
		{id(gazaID, 1), "20240605000000", "20240605000000", "2", "aljazeera", gazaID, "1",
			at(gazaText, "إسرائيل"), "-1", at(gazaText, "بقصف"), "1", "60", glen, "0", "", ""},
	}
	seen := map[string]int{}
	for r := range want {
		ev := want[r][0]
		n := seen[ev]
		seen[ev]++
		if n >= len(mentionsOf[ev]) {
			t.Errorf("event %s has %d mention rows, want more", ev, len(mentionsOf[ev]))
			continue
		}
		got := mentionsOf[ev][n]
		for c := range 16 {
			if got[c] != want[r][c] {
				t.Errorf("want row %d column %d %s = %q, want %q", r, c+1, export.MentionColumns[c], got[c], want[r][c])
			}
		}
	}
}

func TestEventID(t *testing.T) {
	seen := map[int64]string{}
	for _, a := range []string{riyadhID, gazaID, quietID, "a", "a0", ""} {
		for i := range 50 {
			v := export.EventID(a, i)
			if v < 0 {
				t.Fatalf("EventID(%q, %d) = %d is negative", a, i, v)
			}
			key := fmt.Sprint(a, "/", i)
			if prev, ok := seen[v]; ok {
				t.Fatalf("EventID collision: %s and %s", prev, key)
			}
			seen[v] = key
		}
	}
	// "a"/10 and "a1"/0 must differ: the separator keeps id and index apart
	if export.EventID("a", 10) == export.EventID("a1", 0) {
		t.Error("EventID does not separate the article id from the index")
	}
	// the id is part of the format: exports made at different times must agree
	if got, want := export.EventID(riyadhID, 0), eventID0; got != want {
		t.Errorf("EventID(%q, 0) = %d, want %d", riyadhID, got, want)
	}
}

func TestGeoOf(t *testing.T) {
	cases := []struct {
		name string
		p    *marsad.Place
		want export.Geo
	}{
		{"none", nil, export.Geo{}},
		{"country", &marsad.Place{Name: "Iraq", Country: "IRQ", Lat: 33, Lon: 44, Precision: "country", Wikidata: "Q796"},
			export.Geo{Type: 1, FullName: "Iraq", Country: "IZ", ADM1: "IZ", Lat: "33", Long: "44", FeatureID: "IZ"}},
		{"country without precision", &marsad.Place{Text: "سوريا", Country: "SYR", Lat: 35, Lon: 38},
			export.Geo{Type: 1, FullName: "Syria", Country: "SY", ADM1: "SY", Lat: "35", Long: "38", FeatureID: "SY"}},
		{"world state", &marsad.Place{Name: "Baghdad Governorate", Country: "IRQ", Admin1: "IQ-BG", Lat: 33.3152, Lon: 44.3661, Precision: "admin1"},
			export.Geo{Type: 5, FullName: "Baghdad Governorate, Iraq", Country: "IZ", ADM1: "IZ-BG", Lat: "33.3152", Long: "44.3661", FeatureID: "IZ-BG"}},
		{"US city", &marsad.Place{Name: "Washington", Country: "USA", Admin1: "US-DC", Lat: 38.89511, Lon: -77.03637, Wikidata: "Q61", Precision: "city"},
			export.Geo{Type: 3, FullName: "Washington, United States", Country: "US", ADM1: "USDC", Lat: "38.8951", Long: "-77.0364", FeatureID: "Q61"}},
		{"US state", &marsad.Place{Name: "California", Country: "USA", Admin1: "US-CA", Lat: 36.7783, Lon: -119.4179, Precision: "admin1"},
			export.Geo{Type: 2, FullName: "California, United States", Country: "US", ADM1: "USCA", Lat: "36.7783", Long: "-119.4179", FeatureID: "USCA"}},
		{"West Bank city", &marsad.Place{Name: "Ramallah", Country: "PSE", Lat: 31.9038, Lon: 35.2034, Precision: "city"},
			export.Geo{Type: 4, FullName: "Ramallah, Palestine", Country: "WE", ADM1: "WE", Lat: "31.9038", Long: "35.2034", FeatureID: "WE"}},
		{"Gaza governorate without coordinates", &marsad.Place{Name: "Rafah", Country: "PSE", Admin1: "PS-RFH", Precision: "city"},
			export.Geo{Type: 4, FullName: "Rafah, Palestine", Country: "GZ", ADM1: "GZ-RFH", FeatureID: "GZ-RFH"}},
		{"name ends with the country", &marsad.Place{Name: "Kuwait City, Kuwait", Country: "KWT", Lat: 29.3759, Lon: 47.9774, Precision: "city"},
			export.Geo{Type: 4, FullName: "Kuwait City, Kuwait", Country: "KU", ADM1: "KU", Lat: "29.3759", Long: "47.9774", FeatureID: "KU"}},
		{"tab in a name", &marsad.Place{Name: "Bad\tName", Country: "EGY", Precision: "city"},
			export.Geo{Type: 4, FullName: "Bad Name, Egypt", Country: "EG", ADM1: "EG", FeatureID: "EG"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := export.GeoOf(c.p); got != c.want {
				t.Errorf("GeoOf = %+v\nwant   %+v", got, c.want)
			}
		})
	}
}

// eventID0 is the FNV-1a 64 hash of "riyadh-2025-02-18\x000", masked to 63 bits, worked out
// apart from the package (in Python).
const eventID0 int64 = 1766251076080467935
