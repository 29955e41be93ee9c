package actor

import (
	"os"
	"sync"
	"testing"
	"time"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/cputime"
	"marsad/internal/shareddata"
)

// benchArticle is a corpus article cut into sentences the way analyze cuts it: each sentence's
// own text, with tokens whose offsets are in the article's coordinates.
type benchArticle struct {
	date  time.Time
	sents []string
	toks  [][]arabic.Token
}

var (
	corpusOnce sync.Once
	corpusArts []benchArticle
	corpusErr  error
)

// corpusArticles reads the first n articles of SaudiNewsNet (once per test binary) and splits
// them as analyze does.
func corpusArticles(tb testing.TB, n int) []benchArticle {
	tb.Helper()
	dir := shareddata.MustPath(tb, "data", "news", "saudinewsnet")
	corpusOnce.Do(func() {
		for d, err := range corpus.SaudiNewsNet(dir) {
			if err != nil {
				corpusErr = err
				return
			}
			date, _ := time.Parse("2006-01-02", d.Date)
			text := d.Text()
			runes := []rune(text)
			a := benchArticle{date: date}
			for _, sp := range arabic.Sentences(text) {
				s := string(runes[sp.Start:sp.End])
				a.sents = append(a.sents, s)
				a.toks = append(a.toks, arabic.AppendTokens(nil, s, sp.Start))
			}
			corpusArts = append(corpusArts, a)
			if len(corpusArts) == 1000 {
				return
			}
		}
	})
	if corpusErr != nil {
		tb.Fatal(corpusErr)
	}
	if len(corpusArts) < n {
		n = len(corpusArts)
	}
	return corpusArts[:n]
}

// warmUp loads what the matcher loads lazily (the word-frequency lexicon, once per process), so
// that the first benchmark iterations do not pay for it.
func warmUp() { arabic.DefaultLexicon() }

// BenchmarkSentenceCorpus resolves SaudiNewsNet articles (one article per op, one Doc per
// article, sentences as analyze passes them) and reports the cost per sentence in wall time and
// in CPU time (the machines are shared: CPU time is the figure to compare), with the mean
// sentence length.
func BenchmarkSentenceCorpus(b *testing.B) {
	arts := corpusArticles(b, 1000)
	kb := Default()
	warmUp()
	sents, toks := 0, 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for i := 0; b.Loop(); i++ {
		a := &arts[i%len(arts)]
		doc := kb.NewDoc(a.date)
		for k, s := range a.sents {
			doc.Sentence(s, a.toks[k])
			toks += len(a.toks[k])
		}
		sents += len(a.sents)
	}
	cpu := cputime.Used() - cpu0
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(sents), "ns/sentence")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(sents), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(toks)/float64(sents), "tokens/sentence")
}

// BenchmarkSentenceArticle resolves the repository's example article (examples/riyadh-talks.ar.txt)
// as analyze does: one Doc, each sentence's own text with tokens in article offsets.
func BenchmarkSentenceArticle(b *testing.B) {
	data, err := os.ReadFile("../examples/riyadh-talks.ar.txt")
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	runes := []rune(text)
	var a benchArticle
	for _, sp := range arabic.Sentences(text) {
		s := string(runes[sp.Start:sp.End])
		a.sents = append(a.sents, s)
		a.toks = append(a.toks, arabic.AppendTokens(nil, s, sp.Start))
	}
	date, _ := time.Parse("2006-01-02", "2025-02-18")
	kb := Default()
	warmUp()
	toks := 0
	for _, t := range a.toks {
		toks += len(t)
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used()
	for b.Loop() {
		doc := kb.NewDoc(date)
		for k, s := range a.sents {
			doc.Sentence(s, a.toks[k])
		}
	}
	cpu := cputime.Used() - cpu0
	n := float64(b.N * len(a.sents))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/sentence")
	if cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/sentence")
	}
	b.ReportMetric(float64(toks)/float64(len(a.sents)), "tokens/sentence")
}
