package tone_test

import (
	"fmt"
	"strings"

	"marsad/arabic"
	"marsad/tone"
)

func ExampleLexicon_Score() {
	toks := arabic.Tokenize("رحبت المملكة بالاتفاق على وقف إطلاق النار وإنهاء الحرب.")
	t := tone.Default().Score(toks)
	fmt.Printf("tone %+.1f, positive %.1f%%, negative %.1f%%, %d words\n", t.Tone, t.Positive, t.Negative, t.WordCount)
	// Output: tone +29.6, positive 29.6%, negative 0.0%, 9 words
}

func ExampleLexicon_Words() {
	toks := arabic.Tokenize("أعرب الوزير عن قلقه من عدم الاستقرار، ولم تنجح المفاوضات، وارتفعت الأسعار.")
	for _, h := range tone.Default().Words(toks) {
		var words []string
		for _, t := range toks[h.TokStart:h.TokEnd] {
			words = append(words, t.Text)
		}
		fmt.Printf("%s\t%s\t%+.1f negated=%v\n", strings.Join(words, " "), h.Entry, h.Score, h.Negated)
	}
	// Output:
	// قلقه	قلق	-2.0 negated=false
	// عدم الاستقرار	عدم الاستقرار	-2.0 negated=false
	// تنجح	تنجح	-2.0 negated=true
	// وارتفعت الأسعار	ارتفعت+أسعار	-1.0 negated=false
}

func ExampleLexicon_Lookup() {
	for _, w := range []string{"وبالهجوم", "سيدعمون", "الإرهابيين", "المكان"} {
		e, ok := tone.Default().Lookup(w)
		fmt.Println(w, e.Lemma, e.Score, e.Tag, ok)
	}
	// Output:
	// وبالهجوم هجوم -2 N true
	// سيدعمون دعم 2 UP true
	// الإرهابيين إرهابيين -3 PL true
	// المكان  0  false
}
