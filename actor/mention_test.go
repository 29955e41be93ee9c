package actor

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"marsad/arabic"
	"marsad/internal/shareddata"
)

// checkSpans verifies the invariants of mentions against the text their offsets index.
func checkSpans(t testing.TB, text string, toks []arabic.Token, ms []Mention, base int) {
	t.Helper()
	rs := []rune(text)
	prev := -1
	for _, m := range ms {
		if m.TokStart < 0 || m.TokEnd > len(toks) || m.TokStart >= m.TokEnd {
			t.Fatalf("mention %q: token range [%d,%d) of %d tokens", m.Text, m.TokStart, m.TokEnd, len(toks))
		}
		if m.Start < toks[m.TokStart].Start || m.End != toks[m.TokEnd-1].End || m.Start > m.End {
			t.Fatalf("mention %q: span [%d,%d) not within its tokens", m.Text, m.Start, m.End)
		}
		if m.TokStart < prev {
			t.Fatalf("mentions out of order at %q", m.Text)
		}
		prev = m.TokStart
		s, e := m.Start-base, m.End-base
		if s < 0 || e > len(rs) {
			t.Fatalf("mention %q: span [%d,%d) outside the text (%d runes)", m.Text, s, e, len(rs))
		}
		if got := string(rs[s:e]); got != m.Text {
			t.Fatalf("mention text %q, but the span holds %q", m.Text, got)
		}
		for _, g := range m.Group {
			if g.Start < m.Start || g.End > m.End {
				t.Fatalf("member %q outside its group %q", g.Text, m.Text)
			}
		}
	}
}

// TestOffsets: spans are code points into the original text, proclitics and tashkeel included,
// whether tokens index the text itself or the document the sentence was cut from.
func TestOffsets(t *testing.T) {
	kb := testKB(t)
	tests := []struct {
		text string
		want []string // mention texts
	}{
		{"وَرُوسيا وبِمُوسكو والأمريكيون", []string{"رُوسيا", "مُوسكو", "الأمريكيون"}},
		{"قال وزيرُ الخارجيةِ الأمريكيُّ إنَّ للولايات المتحدة حقًّا", []string{"وزيرُ الخارجيةِ الأمريكيُّ", "ولايات المتحدة"}},
		{"وقالـــت السعوديـــة إن الأمم المتحدة مسؤولة", []string{"السعوديـــة", "الأمم المتحدة"}},
		{"🙂 والكرملين، والبيت الأبيض!", []string{"الكرملين", "البيت الأبيض"}},
	}
	for _, tt := range tests {
		toks := arabic.Tokenize(tt.text)
		ms := kb.NewDoc(day("2025-02-18")).Sentence(tt.text, toks)
		checkSpans(t, tt.text, toks, ms, 0)
		var got []string
		for _, m := range ms {
			got = append(got, m.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%s: mentions %q, want %q", tt.text, got, tt.want)
		}
		// The same sentence inside a document: tokens carry the document's offsets.
		const prefix = "سطر أول.\n"
		base := utf8.RuneCountInString(prefix)
		dtoks := arabic.AppendTokens(nil, tt.text, base)
		dms := kb.NewDoc(day("2025-02-18")).Sentence(tt.text, dtoks)
		checkSpans(t, tt.text, dtoks, dms, base)
		full := prefix + tt.text
		checkSpans(t, full, dtoks, kb.NewDoc(day("2025-02-18")).Sentence(full, dtoks), 0)
	}
}

// TestExampleArticle resolves the example article sentence by sentence and checks the actors the
// gold file names (../shared/gold/riyadh-talks.gold.jsonl).
func TestExampleArticle(t *testing.T) {
	b, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	kb := testKB(t)
	doc := kb.NewDoc(day("2025-02-18"))
	toks := arabic.Tokenize(text)
	found := map[string]string{}
	for _, sp := range arabic.Sentences(text) {
		var sent []arabic.Token
		for _, tk := range toks {
			if tk.Start >= sp.Start && tk.End <= sp.End {
				sent = append(sent, tk)
			}
		}
		ms := doc.Sentence(text, sent)
		checkSpans(t, text, sent, ms, 0)
		var add func(ms []Mention)
		add = func(ms []Mention) {
			for _, m := range ms {
				found[m.Text] = m.Code
				add(m.Group)
			}
		}
		add(ms)
	}
	want := map[string]string{
		"وزارة الخارجية الأمريكية":        "USAGOV",
		"الروسي سيرجي لافروف":             "RUSGOV",
		"الأمريكي ماركو روبيو":            "USAGOV",
		"المملكة العربية السعودية":        "SAU",
		"المتحدث باسم الخارجية الأمريكية": "USAGOV",
		"روسيا":            "RUS",
		"الولايات المتحدة": "USA",
		"وزير الخارجية الأمريكي ماركو روبيو": "USAGOV",
		"نظيره الروسي سيرجي لافروف":          "RUSGOV",
		"مستشار الأمن القومي مايك والتز":     "USAGOV",
		"مبعوث الشرق الأوسط ستيف ويتكوف":     "USAGOV",
		"لافروف":              "RUSGOV",
		"يوري أوشاكوف":        "RUSGOV",
		"مساعد الرئيس الروسي": "RUSGOV",
		"أوشاكوف":             "RUSGOV",
		"بوتين":               "RUSGOV",
		"ترامب":               "USAGOV",
		"الرئيسين الأمريكي والروسي": "",
		"المسؤولين الأمريكيين":      "USAGOV",
		"أوكرانيا": "UKR",
		"كييف":     "UKR",
		"رئيس صندوق الثروة السيادية الروسي كيريل ديمترييف": "RUSGOV",
	}
	for text, code := range want {
		got, ok := found[text]
		if !ok {
			t.Errorf("no mention %q", text)
		} else if got != code {
			t.Errorf("%q: code %q, want %q", text, got, code)
		}
	}
}
