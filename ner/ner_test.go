package ner

import (
	"bytes"
	"context"
	"reflect"
	"strings"
	"sync"
	"testing"

	"marsad/arabic"
	"marsad/internal/shareddata"
)

func TestReadCoNLL(t *testing.T) {
	in := "\ufeffفرانكفورت B-LOC\r\n(د B-ORG\nأعلن O\n\n\n\u200eاتحاد\tB-ORG\nصناعة I-ORG\n"
	got, err := ReadCoNLL(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Sentence{
		{Words: []string{"فرانكفورت", "(د", "أعلن"}, Labels: []string{"B-LOC", "B-ORG", "O"}},
		{Words: []string{"اتحاد", "صناعة"}, Labels: []string{"B-ORG", "I-ORG"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %#v\nwant %#v", got, want)
	}
	if _, err := ReadCoNLL(strings.NewReader("كلمة X-LOC\n")); err == nil {
		t.Fatal("bad label accepted")
	}
}

func TestSpansOf(t *testing.T) {
	tests := []struct {
		labels []string
		want   []Span
	}{
		{[]string{"B-PERS", "I-PERS", "O", "B-LOC"}, []Span{{0, 2, "PERS"}, {3, 4, "LOC"}}},
		{[]string{"I-ORG", "I-ORG", "B-ORG"}, []Span{{0, 2, "ORG"}, {2, 3, "ORG"}}}, // I- starts an entity (conlleval)
		{[]string{"B-LOC", "I-ORG"}, []Span{{0, 1, "LOC"}, {1, 2, "ORG"}}},
		{[]string{"O", "O"}, nil},
		{nil, nil},
	}
	for _, tt := range tests {
		if got := spansOf(tt.labels); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("spansOf(%v) = %v, want %v", tt.labels, got, tt.want)
		}
	}
	if got := EntitiesOf([]string{"B-PERS", "I-PERS"}); got[0].Type != "PER" {
		t.Errorf("EntitiesOf maps PERS to %q, want PER", got[0].Type)
	}
}

func TestScore(t *testing.T) {
	var s Score
	// gold: كوفي أنان (PERS), الأمم المتحدة (ORG); predicted: PERS right, ORG with a wrong span.
	s.Add([]string{"B-PERS", "I-PERS", "O", "B-ORG", "I-ORG"}, []string{"B-PERS", "I-PERS", "O", "B-ORG", "O"})
	if s.Micro != (Counts{TP: 1, Pred: 2, Gold: 2}) {
		t.Fatalf("micro = %+v", s.Micro)
	}
	if s.ByType["ORG"] != (Counts{TP: 0, Pred: 1, Gold: 1}) || s.ByType["PERS"].F1() != 1 {
		t.Fatalf("by type = %+v", s.ByType)
	}
	if f := s.Micro.F1(); f != 0.5 {
		t.Fatalf("F1 = %v, want 0.5", f)
	}
	var buf bytes.Buffer
	if err := s.Write(&buf); err != nil || !strings.Contains(buf.String(), "micro") {
		t.Fatalf("report %q, %v", buf.String(), err)
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ word, pre, stem, suf string }{
		{"والرياض", "وال", "رياض", ""},
		{"للأمم", "لال", "امم", ""},
		{"بدارفور", "ب", "دارفور", ""},
		{"ومصر", "و", "مصر", ""},
		// A heuristic: 4-letter words lose a leading و even when it is a root letter (وليد →
		// ليد); the tagger also sees the unstripped key, so it learns when to trust the stem.
		{"وليد", "و", "ليد", ""},
		{"ولد", "", "ولد", ""},
		{"وسوريا", "و", "سوريا", ""},
		{"بالقاهرة", "بال", "قاهره", ""},
		{"مدينته", "", "مدينته", ""},
		{"حكومتها", "", "حكومت", "ها"},
		{"كتب", "", "كتب", ""},
	}
	for _, tt := range tests {
		pre, st, suf := stem(key(tt.word))
		if pre != tt.pre || st != tt.stem || suf != tt.suf {
			t.Errorf("stem(%s) = %q %q %q, want %q %q %q", tt.word, pre, st, suf, tt.pre, tt.stem, tt.suf)
		}
	}
}

func TestShape(t *testing.T) {
	tests := map[string]int{"القاهرة": shapeArabic, "2002": shapeDigits, "اعتقل19": shapeArabicDigits,
		"CNN": shapeLatinCap, "iphone": shapeLatin, "،": shapePunct, "(د": shapeMixed}
	for w, want := range tests {
		if got := shape(w); got != want {
			t.Errorf("shape(%s) = %d, want %d", w, got, want)
		}
	}
}

func TestNisba(t *testing.T) {
	p := newPhraseSet()
	addPhrase(p, "السودان", gCountry)
	addPhrase(p, "مصر", gCountry)
	addPhrase(p, "الأمم المتحدة", gOrg)
	for _, w := range []string{"السوداني", "السودانية", "المصريين", "مصري"} {
		if p.nisbaOf(key(w)) == 0 {
			t.Errorf("nisbaOf(%s) = 0", w)
		}
	}
	for _, w := range []string{"الرئيس", "كرسي"} {
		if p.nisbaOf(key(w)) != 0 {
			t.Errorf("nisbaOf(%s) != 0", w)
		}
	}
	keys := []uint64{hashString(key("للأمم")), hashString(key("المتحدة")), hashString("x")}
	_, alt := stripPrefix(key("للأمم"))
	alts := []uint64{hashString(alt), keys[1], keys[2]}
	begin, inside := make([]uint32, 3), make([]uint32, 3)
	p.match(keys, alts, begin, inside)
	if begin[0] != 1<<gOrg || inside[1] != 1<<gOrg || begin[2]|inside[2] != 0 {
		t.Errorf("match: begin %v inside %v", begin, inside)
	}
}

func loadTestSplit(t testing.TB, name string) []Sentence {
	t.Helper()
	s, err := ReadCoNLLFile(shareddata.MustPath(t, "data", "ner", "cleananercorp", name))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestTrainSaveLoad trains a small model twice on the start of the training split: training
// must be reproducible, and a saved model must tag exactly like the one in memory.
func TestTrainSaveLoad(t *testing.T) {
	sents := loadTestSplit(t, "train.txt")[:400]
	gaz, err := BuildGazetteer(GazetteerSources{})
	if err != nil {
		t.Fatal(err)
	}
	cfg := TrainConfig{Epochs: 3, Folds: 3, TwoPass: true, UseLex: true, Seed: 7, Workers: 2, CharLM: testLM()}
	// Unlabeled text exercises the silver lexicon (here: later sentences of the same file).
	for _, s := range loadTestSplit(t, "train.txt")[400:600] {
		cfg.Unlabeled = append(cfg.Unlabeled, s.Words)
	}
	a, err := Train(context.Background(), sents, nil, nil, gaz, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, err := Train(context.Background(), sents, nil, nil, gaz, cfg)
	if err != nil {
		t.Fatal(err)
	}
	var ba, bb bytes.Buffer
	if err := a.Save(&ba); err != nil {
		t.Fatal(err)
	}
	if err := b.Save(&bb); err != nil {
		t.Fatal(err)
	}
	la, err := Load(bytes.NewReader(ba.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	lb, err := Load(bytes.NewReader(bb.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sents[:50] {
		x, y, z := a.TagWords(s.Words), la.TagWords(s.Words), lb.TagWords(s.Words)
		if !reflect.DeepEqual(x, y) || !reflect.DeepEqual(y, z) {
			t.Fatalf("outputs differ on %v:\n%v\n%v\n%v", s.Words, x, y, z)
		}
	}
	// A model fitted on these sentences must recall most of their entities.
	if f := a.Evaluate(sents).Micro.F1(); f < 0.8 {
		t.Errorf("training-set F1 %.3f < 0.8", f)
	}
	if la.res.silver == nil || len(la.res.silver.Counts) == 0 {
		t.Error("silver lexicon lost in save/load")
	}
	for _, w := range []string{"كاسياس", "الحكومه"} {
		if got, want := la.res.clm.nameBins(w), cfg.CharLM.nameBins(w); got != want || got == 0 {
			t.Errorf("%s: name bins %#x after save/load, want %#x (non-zero)", w, got, want)
		}
	}
	if _, err := Load(strings.NewReader("not a model")); err == nil {
		t.Error("Load accepted garbage")
	}
}

func mustDefault(t testing.TB) *Tagger {
	t.Helper()
	tg, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

func TestDefaultTags(t *testing.T) {
	tg := mustDefault(t)
	tests := []struct {
		text string
		want []Span
	}{
		{"وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة لن تتراجع .",
			[]Span{{2, 3, "MISC"}, {3, 5, "PER"}, {6, 7, "LOC"}, {8, 10, "LOC"}}},
		{"التقى وزير الخارجية السعودي سعود الفيصل الأمين العام للأمم المتحدة كوفي أنان في نيويورك .",
			[]Span{{3, 4, "MISC"}, {4, 6, "PER"}, {8, 10, "ORG"}, {10, 12, "PER"}, {13, 14, "LOC"}}},
	}
	for _, tt := range tests {
		got := tg.EntitiesWords(strings.Fields(tt.text))
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s\n got %v\nwant %v", tt.text, got, tt.want)
		}
	}
}

// TestTestFloor asserts the acceptance floor on the ANERcorp CAMeL-split test file: entity
// micro-F1 above AraBERTv0.1's published 83.1.
func TestTestFloor(t *testing.T) {
	tg := mustDefault(t)
	sc := tg.Evaluate(loadTestSplit(t, "test.txt"))
	f := 100 * sc.Micro.F1()
	t.Logf("test micro-F1 %.2f", f)
	if f < testFloor {
		var buf bytes.Buffer
		sc.Write(&buf)
		t.Fatalf("test micro-F1 %.2f < %.1f\n%s", f, testFloor, buf.String())
	}
}

func TestRobustness(t *testing.T) {
	tg := mustDefault(t)
	long := make([]string, 10000)
	ws := strings.Fields("أعلن الرئيس محمد حسني مبارك في القاهرة أن مصر ستشارك في القمة ، .")
	for i := range long {
		long[i] = ws[i%len(ws)]
	}
	inputs := [][]string{
		nil,
		{},
		{"."},
		{"!", "؟", "،", "(", ")", "«", "»", "...", "-"},
		strings.Fields("The quick brown fox jumps over the lazy dog in New York"),
		strings.Fields("123 4.5 ٣٤٥ 2002"),
		{"", " ", "\u200e", "\ufeff", "\x00", "\xff\xfe"},
		long,
	}
	for _, in := range inputs {
		got := tg.TagWords(in)
		if len(got) != len(in) {
			t.Fatalf("%d labels for %d tokens", len(got), len(in))
		}
		for i, l := range got {
			if labelIndex(l) == 0 && l != "O" {
				t.Fatalf("bad label %q", l)
			}
			if strings.HasPrefix(l, "I-") && (i == 0 || labelType(got[i-1]) != labelType(l)) {
				t.Fatalf("I- label without a preceding entity at %d: %v", i, got[max(0, i-2):i+1])
			}
		}
		if len(in) > 0 && len(in) < 20 && shape(in[0]) == shapePunct {
			for _, l := range got {
				if l != "O" {
					t.Errorf("punctuation tagged %v: %v", in, got)
					break
				}
			}
		}
	}
	if got := tg.TagDocument([][]string{nil, ws, {}}); len(got) != 3 || len(got[1]) != len(ws) {
		t.Fatalf("TagDocument shape %v", got)
	}
}

func TestConcurrent(t *testing.T) {
	tg := mustDefault(t)
	sents := loadTestSplit(t, "train.txt")[:200]
	want := make([][]string, len(sents))
	for i, s := range sents {
		want[i] = tg.TagWords(s.Words)
	}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for i, s := range sents {
				if got := tg.TagWords(s.Words); !reflect.DeepEqual(got, want[i]) {
					t.Errorf("concurrent result differs for sentence %d", i)
					return
				}
			}
		})
	}
	wg.Wait()
}

func FuzzTagWords(f *testing.F) {
	f.Add("وقال الرئيس الأمريكي جورج بوش في واشنطن")
	f.Add("... !!! ؟؟")
	f.Add("The UN said 42")
	f.Add("\u200e\ufeffللأمم\tالمتحدة")
	tg, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		got := tg.TagWords(words)
		if len(got) != len(words) {
			t.Fatalf("%d labels for %d words", len(got), len(words))
		}
		for _, e := range tg.EntitiesWords(words) {
			if e.TokStart < 0 || e.TokEnd > len(words) || e.TokStart >= e.TokEnd {
				t.Fatalf("bad span %v", e)
			}
		}
	})
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("فرانكفورت B-LOC\n(د B-ORG\n\nأعلن O\n")
	f.Add("\ufeffx\r\n\r\ny I-MISC")
	f.Fuzz(func(t *testing.T, s string) {
		sents, err := ReadCoNLL(strings.NewReader(s))
		if err != nil {
			return
		}
		for _, st := range sents {
			if len(st.Words) != len(st.Labels) || len(st.Words) == 0 {
				t.Fatalf("bad sentence %#v", st)
			}
		}
	})
}

// TestTokens checks that tokens built from CoNLL lines tag exactly like the plain words, and
// that raw text through arabic.Tokenize finds the expected entities.
func TestTokens(t *testing.T) {
	tg := mustDefault(t)
	for _, s := range loadTestSplit(t, "train.txt")[:100] {
		toks := make([]arabic.Token, len(s.Words))
		for i, w := range s.Words {
			toks[i] = arabic.Token{Text: w, Kind: arabic.Word}
		}
		if got, want := tg.Tag(toks), tg.TagWords(s.Words); !reflect.DeepEqual(got, want) {
			t.Fatalf("Tag %v != TagWords %v", got, want)
		}
	}
	toks := arabic.Tokenize("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة لن تتراجع.")
	var got []string
	for _, e := range tg.Entities(toks) {
		got = append(got, e.Type+":"+toks[e.TokStart].Text)
	}
	want := []string{"MISC:الأمريكي", "PER:جورج", "LOC:واشنطن", "LOC:الولايات"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entities = %v, want %v", got, want)
	}
	doc := tg.TagDocumentTokens([][]arabic.Token{toks, nil})
	if len(doc) != 2 || len(doc[0]) != len(toks) || len(doc[1]) != 0 {
		t.Errorf("TagDocumentTokens shape: %v", doc)
	}
}
