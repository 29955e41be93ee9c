package ner

import (
	"bytes"
	"encoding/gob"
	"testing"
)

// testLM is a small name-likeness model: transliterated given and family names against
// ordinary news words.
func testLM() *CharLM {
	m := NewCharLM()
	for _, w := range []string{"جون", "جونسون", "روبرت", "روبرتسون", "ريتشارد", "وليامز", "جيمس",
		"ستيفن", "ستيفنسون", "مايكل", "انطونيو", "فرانشيسكو", "روبرتو", "ماريو", "باولو", "ماركو",
		"كارلوس", "فرناندو", "بيترسون", "هاريسون"} {
		m.Add(w, lmPer)
	}
	for _, w := range []string{"باريس", "لندن", "برلين", "مدريد", "روما", "القاهره", "بغداد"} {
		m.Add(w, lmLoc)
	}
	for _, w := range []string{"الحكومه", "الوزاره", "اجتماع", "المفاوضات", "قالت", "يعمل",
		"الاقتصاد", "الانتخابات", "المتحده", "التعاون", "الامن", "السياسيه", "الدوليه", "الاجتماع",
		"يقول", "تقارير", "المسؤولين", "الاستثمار", "المشاركه", "الاتفاقيه", "العلاقات", "البرلمان"} {
		m.Add(w, lmNews)
	}
	return m
}

func TestCharLMNameLikeness(t *testing.T) {
	m := testLM()
	ratio := func(w string) float64 {
		lp := m.logProbs(key(w))
		return lp[lmPer] - lp[lmNews]
	}
	// Unseen words: names built from name-like letter sequences against news-like words.
	for _, tc := range []struct{ name, word string }{
		{"ريتشاردسون", "الاقتصادية"},
		{"ماركوس", "الاجتماعات"},
		{"فرانكو", "المفاوضين"},
		{"جيمسون", "التعاونية"},
	} {
		if rn, rw := ratio(tc.name), ratio(tc.word); rn <= rw {
			t.Errorf("%s: person ratio %.2f, not above %s: %.2f", tc.name, rn, tc.word, rw)
		}
		if bn, bw := binOf(m.nameBins(key(tc.name)), lmPer), binOf(m.nameBins(key(tc.word)), lmPer); bn <= bw || bw == 0 {
			t.Errorf("%s: person bin %d, not above %s: %d", tc.name, bn, tc.word, bw)
		}
	}
	// Places score as places rather than as persons.
	if lp := m.logProbs("برلين"); lp[lmLoc] <= lp[lmPer] {
		t.Errorf("برلين: place %.2f ≤ person %.2f", lp[lmLoc], lp[lmPer])
	}
}

func TestNameBins(t *testing.T) {
	m := testLM()
	for _, tc := range []struct {
		word string
		zero bool
	}{
		{"", true},
		{"ب", true},          // one letter
		{"NATO", true},       // not Arabic
		{"2015", true},       // digits
		{"١٢٣", true},        // Arabic-Indic digits are not letters
		{"بوش-2", true},      // mixed
		{"بوش", false},       // two letters or more
		{"فولكسفاغن", false}, // long, unseen
	} {
		got := m.nameBins(tc.word)
		if (got == 0) != tc.zero {
			t.Errorf("nameBins(%q) = %#x, want zero: %v", tc.word, got, tc.zero)
		}
		for c := lmPer; c < nLM && got != 0; c++ {
			if b := binOf(got, c); b < 1 || int(b) > nBins {
				t.Errorf("nameBins(%q) class %d: bin %d out of 1..%d", tc.word, c, b, nBins)
			}
		}
	}
	var none *CharLM
	if none.nameBins("كاسياس") != 0 {
		t.Error("a nil model gave bins")
	}
}

// TestCharLMExtend checks that training names raise their class's likelihood in a copy and
// leave the original model as it was.
func TestCharLMExtend(t *testing.T) {
	m := testLM()
	before := m.logProbs("كاسياس")
	n := len(m.Grams)
	x := m.extend([]Sentence{{
		Words:  []string{"وقال", "ايكر", "كاسياس", "في", "مدريد", "مع", "الوزير", "."},
		Labels: []string{"O", "B-PERS", "I-PERS", "O", "B-LOC", "O", "B-PERS", "O"},
	}})
	if len(m.Grams) != n || m.logProbs("كاسياس") != before {
		t.Error("extend changed the original model")
	}
	after := x.logProbs("كاسياس")
	if after[lmPer] <= before[lmPer] {
		t.Errorf("person log-probability of a training name: %.2f → %.2f", before[lmPer], after[lmPer])
	}
	if after[lmNews] != before[lmNews] {
		t.Error("extend changed the news model")
	}
	// A title inside a PERS span is not a name word.
	if a, b := x.Grams["زير$"], m.Grams["زير$"]; a[lmPer] != b[lmPer] {
		t.Error("title word added to the person model")
	}
}

func TestCharLMGob(t *testing.T) {
	m := testLM()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(m); err != nil {
		t.Fatal(err)
	}
	var back CharLM
	if err := gob.NewDecoder(&buf).Decode(&back); err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"كاسياس", "الحكومه", "ريتشاردسون"} {
		if a, b := m.nameBins(w), back.nameBins(w); a != b {
			t.Errorf("%s: bins %#x after gob, want %#x", w, b, a)
		}
	}
}

func FuzzNameBins(f *testing.F) {
	m := testLM()
	for _, s := range []string{"كاسياس", "", "ب", "NATO", "الحكومة", "\xff\xfe", "ـــ"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		got := m.nameBins(w)
		if got == 0 {
			return
		}
		if !lmWord(w) {
			t.Fatalf("bins %#x for %q, which is not an Arabic word", got, w)
		}
		for c := lmPer; c < nLM; c++ {
			if b := binOf(got, c); b < 1 || int(b) > nBins {
				t.Fatalf("%q class %d: bin %d", w, c, b)
			}
		}
	})
}

func BenchmarkNameBins(b *testing.B) {
	m := testLM()
	words := []string{"كاسياس", "الحكومه", "فولكسفاغن", "المفاوضات", "ريتشاردسون", "في"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		m.nameBins(words[i%len(words)])
	}
}

// TestCharLMKnown checks that the stored bins of known words are those scoring gives, and that
// the embedded model's word analysis (which looks them up) agrees with scoring.
func TestCharLMKnown(t *testing.T) {
	m := testLM()
	words := []string{"وكاسياس", "الحكومة", "بريتشاردسون", "NATO", "ب"}
	x := m.withKnown(words)
	for _, w := range words {
		_, k := stripPrefix(key(w))
		if got, want := x.Known[hashString(k)], m.nameBins(k); got != want {
			t.Errorf("%s: known bins %#x, want %#x", w, got, want)
		}
		if x.nameBins(k) != m.nameBins(k) {
			t.Errorf("%s: the copy scores differently", w)
		}
	}
	tg := mustDefault(t)
	if tg.res.clm == nil || len(tg.res.clm.Known) == 0 {
		t.Fatal("embedded model without name-likeness models")
	}
	known := 0
	for _, w := range []string{"الرياض", "وزير", "ولافروف", "فولكسفاغن", "كاسياس", "وأبوالنجا", "x", ""} {
		var info tokInfo
		tg.res.wordInfo(w, &info)
		_, alt := stripPrefix(key(w))
		if want := tg.res.clm.nameBins(alt); info.nl != want {
			t.Errorf("%q: word analysis gives bins %#x, scoring %#x", w, info.nl, want)
		}
		if _, ok := tg.res.clm.Known[hashString(alt)]; ok {
			known++
		}
	}
	if known == 0 {
		t.Error("no test word among the known ones")
	}
}
