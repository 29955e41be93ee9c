package analyze

import (
	"context"
	"encoding/json"
	"sync"
	"testing"

	"marsad"
	"marsad/corpus"
	"marsad/internal/shareddata"
)

// TestConcurrent: an Analyzer used from several goroutines at once (sharing the stages' word
// caches and scratch pools) gives every article the analysis it gives it alone, later, with warm
// caches. Run with -race.
func TestConcurrent(t *testing.T) {
	an, err := New(Options{NoNER: true})
	if err != nil {
		t.Fatal(err)
	}
	var arts []marsad.Article
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(t, "data", "news", "saudinewsnet")) {
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, marsad.Article{ID: d.URL, Date: d.Date, Title: d.Title, Text: d.Content})
		if len(arts) == 60 {
			break
		}
	}
	ctx := context.Background()
	encode := func(a marsad.Article) string {
		res, err := an.Analyze(ctx, a)
		if err != nil {
			t.Error(err)
			return ""
		}
		b, _ := json.Marshal(res)
		return string(b)
	}
	// concurrently first, while the caches are still learning the articles' words
	got := make([][]string, 4)
	var wg sync.WaitGroup
	for g := range got {
		got[g] = make([]string, len(arts))
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range arts {
				i := (k + g*len(arts)/len(got)) % len(arts)
				got[g][i] = encode(arts[i])
			}
		}()
	}
	wg.Wait()
	for i, a := range arts {
		want := encode(a)
		for g := range got {
			if got[g][i] != want {
				t.Errorf("article %d analysed concurrently (goroutine %d) differs from alone", i, g)
			}
		}
	}
}
