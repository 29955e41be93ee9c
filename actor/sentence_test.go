package actor

import "testing"

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
