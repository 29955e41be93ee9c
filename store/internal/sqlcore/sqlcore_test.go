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
