package arabic

import (
	"testing"
	"unicode/utf8"
)

var fuzzSeeds = []string{
	"",
	"كشفت وزارة الخارجية الأمريكية أن الوزيرين الروسي سيرجي لافروف والأمريكي ماركو روبيو توصلا.",
	"وَالرَّئِيسُ الـــروسي ﻻ ﷲ ا\u0654 ٣٫٥ 50% U.S. «قال: \"نعم.\"» (د ب أ) https://x.com/a?b=1.",
	"قال د. محمد إلخ. في 18.02.2025\n\nعاجل\r\n1. بند",
	"\xff\xfe\x00a\xc3",
	"ـــ\u200f\u200cو ک ی ۀ ۱۲",
	"وبنظيره ولقائه محادثاتهما للرئيس",
	"\u0654\u0655\u0653ا\u064e\u0654",
}

func FuzzNormalize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint(Search))
		f.Add(s, uint(NFKC))
	}
	f.Fuzz(func(t *testing.T, s string, form uint) {
		fm := Form(form) & (StripFormat<<1 - 1)
		n := Normalize(s, fm)
		checkOffsets(t, s, n)
		if !utf8.ValidString(n.Text) {
			t.Fatalf("invalid UTF-8 out: %q", n.Text)
		}
		if got := NormalizeString(s, fm); got != n.Text {
			t.Fatalf("NormalizeString = %q, Normalize = %q", got, n.Text)
		}
		m := len(n.Offsets) - 1
		for _, r := range [][2]int{{0, m}, {m / 2, m}, {0, m / 3}, {-1, m + 1}} {
			os, oe := n.Orig(r[0], r[1])
			if os < 0 || os > oe || oe > utf8.RuneCountInString(s) {
				t.Fatalf("Orig(%d,%d) = %d,%d out of range", r[0], r[1], os, oe)
			}
		}
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkSpans(t, s, Sentences(s))
	})
}

func FuzzTokenize(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		if !utf8.ValidString(s) {
			// Offsets still count Go's runes; Text is the raw slice.
			rs := []rune(s)
			for _, tk := range toks {
				if tk.Start < 0 || tk.End > len(rs) || tk.Start >= tk.End {
					t.Fatalf("bad span %+v", tk)
				}
			}
			return
		}
		checkTokens(t, s, toks, 0)
		toks2 := AppendTokens(nil, s, 7)
		if len(toks2) != len(toks) {
			t.Fatalf("AppendTokens gives %d tokens, Tokenize %d", len(toks2), len(toks))
		}
		for i := range toks {
			if toks2[i].Start != toks[i].Start+7 || toks2[i].Text != toks[i].Text {
				t.Fatalf("AppendTokens token %d = %+v, want %+v shifted", i, toks2[i], toks[i])
			}
		}
	})
}

// FuzzTokenizeFastPath checks that the fast path for plain Arabic words gives exactly the
// tokens of the general path.
func FuzzTokenizeFastPath(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Add("الـ15 ال20 ولل١٥ كتب١ ـ15 قال، وقال؛ أم؟ مَا ١٢ ۱۲ ٪ ﻻ ٱ ا\u0653 ڤ ی ݐ ࢠ")
	f.Fuzz(func(t *testing.T, s string) {
		compareFastPath(t, s)
	})
}

func compareFastPath(t *testing.T, s string) {
	t.Helper()
	got, want := appendTokens(nil, s, 3, true), appendTokens(nil, s, 3, false)
	if len(got) != len(want) {
		t.Fatalf("%q: fast path gives %d tokens, general path %d", s, len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("%q: fast path token %d = %+v, general path %+v", s, i, got[i], want[i])
		}
	}
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{"وبنظيره", "ولقائه", "للرئيس", "وَالرَّئِيسُ", "ﻻ", "وسيلتقي", "محادثاتهما", "", "\xff", "ولل", "والـ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		s := Segment(w)
		rs := []rune(w)
		if s.StemStart < 0 || s.StemStart > s.StemEnd || s.StemEnd > len(rs) {
			t.Fatalf("Segment(%q): stem span %d:%d out of range", w, s.StemStart, s.StemEnd)
		}
		if len(s.Prefixes)+len(s.Suffixes) > 0 {
			// A split word: its stem is the word's runes [StemStart, StemEnd) up to a restored
			// last letter.
			checkSegments(t, w, s)
		}
		_ = Stem(w)
	})
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("السلام عليكم"))
	f.Add([]byte{0xFF, 0xFE, 0x27, 0x06})
	f.Add([]byte{0xFE, 0xFF})
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Add([]byte{0xC7, 0xE1, 0xD3, 0xE1, 0xC7, 0xE3})
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xFF})
	f.Fuzz(func(t *testing.T, b []byte) {
		s, enc, err := Decode(b)
		if err != nil {
			return
		}
		if !utf8.ValidString(s) {
			t.Fatalf("Decode(%q) as %s gave invalid UTF-8 %q", b, enc, s)
		}
	})
}
