package ner

import (
	"bytes"
	"runtime"
	"testing"

	"marsad/internal/cputime"
)

// BenchmarkTagWords measures tagging alone (both passes, sentence by sentence) on the training
// split and reports tokens per second on one core.
func BenchmarkTagWords(b *testing.B) {
	tg := mustDefault(b)
	sents := loadTestSplit(b, "train.txt")[:1000]
	tokens := 0
	for _, s := range sents {
		tokens += len(s.Words)
	}
	runtime.GC()
	c0 := cputime.Used()
	for b.Loop() {
		for _, s := range sents {
			tg.TagWords(s.Words)
		}
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/(cputime.Used()-c0).Seconds(), "tokens/cpu-s")
}

// BenchmarkTagDocument measures document tagging (with the cross-sentence context).
func BenchmarkTagDocument(b *testing.B) {
	tg := mustDefault(b)
	sents := loadTestSplit(b, "train.txt")[:1000]
	words := make([][]string, len(sents))
	tokens := 0
	for i, s := range sents {
		words[i] = s.Words
		tokens += len(s.Words)
	}
	runtime.GC()
	c0 := cputime.Used()
	for b.Loop() {
		tg.TagDocument(words)
	}
	b.ReportMetric(float64(tokens)*float64(b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(tokens)*float64(b.N)/(cputime.Used()-c0).Seconds(), "tokens/cpu-s")
}

// BenchmarkLoad measures loading the embedded model and the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var before, after runtime.MemStats
	var keep *Tagger
	c0 := cputime.Used()
	for b.Loop() {
		runtime.GC()
		runtime.ReadMemStats(&before)
		t, err := Load(bytes.NewReader(embedded))
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		keep = t
	}
	b.ReportMetric((cputime.Used()-c0).Seconds()/float64(b.N), "cpu-s/load")
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "heap-MiB")
	b.ReportMetric(float64(len(embedded))/(1<<20), "file-MiB")
	_ = keep
}
