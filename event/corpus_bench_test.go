package event

import (
	"testing"

	"marsad/corpus"
	"marsad/doc"
	"marsad/internal/cputime"
	"marsad/internal/shareddata"
)

// BenchmarkCodeCorpus codes Saudi news articles (annotated with the fixture's actors, so that
// it measures the coder alone: the analyzer's benchmarks measure it with the real stages before
// it), one op per article, and reports sentences per second of CPU time beside wall time (the
// machines are shared). The articles cycle, so after the first pass the coder's word caches
// know their words, as they know a news vocabulary in a long run.
func BenchmarkCodeCorpus(b *testing.B) {
	var docs []*doc.Doc
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(b, "data", "news", "saudinewsnet")) {
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, annotate(d.Text(), d.Date))
		if len(docs) == 300 {
			break
		}
	}
	c := testCoder(b)
	sentences := 0
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Used().Nanoseconds()
	for i := 0; b.Loop(); i++ {
		d := docs[i%len(docs)]
		c.Code(d, Options{})
		sentences += len(d.Sentences)
	}
	b.ReportMetric(float64(sentences)/b.Elapsed().Seconds(), "sentences/s")
	if cpu := cputime.Used().Nanoseconds() - cpu0; cpu > 0 && cpu0 > 0 && sentences > 0 {
		b.ReportMetric(float64(sentences)/(float64(cpu)/1e9), "sentences/cpu-s")
	}
}
