package geo

import (
	"testing"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/cputime"
	"marsad/internal/shareddata"
	"marsad/tone"
)

// benchArticles is the number of SaudiNewsNet articles the corpus benchmarks cycle through: as
// many as the analyzer's benchmark, so that most words come back now and then and new ones keep
// coming, as in a stream of news (the word caches are not simply warm).
const benchArticles = 1000

// corpusTexts returns the first n SaudiNewsNet articles as the analyzer reads them: the title, a
// blank line, the text.
func corpusTexts(b *testing.B, n int) []string {
	b.Helper()
	var texts []string
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(b, "data", "news", "saudinewsnet")) {
		if err != nil {
			b.Fatal(err)
		}
		text := d.Text()
		texts = append(texts, text)
		if len(texts) == n {
			break
		}
	}
	return texts
}

// reportPerSentence reports wall and CPU time per sentence; cpu-ns/sentence is the figure to
// compare on a loaded machine.
func reportPerSentence(b *testing.B, sentences int, cpu0 int64) {
	if sentences == 0 {
		return
	}
	if cpu := cputime.Used().Nanoseconds() - cpu0; cpu > 0 && cpu0 > 0 {
		b.ReportMetric(float64(cpu)/float64(sentences), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(sentences), "ns/sentence")
}

// BenchmarkResolveCorpus resolves the places of news articles, one op per article, as the
// analyzer calls Resolve.
func BenchmarkResolveCorpus(b *testing.B) {
	var docs [][][]arabic.Token
	for _, text := range corpusTexts(b, benchArticles) {
		docs = append(docs, Sentences(text))
	}
	g := Default()
	b.ReportAllocs()
	sentences := 0
	cpu0 := cputime.Used().Nanoseconds()
	for i := 0; b.Loop(); i++ {
		d := docs[i%len(docs)]
		g.Resolve(d, Options{SourceCountry: "SAU"})
		sentences += len(d)
	}
	reportPerSentence(b, sentences, cpu0)
}

// BenchmarkFrontCorpus is the part of the analysis pipeline that the arabic, geo and tone
// packages do for each article: tokenize every sentence, resolve the places of the document and
// score the tone of every sentence and of the whole document. Its budget is 15 µs of CPU per
// sentence.
func BenchmarkFrontCorpus(b *testing.B) {
	texts := corpusTexts(b, benchArticles)
	type sent struct {
		text string
		base int
	}
	split := make([][]sent, len(texts))
	for i, text := range texts {
		runes := []rune(text)
		for _, sp := range arabic.Sentences(text) {
			split[i] = append(split[i], sent{string(runes[sp.Start:sp.End]), sp.Start})
		}
	}
	g, lex := Default(), tone.Default()
	b.ReportAllocs()
	sentences := 0
	cpu0 := cputime.Used().Nanoseconds()
	var all []arabic.Token
	for i := 0; b.Loop(); i++ {
		ss := split[i%len(split)]
		toks := make([][]arabic.Token, len(ss))
		for k, s := range ss {
			toks[k] = arabic.AppendTokens(nil, s.text, s.base)
		}
		g.Resolve(toks, Options{SourceCountry: "SAU"})
		all = all[:0]
		for _, t := range toks {
			lex.Score(t)
			all = append(all, t...)
		}
		lex.Score(all)
		sentences += len(ss)
	}
	reportPerSentence(b, sentences, cpu0)
}
