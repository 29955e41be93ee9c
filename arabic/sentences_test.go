package arabic

import (
	"os"
	"strings"
	"testing"
	"unicode"

	"marsad/internal/shareddata"
)

func TestSentencesExample(t *testing.T) {
	b, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	spans := Sentences(text)
	checkSpans(t, text, spans)
	if len(spans) != 13 {
		t.Fatalf("got %d sentences, want 13 (headline + 12 lines)", len(spans))
	}
	got := sentenceTexts(text, spans)
	if got[0] != "كواليس المناقشات الروسية الأمريكية في السعودية بشأن حرب أوكرانيا" {
		t.Errorf("headline = %q", got[0])
	}
	want4 := "المتحدث باسم الخارجية الأمريكية: اتفقنا مع روسيا على توسيع التعاون الجيوسياسي"
	if got[4] != want4 {
		t.Errorf("sentence 4 = %q, want %q", got[4], want4)
	}
}

func TestSentences(t *testing.T) {
	for _, tc := range []struct {
		name string
		in   string
		want []string
	}{
		{"full stops", "وصل الوفد. بدأت المحادثات.", []string{"وصل الوفد.", "بدأت المحادثات."}},
		{"question and exclamation", "هل انتهت الحرب؟ لا! ما زالت مستمرة?", []string{"هل انتهت الحرب؟", "لا!", "ما زالت مستمرة?"}},
		{"mark runs stay together", "حقا؟! نعم.", []string{"حقا؟!", "نعم."}},
		{"ellipsis", "انتظر الجميع… ثم جاء الخبر", []string{"انتظر الجميع…", "ثم جاء الخبر"}},
		{"three dots", "انتظر الجميع... ثم جاء الخبر", []string{"انتظر الجميع...", "ثم جاء الخبر"}},
		{"ellipsis glued to a word", "وقال...إن الأمر انتهى.", []string{"وقال...إن الأمر انتهى."}},
		{"arabic semicolon", "ارتفعت الأسعار؛ وانخفض الطلب.", []string{"ارتفعت الأسعار؛", "وانخفض الطلب."}},
		{"newline ends a headline", "عاجل: قمة في الرياض\nاجتمع القادة اليوم.", []string{"عاجل: قمة في الرياض", "اجتمع القادة اليوم."}},
		{"blank line", "الفقرة الأولى\n\nالفقرة الثانية", []string{"الفقرة الأولى", "الفقرة الثانية"}},
		{"crlf", "سطر أول\r\nسطر ثان", []string{"سطر أول", "سطر ثان"}},
		{"guillemets", "قال: «انتهى الاجتماع. سنعود غدا.» ثم غادر.", []string{"قال: «انتهى الاجتماع. سنعود غدا.» ثم غادر."}},
		{"curly quotes", "قال “لا. أبدا!” وخرج.", []string{"قال “لا. أبدا!” وخرج."}},
		{"straight quotes", `قال "لن نتراجع. أبدا" ثم صمت.`, []string{`قال "لن نتراجع. أبدا" ثم صمت.`}},
		{"parentheses", "الرئيس (وهو في زيارة. رسمية) وصل.", []string{"الرئيس (وهو في زيارة. رسمية) وصل."}},
		{"brackets", "النص [انظر ص. 5. أعلاه] مهم.", []string{"النص [انظر ص. 5. أعلاه] مهم."}},
		{"quote closed after the mark", "قال: «انتهى». ثم غادر.", []string{"قال: «انتهى».", "ثم غادر."}},
		{"unclosed quote is ignored", "قال «انتهى الأمر. ثم غادر.", []string{"قال «انتهى الأمر.", "ثم غادر."}},
		{"a very long quotation is split like running text",
			"قال: «" + strings.Repeat("نحن نعمل من أجل السلام في المنطقة كلها ", 8) + ". " + strings.Repeat("ولن نتراجع عن ذلك مهما كانت الظروف ", 8) + ".»",
			[]string{"قال: «" + strings.Repeat("نحن نعمل من أجل السلام في المنطقة كلها ", 8) + ".", strings.Repeat("ولن نتراجع عن ذلك مهما كانت الظروف ", 8) + ".»"}},
		{"newline inside quotes splits", "قال «انتهى\nالأمر» ثم غادر.", []string{"قال «انتهى", "الأمر» ثم غادر."}},
		{"doctor", "قال د. محمد العلي إن الوضع مستقر.", []string{"قال د. محمد العلي إن الوضع مستقر."}},
		{"engineer", "افتتح م. خالد المشروع.", []string{"افتتح م. خالد المشروع."}},
		{"professor", "أكد أ. سعيد ذلك.", []string{"أكد أ. سعيد ذلك."}},
		{"page", "انظر ص. 12 من التقرير.", []string{"انظر ص. 12 من التقرير."}},
		{"initials", "ج. بايدن وصل.", []string{"ج. بايدن وصل."}},
		{"agency tag dpa", "برلين (د ب أ) - أعلنت الحكومة. وقال متحدث.", []string{"برلين (د ب أ) - أعلنت الحكومة.", "وقال متحدث."}},
		{"agency tag dotted", "برلين (د. ب. أ.) - أعلنت الحكومة.", []string{"برلين (د. ب. أ.) - أعلنت الحكومة."}},
		{"agency tag afp", "باريس (أ ف ب) - قال الوزير.", []string{"باريس (أ ف ب) - قال الوزير."}},
		{"agency tag reuters", "القاهرة (رويترز) - ارتفعت الأسهم. وانخفض الدولار.", []string{"القاهرة (رويترز) - ارتفعت الأسهم.", "وانخفض الدولار."}},
		{"decimal", "بلغ النمو 3.5 في المئة.", []string{"بلغ النمو 3.5 في المئة."}},
		{"arabic decimal", "بلغ النمو ٣٫٥ في المئة.", []string{"بلغ النمو ٣٫٥ في المئة."}},
		{"arabic-indic decimal with dot", "بلغ النمو ٣.٥ في المئة.", []string{"بلغ النمو ٣.٥ في المئة."}},
		{"date", "في 18.02.2025 التقى الوزيران.", []string{"في 18.02.2025 التقى الوزيران."}},
		{"number at the end", "عقد الاجتماع عام 2025. ثم تفرقوا.", []string{"عقد الاجتماع عام 2025.", "ثم تفرقوا."}},
		{"url", "راجع www.spa.gov.sa/news?id=5 للمزيد. شكرا.", []string{"راجع www.spa.gov.sa/news?id=5 للمزيد.", "شكرا."}},
		{"url with scheme", "المصدر: https://example.com/a.html. انتهى.", []string{"المصدر: https://example.com/a.html.", "انتهى."}},
		{"email", "راسلونا على info@marsad.org. شكرا.", []string{"راسلونا على info@marsad.org.", "شكرا."}},
		{"etc mid-sentence", "ناقشوا الاقتصاد والطاقة إلخ. في جلسة طويلة.", []string{"ناقشوا الاقتصاد والطاقة إلخ. في جلسة طويلة."}},
		{"latin abbreviations", "زار Dr. Smith مقر U.S. Army أمس. ثم عاد.", []string{"زار Dr. Smith مقر U.S. Army أمس.", "ثم عاد."}},
		{"missing space after the stop", "انتهى الاجتماع.وبدأت المحادثات.", []string{"انتهى الاجتماع.", "وبدأت المحادثات."}},
		{"list numbers", "1. البند الأول\n2. البند الثاني", []string{"1. البند الأول", "2. البند الثاني"}},
		{"white space trimmed", "  جملة أولى.   جملة ثانية.  ", []string{"جملة أولى.", "جملة ثانية."}},
		{"empty", "", nil},
		{"blank", " \n\n \t", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			spans := Sentences(tc.in)
			checkSpans(t, tc.in, spans)
			got := sentenceTexts(tc.in, spans)
			if len(got) != len(tc.want) {
				t.Fatalf("Sentences(%q) = %q, want %q", tc.in, got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Errorf("sentence %d = %q, want %q", i, got[i], tc.want[i])
				}
			}
		})
	}
}

func sentenceTexts(text string, spans []Span) []string {
	rs := []rune(text)
	out := make([]string, len(spans))
	for i, s := range spans {
		out[i] = string(rs[s.Start:s.End])
	}
	return out
}

// checkSpans verifies that spans are ordered, non-overlapping, non-empty, within the text and
// trimmed.
func checkSpans(t testing.TB, text string, spans []Span) {
	t.Helper()
	rs := []rune(text)
	prev := 0
	for i, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(rs) {
			t.Fatalf("span %d = %+v is out of order or out of range (prev end %d, len %d)", i, s, prev, len(rs))
		}
		if isSpaceLike(rs[s.Start]) || isSpaceLike(rs[s.End-1]) {
			t.Fatalf("span %d = %q is not trimmed", i, string(rs[s.Start:s.End]))
		}
		prev = s.End
	}
}

// TestPlainRune: the runes Sentences skips at once are runes none of its cases apply to.
func TestPlainRune(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if plainRune(r) && (isNewline(r) || r == 'h' || r == 'H' || r == 'w' || r == 'W' || r == '"' ||
			closerOf(r) != 0 || isCloser(r) || isTerminator(r)) {
			t.Errorf("plainRune(%U) but Sentences has a case for it", r)
		}
	}
}
