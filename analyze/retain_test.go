package analyze

import (
	"context"
	"runtime"
	"strings"
	"testing"
	"unsafe"
	"weak"

	"marsad"
)

// TestCachesDoNotKeepArticles checks that analysing an article leaves nothing that keeps its
// text alive: the word caches of the stages outlive every article, and a token key or word that
// is a slice of the text would pin the whole text (a server analysing for weeks would keep every
// article it saw).
func TestCachesDoNotKeepArticles(t *testing.T) {
	an := analyzer(t)
	// words unlikely to be in any cache yet, so that every stage caches them now
	var b strings.Builder
	b.WriteString("قال وزير الخارجية الأمريكي إن بلاده ستفرض عقوبات على إيران. ")
	for i := range 200 {
		b.WriteString("وأضاف أن كلمة")
		b.WriteString(string(rune('ا' + i%20)))
		b.WriteString(string(rune('ب' + i%17)))
		b.WriteString("تجريبية جديدة وصلت إلى العاصمة. ")
	}
	text := strings.Clone(b.String())
	wp := weak.Make(unsafe.StringData(text))
	if _, err := an.Analyze(context.Background(), marsad.Article{ID: "r", Date: "2025-01-01", Text: text}); err != nil {
		t.Fatal(err)
	}
	text = ""
	for range 3 {
		runtime.GC()
	}
	if wp.Value() != nil {
		t.Error("the article's text is still reachable after its analysis was dropped")
	}
}
