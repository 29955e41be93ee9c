package marsad_test

import (
	"errors"
	"fmt"
	"testing"

	"marsad"
)

func TestSliceRunes(t *testing.T) {
	text := "التقى روبيو بلافروف في الرياض." // offsets count code points, not bytes
	for _, tt := range []struct {
		span marsad.Span
		want string
	}{
		{marsad.Span{Start: 0, End: 5}, "التقى"},
		{marsad.Span{Start: 6, End: 11}, "روبيو"},
		{marsad.Span{Start: 23, End: 29}, "الرياض"},
		{marsad.Span{Start: 23, End: 1000}, "الرياض."}, // clipped to the text
		{marsad.Span{Start: -3, End: 5}, "التقى"},
		{marsad.Span{Start: 5, End: 5}, ""},
		{marsad.Span{Start: 9, End: 2}, ""},
		{marsad.Span{Start: 500, End: 600}, ""},
	} {
		if got := marsad.SliceRunes(text, tt.span); got != tt.want {
			t.Errorf("SliceRunes(%v) = %q, want %q", tt.span, got, tt.want)
		}
	}
	if n := marsad.RuneLen(text); n != 30 {
		t.Errorf("RuneLen = %d, want 30", n)
	}
}

func TestSpan(t *testing.T) {
	s := marsad.Span{Start: 3, End: 7}
	if s.Len() != 4 || !s.Contains(3) || s.Contains(7) || !s.Overlaps(marsad.Span{Start: 6, End: 9}) ||
		s.Overlaps(marsad.Span{Start: 7, End: 9}) || !s.Valid(7) || s.Valid(6) || (marsad.Span{Start: 5, End: 4}).Valid(10) {
		t.Errorf("span arithmetic wrong for %+v", s)
	}
}

func TestParseDate(t *testing.T) {
	if d, err := marsad.ParseDate("2025-02-18"); err != nil || d.Format(marsad.DateLayout) != "2025-02-18" {
		t.Errorf("ParseDate: %v %v", d, err)
	}
	if d, err := marsad.ParseDate(""); err != nil || !d.IsZero() {
		t.Errorf("empty date: %v %v", d, err)
	}
	for _, bad := range []string{"18/02/2025", "2025-2-18", "٢٠٢٥-٠٢-١٨", "2025-02-30"} {
		if _, err := marsad.ParseDate(bad); !errors.Is(err, marsad.ErrBadDate) {
			t.Errorf("ParseDate(%q) error %v, want ErrBadDate", bad, err)
		}
	}
}

func TestCodes(t *testing.T) {
	for _, tt := range []struct {
		code, root, base string
		quad             int
	}{
		{"0441", "04", "044", 1}, {"036", "03", "036", 1}, {"0871", "08", "087", 2}, {"111", "11", "111", 3},
		{"195", "19", "195", 4}, {"2042", "20", "204", 4}, {"x1", "x1", "x1", 0}, {"", "", "", 0}, {"30", "30", "30", 0},
	} {
		if marsad.Root(tt.code) != tt.root || marsad.BaseCode(tt.code) != tt.base || marsad.QuadClass(tt.code) != tt.quad {
			t.Errorf("%q: root %q base %q quad %d", tt.code, marsad.Root(tt.code), marsad.BaseCode(tt.code), marsad.QuadClass(tt.code))
		}
	}
	if c := (marsad.ActorRef{Code: "USAGOV"}).CountryCode(); c != "USA" {
		t.Errorf("CountryCode = %q", c)
	}
	if c := (marsad.ActorRef{Code: "US"}).CountryCode(); c != "" {
		t.Errorf("short code CountryCode = %q", c)
	}
}

func TestContentHash(t *testing.T) {
	a, b := marsad.ContentHash("نص"), marsad.ContentHash("نص ")
	if a == b || len(a) != 64 || a != marsad.ContentHash("نص") {
		t.Errorf("ContentHash not a stable SHA-256: %s %s", a, b)
	}
}

func ExampleSliceRunes() {
	text := "التقى روبيو بلافروف في الرياض."
	fmt.Println(marsad.SliceRunes(text, marsad.Span{Start: 23, End: 29}))
	// Output: الرياض
}
