package actor

import ("testing";"time";"runtime";"sort")

func TestZZPerArticle(t *testing.T) {
	arts := corpusArticles(t, 1000)
	kb := Default()
	type r struct{ i int; d time.Duration; allocs uint64; sents, toks int }
	var rs []r
	var ms runtime.MemStats
	for i, a := range arts[:200] {
		runtime.ReadMemStats(&ms); m0 := ms.Mallocs
		t0 := time.Now()
		doc := kb.NewDoc(a.date)
		k := 0
		for j, s := range a.sents { doc.Sentence(s, a.toks[j]); k += len(a.toks[j]) }
		d := time.Since(t0)
		runtime.ReadMemStats(&ms)
		rs = append(rs, r{i, d, ms.Mallocs - m0, len(a.sents), k})
	}
	sort.Slice(rs, func(x, y int) bool { return rs[x].d > rs[y].d })
	for _, x := range rs[:8] { t.Logf("%+v", x) }
}
