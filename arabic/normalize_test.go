package arabic

import (
	"math/rand/v2"
	"os"
	"testing"
	"unicode/utf8"

	"marsad/internal/shareddata"
)

func TestNormalizeFolds(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		f    Form
		want string
	}{
		{"nfkc lam-alef ligature", "ﻻ", NFKC, "لا"},
		{"nfkc presentation forms", "ﺍﻟﺴﻼﻡ", NFKC, "السلام"},
		{"nfkc allah ligature", "ﷲ", NFKC, "الله"},
		{"nfkc hamza composition", "ا\u0654مل", NFKC, "أمل"},
		{"nfkc fullwidth", "ＮＡＴＯ", NFKC, "NATO"},
		{"nfkc off keeps ligature", "ﻻ", StripTashkeel, "ﻻ"},
		{"tashkeel", "وَالرَّئِيسُ", StripTashkeel, "والرئيس"},
		{"tashkeel superscript alef", "هٰذا", StripTashkeel, "هذا"},
		{"tashkeel tanwin", "أيضًا", StripTashkeel, "أيضا"},
		{"tashkeel quranic marks", "الرَّحِيمِۖ", StripTashkeel, "الرحيم"},
		{"tatweel", "الـــرياض", StripTatweel, "الرياض"},
		{"tatweel kept without the fold", "الـرياض", StripTashkeel, "الـرياض"},
		{"alef", "أحمد إبراهيم آل ٱلله", FoldAlef, "احمد ابراهيم ال الله"},
		{"alef wavy and small", "ٲٳ", FoldAlef, "اا"},
		{"ya", "على مستوى", FoldYa, "علي مستوي"},
		{"ta marbuta", "المملكة العربية", FoldTaMarbuta, "المملكه العربيه"},
		{"hamza seats", "مؤتمر رئيس", FoldHamza, "موتمر رييس"},
		{"persian letters", "کیف ہوا ۀ ڪ", FoldPersian, "كيف هوا ه ك"},
		{"digits arabic-indic", "٢٠٢٥", Digits, "2025"},
		{"digits persian", "۱۴۰۳", Digits, "1403"},
		{"digits separators", "٣٫٥ و١٬٥٠٠", Digits, "3.5 و1,500"},
		{"lower latin", "NATO و U.S. École", LowerLatin, "nato و u.s. école"},
		{"format chars", "بوتين\u200f\u200cو", StripFormat, "بوتينو"},
		{"default", "وَأَكَّدَ الـرئيسُ أنَّ ١٠٪ مِنَ الميزانيةِ على", Default, "واكد الرئيس ان 10٪ من الميزانية علي"},
		{"default keeps ta marbuta and hamza", "مؤسسة", Default, "مؤسسة"},
		{"search", "المملكةُ العربيةُ السعوديةُ و NATO", Search, "المملكه العربيه السعوديه و nato"},
		{"search hamza", "رئيس المؤتمر", Search, "رييس الموتمر"},
		{"empty", "", Search, ""},
		{"invalid utf-8", "a\xffb", Search, "a\uFFFDb"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Normalize(tc.in, tc.f)
			if got.Text != tc.want {
				t.Errorf("Normalize(%q) = %q, want %q", tc.in, got.Text, tc.want)
			}
			if s := NormalizeString(tc.in, tc.f); s != tc.want {
				t.Errorf("NormalizeString(%q) = %q, want %q", tc.in, s, tc.want)
			}
			if b := AppendNormalized([]byte("x"), tc.in, tc.f); string(b) != "x"+tc.want {
				t.Errorf("AppendNormalized(%q) = %q", tc.in, b)
			}
			checkOffsets(t, tc.in, got)
		})
	}
}

func TestKey(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"الرئيسُ", "الرييس"},
		{"إلى", "الي"},
		{"مُؤتمَر", "موتمر"},
		{"ﺍﻟﻘﺎﻫﺮﺓ", "القاهره"},
		{"NATO", "nato"},
		{"کابل", "كابل"},
	} {
		if got := Key(tc.in); got != tc.want {
			t.Errorf("Key(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestNormalizeOffsets(t *testing.T) {
	for _, tc := range []struct {
		in   string
		f    Form
		offs []int
	}{
		{"بَيت", Default, []int{0, 2, 3, 4}},
		{"ﻻ ب", NFKC, []int{0, 0, 1, 2, 3}},
		{"ـبـ", StripTatweel, []int{1, 3}},
		{"ا\u0654ب", NFKC, []int{0, 2, 3}},
	} {
		got := Normalize(tc.in, tc.f)
		if !equalInts(got.Offsets, tc.offs) {
			t.Errorf("Normalize(%q).Offsets = %v, want %v", tc.in, got.Offsets, tc.offs)
		}
	}
}

func TestOrig(t *testing.T) {
	n := Normalize("قَالَ ﻻ شَيْءَ", Default) // قال لا شيء
	for _, tc := range []struct{ s, e, os, oe int }{
		{0, 3, 0, 5},   // قال with its harakat
		{4, 6, 6, 7},   // لا comes from the one ligature
		{4, 5, 6, 7},   // half of an expansion maps to the whole original char
		{7, 10, 8, 14}, // شيء with its trailing fatha
		{-5, 100, 0, 14},
		{3, 3, 5, 5},
		{9, 2, 12, 12}, // start past end: an empty range at start
	} {
		os, oe := n.Orig(tc.s, tc.e)
		if os != tc.os || oe != tc.oe {
			t.Errorf("Orig(%d,%d) = %d,%d, want %d,%d", tc.s, tc.e, os, oe, tc.os, tc.oe)
		}
	}
	if os, oe := (Normalized{}).Orig(0, 3); os != 0 || oe != 0 {
		t.Errorf("zero Normalized: Orig = %d,%d", os, oe)
	}
}

// TestOrigRoundTrip checks, on the example article and on text full of marks and ligatures, that
// for random substrings the original range Orig gives normalises back to the same substring.
func TestOrigRoundTrip(t *testing.T) {
	article, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(article),
		"وَقَالَ الـرَّئِيسُ: «ﻻ ﺳﻼﻡ» فِي ٢٠٢٥ ﷲ أكبر ــ کیف ۀ ٣٫٥ NATO\u200f!",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, text := range texts {
		orig := []rune(text)
		for _, f := range []Form{Default, Search, NFKC, StripTashkeel | StripTatweel, Search &^ NFKC} {
			n := Normalize(text, f)
			nr := []rune(n.Text)
			// Boundaries between groups of output runes that come from different original runes.
			var cuts []int
			for i := 0; i <= len(nr); i++ {
				if i == 0 || i == len(nr) || n.Offsets[i] != n.Offsets[i-1] {
					cuts = append(cuts, i)
				}
			}
			for range 300 {
				a, b := cuts[rng.IntN(len(cuts))], cuts[rng.IntN(len(cuts))]
				if a > b {
					a, b = b, a
				}
				os, oe := n.Orig(a, b)
				if got, want := NormalizeString(string(orig[os:oe]), f), string(nr[a:b]); got != want {
					t.Fatalf("form %b: Orig(%d,%d)=%d,%d: %q normalises to %q, want %q", f, a, b, os, oe, string(orig[os:oe]), got, want)
				}
			}
		}
	}
}

func TestNormalizeStringNoAlloc(t *testing.T) {
	s := "الرياض nato 2025"
	if got := NormalizeString(s, Search); got != s {
		t.Fatalf("got %q", got)
	}
	if a := testing.AllocsPerRun(100, func() { NormalizeString(s, Search) }); a != 0 {
		t.Errorf("NormalizeString of a stable string allocates %v times", a)
	}
}

// checkOffsets verifies the invariants of an offset map.
func checkOffsets(t testing.TB, in string, n Normalized) {
	t.Helper()
	runes := utf8.RuneCountInString(n.Text)
	if len(n.Offsets) != runes+1 {
		t.Fatalf("len(Offsets) = %d, want runes+1 = %d (text %q)", len(n.Offsets), runes+1, n.Text)
	}
	total := utf8.RuneCountInString(in)
	if n.Offsets[runes] != total {
		t.Fatalf("last offset %d, want %d", n.Offsets[runes], total)
	}
	for i, o := range n.Offsets {
		if o < 0 || o > total || i > 0 && o < n.Offsets[i-1] {
			t.Fatalf("bad offset %d at %d: %v", o, i, n.Offsets)
		}
		if i < runes && o >= total {
			t.Fatalf("offset %d of rune %d past the input (%d runes)", o, i, total)
		}
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
