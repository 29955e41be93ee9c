package arabic_test

import (
	"fmt"
	"strings"

	"marsad/arabic"
)

func ExampleNormalize() {
	n := arabic.Normalize("وَقَالَ الرَّئِيسُ", arabic.Search)
	fmt.Println(n.Text)
	// Map the normalised word "الرييس" (runes 5–11) back to the original text.
	start, end := n.Orig(5, 11)
	fmt.Println(start, end, string([]rune("وَقَالَ الرَّئِيسُ")[start:end]))
	// Output:
	// وقال الرييس
	// 8 18 الرَّئِيسُ
}

func ExampleKey() {
	fmt.Println(arabic.Key("المملكةُ"), arabic.Key("إلى"), arabic.Key("NATO"))
	// Output: المملكه الي nato
}

func ExampleSentences() {
	text := "قال د. محمد: «انتهى الاجتماع. سنعود غدا». ثم غادر!\nعاجل"
	rs := []rune(text)
	for _, s := range arabic.Sentences(text) {
		fmt.Println(string(rs[s.Start:s.End]))
	}
	// Output:
	// قال د. محمد: «انتهى الاجتماع. سنعود غدا».
	// ثم غادر!
	// عاجل
}

func ExampleTokenize() {
	for _, t := range arabic.Tokenize("ارتفع النفطُ ٣٫٥٪ (رويترز)") {
		fmt.Println(t.Start, t.End, t.Kind, t.Text, t.Norm)
	}
	// Output:
	// 0 5 word ارتفع ارتفع
	// 6 12 word النفطُ النفط
	// 13 16 number ٣٫٥ 3.5
	// 16 17 symbol ٪ ٪
	// 18 19 punct ( (
	// 19 25 word رويترز رويترز
	// 25 26 punct ) )
}

func ExampleSegment() {
	for _, w := range []string{"وبنظيره", "للرئيس", "وسيلتقي", "بوتين"} {
		s := arabic.Segment(w)
		fmt.Println(w, s.Prefixes, s.Stem, s.Suffixes, s.StemStart, s.StemEnd)
	}
	// Output:
	// وبنظيره [و ب] نظير [ه] 2 6
	// للرئيس [ل ال] رييس [] 2 6
	// وسيلتقي [و س] يلتقي [] 2 7
	// بوتين [] بوتين [] 0 5
}

func ExampleStem() {
	var stems []string
	for _, w := range strings.Fields("المحادثات محادثة الأمريكيون") {
		stems = append(stems, arabic.Stem(w))
	}
	fmt.Println(strings.Join(stems, " "))
	// Output: محادث محادث امريك
}

func ExampleDecode() {
	// "سلام" in Windows-1256.
	s, enc, err := arabic.Decode([]byte{0xD3, 0xE1, 0xC7, 0xE3})
	fmt.Println(s, enc, err)
	// Output: سلام windows-1256 <nil>
}
