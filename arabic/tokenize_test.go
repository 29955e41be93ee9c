package arabic

import (
	"os"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

// tok is a compact token description for tables: text/kind/norm.
type tok struct {
	text string
	kind Kind
	norm string
}

func TestTokenize(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []tok
	}{
		{"قال الرئيسُ", []tok{{"قال", Word, "قال"}, {"الرئيسُ", Word, "الرييس"}}},
		{"عام ٢٠٢٥ و2025", []tok{{"عام", Word, "عام"}, {"٢٠٢٥", Number, "2025"}, {"و", Word, "و"}, {"2025", Number, "2025"}}},
		{"1,500 و1.500.000 دولار", []tok{{"1,500", Number, "1,500"}, {"و", Word, "و"}, {"1.500.000", Number, "1.500.000"}, {"دولار", Word, "دولار"}}},
		{"نمو 3.5 أو ٣٫٥", []tok{{"نمو", Word, "نمو"}, {"3.5", Number, "3.5"}, {"أو", Word, "او"}, {"٣٫٥", Number, "3.5"}}},
		{"50% و٥٠٪", []tok{{"50", Number, "50"}, {"%", Symbol, "%"}, {"و", Word, "و"}, {"٥٠", Number, "50"}, {"٪", Symbol, "٪"}}},
		{"في 18.02.2025 الساعة 10:30", []tok{{"في", Word, "في"}, {"18.02.2025", Number, "18.02.2025"}, {"الساعة", Word, "الساعه"}, {"10:30", Number, "10:30"}}},
		{"كوفيد-19", []tok{{"كوفيد", Word, "كوفيد"}, {"-", Punct, "-"}, {"19", Number, "19"}}},
		{"الـ15 والـ٢٠", []tok{{"الـ15", Word, "ال15"}, {"والـ٢٠", Word, "وال20"}}},
		{"حلف NATO وU.S. Dr. Smith", []tok{{"حلف", Word, "حلف"}, {"NATO", Latin, "nato"}, {"و", Word, "و"}, {"U.S.", Latin, "u.s."}, {"Dr.", Latin, "dr."}, {"Smith", Latin, "smith"}}},
		{"«الناتو» “قمة” (د ب أ)", []tok{{"«", Punct, "«"}, {"الناتو", Word, "الناتو"}, {"»", Punct, "»"}, {"“", Punct, "“"}, {"قمة", Word, "قمه"}, {"”", Punct, "”"}, {"(", Punct, "("}, {"د", Word, "د"}, {"ب", Word, "ب"}, {"أ", Word, "ا"}, {")", Punct, ")"}}},
		{"الرياض، جدة؛ لماذا؟", []tok{{"الرياض", Word, "الرياض"}, {"،", Punct, "،"}, {"جدة", Word, "جده"}, {"؛", Punct, "؛"}, {"لماذا", Word, "لماذا"}, {"؟", Punct, "؟"}}},
		{"وَالرَّئِيسُ الـــروسي", []tok{{"وَالرَّئِيسُ", Word, "والرييس"}, {"الـــروسي", Word, "الروسي"}}},
		{"انتهى... ثم", []tok{{"انتهى", Word, "انتهي"}, {"...", Punct, "..."}, {"ثم", Word, "ثم"}}},
		{"راجع https://example.com/a?b=1. أو info@marsad.org", []tok{{"راجع", Word, "راجع"}, {"https://example.com/a?b=1", Latin, "https://example.com/a?b=1"}, {".", Punct, "."}, {"أو", Word, "او"}, {"info@marsad.org", Latin, "info@marsad.org"}}},
		{"ــــ $5 +", []tok{{"ــــ", Punct, "ــــ"}, {"$", Symbol, "$"}, {"5", Number, "5"}, {"+", Symbol, "+"}}},
		{"ﻻ", []tok{{"ﻻ", Word, "لا"}}},
		{"مرحبا 👍🏽 بكم", []tok{{"مرحبا", Word, "مرحبا"}, {"👍🏽", Symbol, "👍🏽"}, {"بكم", Word, "بكم"}}},
		{"  \n\t ", nil},
		{"", nil},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got := Tokenize(tc.in)
			if len(got) != len(tc.want) {
				t.Fatalf("Tokenize(%q) = %v, want %d tokens", tc.in, got, len(tc.want))
			}
			for i, w := range tc.want {
				if g := got[i]; g.Text != w.text || g.Kind != w.kind || g.Norm != w.norm {
					t.Errorf("token %d = {%q %v %q}, want {%q %v %q}", i, g.Text, g.Kind, g.Norm, w.text, w.kind, w.norm)
				}
			}
			checkTokens(t, tc.in, got, 0)
		})
	}
}

func TestTokenizeExampleOffsets(t *testing.T) {
	b, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	toks := Tokenize(text)
	checkTokens(t, text, toks, 0)
	words := 0
	for _, tk := range toks {
		if tk.Kind == Word {
			words++
		}
	}
	if words != 312 {
		t.Errorf("%d words in the example, want 312 (one per whitespace-separated word of the file)", words)
	}
	// Re-joining the tokens with the dropped white space gives the text back.
	rs := []rune(text)
	var sb strings.Builder
	prev := 0
	for _, tk := range toks {
		sb.WriteString(string(rs[prev:tk.Start]))
		sb.WriteString(tk.Text)
		prev = tk.End
	}
	sb.WriteString(string(rs[prev:]))
	if sb.String() != text {
		t.Error("tokens and gaps do not rebuild the text")
	}
}

func TestAppendTokensBase(t *testing.T) {
	dst := Tokenize("قال")
	dst = AppendTokens(dst, "وزير الخارجية", 100)
	if len(dst) != 3 {
		t.Fatalf("got %d tokens", len(dst))
	}
	if dst[1].Start != 100 || dst[1].End != 104 || dst[2].Start != 105 || dst[2].End != 113 {
		t.Errorf("offsets not shifted by base: %+v", dst[1:])
	}
}

func TestKindString(t *testing.T) {
	for k, want := range map[Kind]string{Word: "word", Number: "number", Latin: "latin", Punct: "punct", Symbol: "symbol", 0: "unknown", 99: "unknown"} {
		if got := k.String(); got != want {
			t.Errorf("Kind(%d).String() = %q, want %q", k, got, want)
		}
	}
}

// checkTokens verifies that every token's offsets slice the text to its Text, in order.
func checkTokens(t testing.TB, text string, toks []Token, base int) {
	t.Helper()
	rs := []rune(text)
	prev := base
	for i, tk := range toks {
		s, e := tk.Start-base, tk.End-base
		if s < prev-base || s >= e || e > len(rs) {
			t.Fatalf("token %d %q has bad span %d-%d (prev end %d, len %d)", i, tk.Text, tk.Start, tk.End, prev, len(rs))
		}
		if string(rs[s:e]) != tk.Text {
			t.Fatalf("token %d: runes %d-%d are %q, Text is %q", i, s, e, string(rs[s:e]), tk.Text)
		}
		if tk.Kind < Word || tk.Kind > Symbol {
			t.Fatalf("token %d has kind %d", i, tk.Kind)
		}
		prev = tk.End
	}
}

// TestFastPathMatchesGeneral tokenizes real and tricky text with and without the fast path for
// plain Arabic words: the tokens must be the same.
func TestFastPathMatchesGeneral(t *testing.T) {
	data, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range append([]string{string(data)}, fuzzSeeds...) {
		compareFastPath(t, s)
	}
	for _, s := range []string{
		"الـ15 ال20 وال٣ بال۱ كتب١ قال، وقال؛ أم؟ مَا ١٢ ۱۲ ٪", // numbers after the article
		"ـــ ـ15 تـ٣ ًٌٍ",                                     // tatweel and marks without letters
		"لا\u200cسيما و\u200dال \u200fالعربية",                // joiners and marks inside or after words
		"ﻻ ﷲ ٱلله ا\u0653 ا\u0654 ي\u0654 \u0675\u0676",       // presentation forms, composing marks
		"ڤيينا گیلان ݐ ࢠ ۀ",                                   // Persian letters, other Arabic blocks
		"قال:\"نعم\" (وزارة) [الخارجية] «روسيا»—أمريكا/الصين", // punctuation after words
		"عربي\xd8", "عربي\xd8\x20", "\xd9\x88", // invalid UTF-8
	} {
		compareFastPath(t, s)
	}
}

func TestIsQuoteMark(t *testing.T) {
	for _, s := range []string{"\"", "«", "»", "“", "”", "„", "'"} {
		if !IsQuoteMark(s) {
			t.Errorf("IsQuoteMark(%q) = false", s)
		}
	}
	for _, s := range []string{"،", ".", "(", ":", "قال", ""} {
		if IsQuoteMark(s) {
			t.Errorf("IsQuoteMark(%q) = true", s)
		}
	}
}
