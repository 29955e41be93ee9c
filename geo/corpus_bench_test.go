package geo

import (
	"testing"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/shareddata"
	"marsad/tone"
)

// corpusDocs returns the first n SaudiNewsNet articles as the analyzer reads them (title, blank
// line, text), with their text and their tokenized sentences.
func corpusDocs(b *testing.B, n int) (texts []string, docs [][][]arabic.Token) {
	b.Helper()
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(b, "data", "news", "saudinewsnet")) {
		if err != nil {
			b.Fatal(err)
		}
		text := d.Content
		if d.Title != "" {
			text = d.Title + "\n\n" + text
		}
		texts = append(texts, text)
		docs = append(docs, Sentences(text))
		if len(texts) == n {
			break
		}
	}
	return texts, docs
}

// reportPerSentence reports wall and CPU time per sentence; cpu-ns/sentence is the figure to
// compare on a loaded machine.
func reportPerSentence(b *testing.B, sentences int, cpu0 int64) {
	if sentences == 0 {
		return
	}
	if cpu := cpuTime().Nanoseconds() - cpu0; cpu > 0 && cpu0 > 0 {
		b.ReportMetric(float64(cpu)/float64(sentences), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(sentences), "ns/sentence")
}

// BenchmarkResolveCorpus resolves the places of news articles, one op per article, as the
// analyzer calls Resolve.
func BenchmarkResolveCorpus(b *testing.B) {
	_, docs := corpusDocs(b, 200)
	g := Default()
	b.ReportAllocs()
	sentences := 0
	cpu0 := cpuTime().Nanoseconds()
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
	texts, _ := corpusDocs(b, 200)
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
	cpu0 := cpuTime().Nanoseconds()
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
