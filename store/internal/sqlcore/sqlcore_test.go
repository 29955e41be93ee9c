package sqlcore

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"marsad"
)

func TestPeriod(t *testing.T) {
	for _, tc := range []struct{ day, interval, want string }{
		{"2024-04-10", marsad.Day, "2024-04-10"},
		{"2024-04-10", "", "2024-04-10"},
		{"2024-04-10", marsad.Week, "2024-04-08"}, // a Wednesday → its Monday
		{"2024-04-08", marsad.Week, "2024-04-08"},
		{"2024-04-14", marsad.Week, "2024-04-08"}, // Sunday closes the ISO week
		{"2024-01-01", marsad.Week, "2024-01-01"},
		{"2023-01-01", marsad.Week, "2022-12-26"}, // across a year
		{"2024-02-29", marsad.Month, "2024-02-01"},
	} {
		got, err := Period(tc.day, tc.interval)
		if err != nil || got != tc.want {
			t.Errorf("Period(%s, %s) = %s, %v; want %s", tc.day, tc.interval, got, err, tc.want)
		}
	}
	if _, err := Period("2024-04-10", "year"); !errors.Is(err, marsad.ErrBadQuery) {
		t.Errorf("unknown interval: %v", err)
	}
}

func TestRebind(t *testing.T) {
	d := &Dialect{Dollar: true}
	if got := d.rebind(`SELECT a FROM t WHERE x = ? AND y IN (?, ?)`); got != `SELECT a FROM t WHERE x = $1 AND y IN ($2, $3)` {
		t.Errorf("rebind = %s", got)
	}
	d.Dollar = false
	if got := d.rebind(`x = ?`); got != `x = ?` {
		t.Errorf("rebind without dollars = %s", got)
	}
}

func TestPrefixRange(t *testing.T) {
	for _, tc := range []struct {
		code, prefix string
		in           bool
	}{
		{"USAGOV", "USA", true}, {"USA", "USA", true}, {"USB", "USA", false}, {"US", "USA", false},
		{"USA\u00e9", "USA", true}, {"IRN", "USA", false}, {"04", "04", true}, {"040", "04", true}, {"05", "04", false},
	} {
		if got := tc.code >= tc.prefix && tc.code < prefixHigh(tc.prefix); got != tc.in {
			t.Errorf("%q in range of prefix %q = %v, want %v", tc.code, tc.prefix, got, tc.in)
		}
	}
}

func TestLoadMigrations(t *testing.T) {
	fs := fstest.MapFS{
		"m/0002_b.sql": {Data: []byte("B")},
		"m/0001_a.sql": {Data: []byte("A")},
		"m/0010_c.sql": {Data: []byte("C")},
		"m/README.md":  {Data: []byte("not a migration")},
	}
	ms, err := LoadMigrations(fs, "m")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.Name+":"+m.SQL)
	}
	if strings.Join(got, " ") != "0001_a.sql:A 0002_b.sql:B 0010_c.sql:C" {
		t.Errorf("order %v", got)
	}
	for name, bad := range map[string]fstest.MapFS{
		"no number": {"m/init.sql": {Data: []byte("x")}},
		"zero":      {"m/0000_x.sql": {Data: []byte("x")}},
		"twice":     {"m/0001_a.sql": {Data: []byte("x")}, "m/01_b.sql": {Data: []byte("y")}},
	} {
		if _, err := LoadMigrations(bad, "m"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

func TestValidateAcceptsBoundaries(t *testing.T) {
	a := &marsad.Analysis{ID: "x", Text: "نص",
		Sentences: []marsad.Sentence{{Span: marsad.Span{Start: 0, End: 2}}},
		Events:    []marsad.Event{{Evidence: marsad.Span{Start: 2, End: 2}}}}
	if err := Validate(a); err != nil {
		t.Errorf("spans at the text's edges refused: %v", err)
	}
	a.Events[0].Evidence.End = 3
	if err := Validate(a); !errors.Is(err, marsad.ErrInvalid) {
		t.Errorf("span past the end: %v", err)
	}
}

func TestSplitMonths(t *testing.T) {
	for _, tc := range []struct {
		since, until string
		want         monthSpan
	}{
		{"", "", monthSpan{ok: true}},
		{"2024-01-01", "2024-12-31", monthSpan{ok: true, from: "2024-01-01", to: "2024-12-01"}},
		{"2024-01-15", "2024-03-20", monthSpan{ok: true, from: "2024-02-01", to: "2024-02-01",
			head: [2]string{"2024-01-15", "2024-01-31"}, tail: [2]string{"2024-03-01", "2024-03-20"}}},
		{"2024-02-10", "", monthSpan{ok: true, from: "2024-03-01", head: [2]string{"2024-02-10", "2024-02-29"}}},
		{"", "2024-02-29", monthSpan{ok: true, to: "2024-02-01"}}, // a leap day ends February
		{"", "2023-02-28", monthSpan{ok: true, to: "2023-02-01"}}, // and so does the 28th without one
		{"", "2024-02-28", monthSpan{ok: true, to: "2024-01-01", tail: [2]string{"2024-02-01", "2024-02-28"}}},
		{"2024-03-05", "2024-03-25", monthSpan{ok: false, from: "2024-04-01", to: "2024-02-01",
			head: [2]string{"2024-03-05", "2024-03-31"}, tail: [2]string{"2024-03-01", "2024-03-25"}}}, // within a month
		{"2024-12-31", "", monthSpan{ok: true, from: "2025-01-01", head: [2]string{"2024-12-31", "2024-12-31"}}},
	} {
		if got := splitMonths(tc.since, tc.until); got != tc.want {
			t.Errorf("splitMonths(%q, %q) = %+v, want %+v", tc.since, tc.until, got, tc.want)
		}
	}
}

func TestHead(t *testing.T) {
	for _, tc := range []struct {
		p    string
		n    int
		want string
		ok   bool
	}{
		{"USAGOV", 3, "USA", true}, {"USA", 3, "USA", true}, {"US", 3, "US", false}, {"", 3, "", false},
		{"الولايات", 3, "الو", true}, {"04", 2, "04", true}, {"0", 2, "0", false},
	} {
		got, ok := head(tc.p, tc.n)
		if got != tc.want || ok != tc.ok {
			t.Errorf("head(%q, %d) = %q, %v; want %q, %v", tc.p, tc.n, got, ok, tc.want, tc.ok)
		}
	}
	if !countryPrefix("USA") || !countryPrefix("") || countryPrefix("USAG") {
		t.Error("countryPrefix")
	}
}

func TestYears(t *testing.T) {
	for _, tc := range []struct {
		sp         monthSpan
		from, to   string
		head, tail [2]string
		ok         bool
	}{
		{monthSpan{}, "", "", [2]string{}, [2]string{}, true},
		{monthSpan{from: "2024-01-01", to: "2024-12-01"}, "2024-01-01", "2024-01-01", [2]string{}, [2]string{}, true},
		{monthSpan{from: "2023-03-01", to: "2025-02-01"}, "2024-01-01", "2024-01-01",
			[2]string{"2023-03-01", "2023-12-01"}, [2]string{"2025-01-01", "2025-02-01"}, true},
		{monthSpan{from: "2025-01-01"}, "2025-01-01", "", [2]string{}, [2]string{}, true},
		{monthSpan{to: "2020-03-01"}, "", "2019-01-01", [2]string{}, [2]string{"2020-01-01", "2020-03-01"}, true},
		{monthSpan{from: "2024-02-01", to: "2024-11-01"}, "2025-01-01", "2023-01-01",
			[2]string{"2024-02-01", "2024-12-01"}, [2]string{"2024-01-01", "2024-11-01"}, false},
	} {
		from, to, head, tail, ok := tc.sp.years()
		if from != tc.from || to != tc.to || head != tc.head || tail != tc.tail || ok != tc.ok {
			t.Errorf("%+v.years() = %q %q %v %v %v; want %q %q %v %v %v", tc.sp, from, to, head, tail, ok,
				tc.from, tc.to, tc.head, tc.tail, tc.ok)
		}
	}
}
