package ner

import (
	"bytes"
	"reflect"
	"slices"
	"testing"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/shareddata"
)

// newsDocs returns the sentences (as words) of the first n SaudiNewsNet articles, split and
// tokenised as the analyze pipeline does.
func newsDocs(t testing.TB, n int) [][][]string {
	t.Helper()
	dir := shareddata.MustPath(t, "data", "news", "saudinewsnet")
	var docs [][][]string
	for d, err := range corpus.SaudiNewsNet(dir) {
		if err != nil {
			t.Fatal(err)
		}
		text := []rune(d.Title + "\n" + d.Content)
		var doc [][]string
		for _, sp := range arabic.Sentences(string(text)) {
			var words []string
			for _, tk := range arabic.Tokenize(string(text[sp.Start:sp.End])) {
				words = append(words, tk.Text)
			}
			if len(words) > 0 {
				doc = append(doc, words)
			}
		}
		docs = append(docs, doc)
		if len(docs) == n {
			break
		}
	}
	return docs
}

// TestFastSameLabels checks the tagging fast paths (word cache, combined tables of the
// second pass, the unrolled Viterbi) against the plain path that looks up every feature one by
// one: the test split and 200 SaudiNewsNet articles must get
// exactly the same labels, sentence by sentence and as documents.
func TestFastSameLabels(t *testing.T) {
	fast := mustDefault(t)
	plain := plainTagger(t)
	sents := loadTestSplit(t, "test.txt")
	sents = sents[:min(2000, len(sents))] // the whole split: 1,194 sentences
	var docs [][][]string
	for start := 0; start < len(sents); start += 25 {
		var doc [][]string
		for _, s := range sents[start:min(start+25, len(sents))] {
			doc = append(doc, s.Words)
		}
		docs = append(docs, doc)
	}
	docs = append(docs, newsDocs(t, 200)...)
	diff, n := 0, 0
	for di, doc := range docs {
		for si, w := range doc {
			n++
			if got, want := fast.TagWords(w), plain.TagWords(w); !slices.Equal(got, want) {
				if diff++; diff <= 5 {
					t.Errorf("document %d sentence %d: fast %v\nplain %v", di, si, got, want)
				}
			}
		}
		if got, want := fast.TagDocument(doc), plain.TagDocument(doc); !reflect.DeepEqual(got, want) {
			if diff++; diff <= 5 {
				t.Errorf("document %d tagged differently as a document", di)
			}
		}
	}
	if diff > 0 {
		t.Fatalf("%d differences over %d sentences and %d documents", diff, n, len(docs))
	}
}

// plainTagger returns a second copy of the embedded model that looks up every feature.
func plainTagger(t testing.TB) *Tagger {
	t.Helper()
	plain, err := Load(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	plain.uncached = true
	return plain
}
