package actor

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"marsad/arabic"
	"marsad/internal/shareddata"
)

// FuzzSentence: any text, resolved twice in one document (so coreference state is used), gives
// well-formed mentions and never panics.
func FuzzSentence(f *testing.F) {
	for _, s := range []string{
		"التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض.",
		"الوزيرين الروسي سيرجي لافروف والأمريكي ماركو روبيو توصلا إلى اتفاق، وقال البلدان",
		"يوري أوشاكوف، مساعد الرئيس الروسي، قال إن الرئيسين بوتين وترامب",
		"وَلِلولاياتِ المتحدةِ ولل ل و ال الـ ،،، «الأمم المتحدة» الشيخ آل",
		"نظيره نظرائه الروسي والصيني والأمريكي الجانبين الطرفين الوزيران",
		"المتحدث باسم المتحدث باسم الخارجية الأمريكية السابق الخاص إلى لدى",
		"\u200f\ufeffأوبك+ مجموعة العشرين 2025 NATO U.S.",
		"",
	} {
		f.Add(s)
	}
	kb := Default()
	f.Fuzz(func(t *testing.T, text string) {
		doc := kb.NewDoc(day("2025-02-18"))
		toks := arabic.Tokenize(text)
		checkSpans(t, text, toks, doc.Sentence(text, toks), 0)
		checkSpans(t, text, toks, doc.Sentence(text, nil), 0)
		if len(toks) > 1 {
			// tokens of part of the text, offsets into the whole
			part := toks[len(toks)/2:]
			checkSpans(t, text, part, doc.Sentence(text, part), 0)
		}
	})
}

func exampleArticle(b *testing.B) string {
	data, err := os.ReadFile(shareddata.MustPath(b, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return string(data)
}

// BenchmarkSentence resolves the example article, sentence by sentence, in one document.
func BenchmarkSentence(b *testing.B) {
	text := exampleArticle(b)
	kb := Default()
	toks := arabic.Tokenize(text)
	var sents [][]arabic.Token
	for _, sp := range arabic.Sentences(text) {
		var s []arabic.Token
		for _, t := range toks {
			if t.Start >= sp.Start && t.End <= sp.End {
				s = append(s, t)
			}
		}
		sents = append(sents, s)
	}
	warmUp()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		doc := kb.NewDoc(day("2025-02-18"))
		for _, s := range sents {
			doc.Sentence(text, s)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
}

// BenchmarkSentenceLength shows that resolving is linear in the sentence length: the cost per
// token stays flat from 50 to 3,200 tokens.
func BenchmarkSentenceLength(b *testing.B) {
	base := "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض، " +
		"بحضور مسؤولين من السعودية والأمم المتحدة، وقال الجانبان إن الحوار سيستمر بين البلدين "
	kb := Default()
	for _, reps := range []int{2, 8, 32, 128} {
		text := strings.Repeat(base, reps)
		toks := arabic.Tokenize(text)
		b.Run(fmt.Sprintf("tokens=%d", len(toks)), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				kb.NewDoc(day("2025-02-18")).Sentence(text, toks)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(toks)), "ns/token")
		})
	}
}

// BenchmarkMentionLength shows that the cost of one lookup grows with the number of words the
// mention has, not with the size of the knowledge base.
func BenchmarkMentionLength(b *testing.B) {
	kb := Default()
	for _, m := range []string{
		"روسيا",
		"الأمم المتحدة",
		"وزارة الخارجية الأمريكية",
		"منظمة الأمم المتحدة للتربية والعلم والثقافة",
		"وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين",
	} {
		toks := arabic.Tokenize(m)
		b.Run(fmt.Sprintf("words=%d", len(toks)), func(b *testing.B) {
			mt := matcher{root: kb.root, keys: keysOf(toks, nil)}
			buf := make([]match, 0, 8)
			for b.Loop() {
				buf = mt.at(0, true, buf)
			}
			if len(buf) == 0 || buf[0].end != len(toks) {
				b.Fatalf("%s: no full match", m)
			}
		})
	}
}
