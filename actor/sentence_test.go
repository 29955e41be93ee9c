package actor

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"
)

// A sentence ending with an honorific, once the document has aliases, used to index past the
// last token.
func TestHonorificAtEnd(t *testing.T) {
	doc := Default().NewDoc(day("2025-02-18"))
	first := "قال يوري أوشاكوف، مساعد الرئيس الروسي، إن المحادثات مستمرة"
	if ms := doc.Sentence(first, nil); len(ms) == 0 || len(doc.alias) == 0 {
		t.Fatalf("%s: no mentions or no alias: %+v", first, ms)
	}
	for _, s := range []string{"واستقبل الشيخ", "وصل السيد", "أوشاكوف استقبله الدكتور"} {
		ms := doc.Sentence(s, nil)
		for _, m := range ms {
			if m.End > len([]rune(s)) {
				t.Errorf("%s: span %d-%d past the end", s, m.Start, m.End)
			}
		}
	}
	if ms := doc.Sentence("وقال أوشاكوف", nil); len(ms) != 1 || ms[0].Code != "RUSGOV" {
		t.Errorf("أوشاكوف after the honorifics: got %+v, want one RUSGOV mention", ms)
	}
}

// skipRunesRef is skipRunes one rune at a time, as utf8 decodes them.
func skipRunesRef(s string, b, cr, r int) (int, int) {
	for cr < r && b < len(s) {
		_, size := utf8.DecodeRuneInString(s[b:])
		b += size
		cr++
	}
	return b, cr
}

func checkSkipRunes(t *testing.T, s string) {
	t.Helper()
	for r := 0; r <= len(s)+2; r++ {
		gb, gr := skipRunes(s, 0, 0, r)
		wb, wr := skipRunesRef(s, 0, 0, r)
		if gb != wb || gr != wr {
			t.Fatalf("skipRunes(%q, 0, 0, %d) = %d, %d; want %d, %d", s, r, gb, gr, wb, wr)
		}
	}
}

// skipRunes counts eight bytes at a time: it must agree with decoding rune by rune on Arabic,
// mixed and broken text.
func TestSkipRunes(t *testing.T) {
	for _, s := range []string{
		"",
		"abc",
		"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.",
		"قال: «الأمم المتحدة» 2025 NATO U.S. أوبك+ \u200f\ufeff",
		"وَلِلولاياتِ المتحدةِ — ﻻ ٣٫٥ 😀 € ٪",
		"\xd8\xa7\xd8",             // a lead at the very end
		"\xd8\xa7\xd8\xd8\xa7abcd", // a lead without its continuation
		"\xa7\xd8\xa7\xd8\xa7abcdefgh",
		"\xc0\x80\xc1\xbfabcdefgh", // overlong forms
		"\xe2\x82\xac\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7",
		"\xf0\x9f\x98\x80\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7",
		"\xff\xfe\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7\xd8\xa7",
	} {
		checkSkipRunes(t, s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	alphabet := []string{"ا", "ل", "ي", " ", "a", ".", "\xd8", "\xa7", "\xc0", "\xe2\x82\xac", "😀", "\xff", "ـ"}
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		checkSkipRunes(t, b.String())
	}
}

func FuzzSkipRunes(f *testing.F) {
	f.Add("التقى وزير الخارجية الأمريكي ماركو روبيو")
	f.Add("\xd8\xa7\xd8\xd8\xa7abcd\xe2\x82\xac")
	f.Fuzz(func(t *testing.T, s string) { checkSkipRunes(t, s) })
}

// A cursor asked for offsets in any order (groups come after their members) answers as a walk
// from the start would.
func TestRuneCursorAnyOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, s := range []string{
		"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.",
		"قال: «الأمم المتحدة» 2025 NATO 😀 \xd8\xa7\xd8 وال\xff بال \xe2\x82 ﻻ",
	} {
		c := runeCursor{s: s}
		n := utf8.RuneCountInString(s)
		for range 500 {
			r := rng.IntN(n+4) - 2
			want, _ := skipRunesRef(s, 0, 0, r)
			if got := c.byteAt(r); got != want {
				t.Fatalf("%q: byteAt(%d) = %d, want %d", s, r, got, want)
			}
		}
	}
}

// atLeastRunes counts as ranging over the string does, on Arabic, mixed and broken text.
func TestAtLeastRunes(t *testing.T) {
	for _, s := range []string{"", "a", "ال", "الا", "لل", "\xd8", "\xd8\xa7\xd8", "\xff\xfe", "😀a", "ﻻ", "\xe2\x82", "abcdefghij"} {
		for n := 0; n <= 5; n++ {
			if got, want := atLeastRunes(s, n), utf8.RuneCountInString(s) >= n; got != want {
				t.Errorf("atLeastRunes(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}
