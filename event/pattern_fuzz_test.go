package event

import (
	"testing"
	"testing/fstest"
)

// FuzzLoadPatterns: a pattern file, however malformed, loads or fails with an error — and a
// set of patterns that loads compiles into a coder that codes without panicking.
func FuzzLoadPatterns(f *testing.F) {
	f.Add("- id: meet\n  code: \"040\"\n  verbs: [التقى|يلتقي]\n  target: [ب, مع]\n")
	f.Add("- id: x\n  code: \"999\"\n")
	f.Add("- id: y\n  code: \"111\"\n  nouns: [إدانة/إدانات]\n  refine:\n    - code: \"116\"\n      near: [المحكمة]\n")
	f.Add("- id: z\n  code: \"130\"\n  frame: threaten\n  words: [مهددا]\n  participle: true\n  object: [عواقب]\n  window: -3\n")
	f.Add(":::\n- [")
	f.Fuzz(func(t *testing.T, yml string) {
		ps, err := LoadPatterns(fstest.MapFS{"patterns/04.yaml": {Data: []byte(yml)}})
		if err != nil {
			return
		}
		c, err := New(ps)
		if err != nil {
			return
		}
		c.Code(annotate("التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.", "2025-02-18"), Options{})
	})
}
