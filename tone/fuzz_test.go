package tone

import (
	"math"
	"testing"

	"marsad/arabic"
	"marsad/corpus"
	"marsad/internal/cputime"
	"marsad/internal/shareddata"
)

// FuzzScore feeds arbitrary text through the tokenizer to Score and Words: no panics, hits inside
// the token slice, in order and non-overlapping, and a tone that obeys its own arithmetic.
func FuzzScore(f *testing.F) {
	for _, s := range []string{
		"", "قتل عشرة أشخاص في هجوم انتحاري.", "لم تنجح المفاوضات، ولا يزال الوضع متوترا.",
		"وقف لإطلاق النار غير مسبوق جدا", "لا لا لا غير عدم", "ارتفاع ارتفاع ارتفاع الأسعار",
		"بالغ بالغ جدا جدا", "سيدعمونهم والإرهابيين\u200fالفجر", "\xff\xfe\x00", "ﻻ ﷲ ٣٫٥ ٪",
		"مجلس التعاون الخليجي وقف إطلاق النار", "عدم", "ال", "و",
	} {
		f.Add(s)
	}
	lex := Default()
	f.Fuzz(func(t *testing.T, text string) {
		toks := arabic.Tokenize(text)
		tone := lex.Score(toks)
		hits := lex.Words(toks)
		end := 0
		for _, h := range hits {
			if h.TokStart < end || h.TokEnd <= h.TokStart || h.TokEnd > len(toks) {
				t.Fatalf("bad hit %+v after %d of %d tokens", h, end, len(toks))
			}
			if h.Score == 0 || math.IsNaN(h.Score) || math.Abs(h.Score) > 3*IntensifyFactor {
				t.Fatalf("bad score %+v", h)
			}
			end = h.TokEnd
		}
		if tone.WordCount != WordCount(toks) {
			t.Fatalf("word count %d, want %d", tone.WordCount, WordCount(toks))
		}
		if tone.Positive < 0 || tone.Negative < 0 || tone.Positive > 100 || tone.Negative > 100 {
			t.Fatalf("percentages out of range: %+v", tone)
		}
		if math.Abs(tone.Tone-(tone.Positive-tone.Negative)) > 1e-9 || math.Abs(tone.Polarity-(tone.Positive+tone.Negative)) > 1e-9 {
			t.Fatalf("inconsistent tone %+v", tone)
		}
		if len(hits) == 0 && tone.Polarity != 0 {
			t.Fatalf("polarity %v without hits", tone.Polarity)
		}
	})
}

// BenchmarkScore scores the example article sentence by sentence and as a whole, and reports
// words per second.
func BenchmarkScore(b *testing.B) {
	text := exampleText(b)
	toks := arabic.Tokenize(text)
	words := WordCount(toks)
	lex := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		lex.Score(toks)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkWords is the explain path: the hits of the example article.
func BenchmarkWords(b *testing.B) {
	toks := arabic.Tokenize(exampleText(b))
	words := WordCount(toks)
	lex := Default()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		lex.Words(toks)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkTokenizeAndScore includes tokenizing, as a caller starting from text pays it.
func BenchmarkTokenizeAndScore(b *testing.B) {
	text := exampleText(b)
	words := WordCount(arabic.Tokenize(text))
	lex := Default()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		lex.Score(arabic.Tokenize(text))
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

// BenchmarkScoreCorpus scores news articles as the analyzer does: every sentence, then the whole
// document. One op is one article.
func BenchmarkScoreCorpus(b *testing.B) {
	var docs [][][]arabic.Token
	for d, err := range corpus.SaudiNewsNet(shareddata.MustPath(b, "data", "news", "saudinewsnet")) {
		if err != nil {
			b.Fatal(err)
		}
		text := d.Text()
		runes := []rune(text)
		var doc [][]arabic.Token
		for _, sp := range arabic.Sentences(text) {
			doc = append(doc, arabic.AppendTokens(nil, string(runes[sp.Start:sp.End]), sp.Start))
		}
		docs = append(docs, doc)
		if len(docs) == 1000 { // as many as the analyzer's benchmark: words come back, new ones keep coming
			break
		}
	}
	lex := Default()
	b.ReportAllocs()
	sentences := 0
	var all []arabic.Token
	cpu0 := cputime.Used().Nanoseconds()
	for i := 0; b.Loop(); i++ {
		doc := docs[i%len(docs)]
		all = all[:0]
		for _, s := range doc {
			lex.Score(s)
			all = append(all, s...)
		}
		lex.Score(all)
		sentences += len(doc)
	}
	if cpu := cputime.Used().Nanoseconds() - cpu0; cpu > 0 && cpu0 > 0 && sentences > 0 {
		b.ReportMetric(float64(cpu)/float64(sentences), "cpu-ns/sentence")
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(max(sentences, 1)), "ns/sentence")
}
