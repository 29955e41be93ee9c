package arabic

import (
	"os"
	"testing"

	"marsad/corpus"
	"marsad/internal/cputime"
	"marsad/internal/shareddata"
)

func exampleText(b *testing.B) string {
	data, err := os.ReadFile(shareddata.MustPath(b, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

func BenchmarkNormalize(b *testing.B) {
	text := exampleText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Normalize(text, Search)
	}
}

func BenchmarkNormalizeString(b *testing.B) {
	text := exampleText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		NormalizeString(text, Search)
	}
}

func BenchmarkSentences(b *testing.B) {
	text := exampleText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Sentences(text)
	}
}

func BenchmarkTokenize(b *testing.B) {
	text := exampleText(b)
	b.SetBytes(int64(len(text)))
	var toks []Token
	for b.Loop() {
		toks = AppendTokens(toks[:0], text, 0)
	}
}

// BenchmarkTokenizeNormalize is the front of the pipeline: normalise with an offset map, then
// tokenize (every word's Norm is its Key).
func BenchmarkTokenizeNormalize(b *testing.B) {
	text := exampleText(b)
	b.SetBytes(int64(len(text)))
	var toks []Token
	for b.Loop() {
		Normalize(text, Default)
		toks = AppendTokens(toks[:0], text, 0)
	}
}

// exampleWords returns the words of the example article and their size in bytes.
func exampleWords(b *testing.B) ([]string, int) {
	var words []string
	size := 0
	for _, tk := range Tokenize(exampleText(b)) {
		if tk.Kind == Word {
			words = append(words, tk.Text)
			size += len(tk.Text)
		}
	}
	return words, size
}

// BenchmarkSegment segments every word of the example article; b.SetBytes counts the words'
// bytes, and the words/s metric is the one to read.
func BenchmarkSegment(b *testing.B) {
	words, size := exampleWords(b)
	s := DefaultSegmenter()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, w := range words {
			s.Segment(w)
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkSegmentUncached measures the analysis itself, bypassing the cache.
func BenchmarkSegmentUncached(b *testing.B) {
	words, size := exampleWords(b)
	s := DefaultSegmenter()
	b.SetBytes(int64(size))
	for b.Loop() {
		for _, w := range words {
			s.segment(w)
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkStem(b *testing.B) {
	text := exampleText(b)
	var words []string
	for _, tk := range Tokenize(text) {
		if tk.Kind == Word {
			words = append(words, tk.Text)
		}
	}
	for b.Loop() {
		for _, w := range words {
			Stem(w)
		}
	}
	b.ReportMetric(float64(b.N*len(words))/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkKey(b *testing.B) {
	words := []string{"الرئيس", "وزارة", "الخارجية", "الأمريكية", "في", "روسيا"}
	for b.Loop() {
		for _, w := range words {
			Key(w)
		}
	}
}

func BenchmarkDecode1256(b *testing.B) {
	data := to1256(b, exampleText(b))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Decode(data); err != nil {
			b.Fatal(err)
		}
	}
}

// corpusArticles returns the first n articles of SaudiNewsNet as the analyzer reads them: the
// title, a blank line, the text.
func corpusArticles(b *testing.B, n int) []string {
	b.Helper()
	var out []string
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(b, "data", "news", "saudinewsnet")) {
		if err != nil {
			b.Fatal(err)
		}
		text := d.Text()
		out = append(out, text)
		if len(out) == n {
			break
		}
	}
	return out
}

// BenchmarkTokenizeCorpus tokenizes news articles sentence by sentence, as the analyzer does
// (AppendTokens into a new slice for each sentence): one op is one article. cpu-ns/sentence is
// the figure to compare on a loaded machine.
func BenchmarkTokenizeCorpus(b *testing.B) {
	arts := corpusArticles(b, 1000) // as many as the analyzer's benchmark
	type sentence struct {
		text string
		base int
	}
	docs := make([][]sentence, len(arts))
	total := 0
	for i, a := range arts {
		runes := []rune(a)
		for _, sp := range Sentences(a) {
			docs[i] = append(docs[i], sentence{string(runes[sp.Start:sp.End]), sp.Start})
		}
		total += len(docs[i])
	}
	b.ReportAllocs()
	sentences := 0
	cpu0 := cputime.Used()
	for i := 0; b.Loop(); i++ {
		for _, s := range docs[i%len(docs)] {
			AppendTokens(nil, s.text, s.base)
		}
		sentences += len(docs[i%len(docs)])
	}
	if cpu := cputime.Used() - cpu0; cpu > 0 && sentences > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(sentences), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(sentences, 1)), "ns/sentence")
}
