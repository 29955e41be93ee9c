package cluster

import (
	"bytes"
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"marsad/internal/shareddata"
)

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"أعلن", "اعلن"},
		{"إسرائيل", "اسراييل"},
		{"مُحَمَّد", "محمد"},
		{"القاهرة", "القاهره"},
		{"مستشفى", "مستشفي"},
		{"مؤتمر", "موتمر"},
		{"عامـــا", "عاما"},
		{"\u200eجنوب", "جنوب"},
		{"2002", "0000"},
		{"٣٤٥", "000"},
		{"CNN", "cnn"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح",
			[]string{"حدد", "رئيس", "الوزراء", "البريطاني", "ديفيد", "كاميرون", "،", "اليوم", "(", "الاثنين", ")", "،", "ملامح"}},
		{"تنظيم \"داعش\".", []string{"تنظيم", "\"", "داعش", "\"", "."}},
		{"  ", nil},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestWriteRead(t *testing.T) {
	c := New(map[string]Path{"القاهره": {3, 40, 700}, "دمشق": {3, 40, 701}, "قال": {1, 2, 5}, "": {1, 1, 1}})
	var buf bytes.Buffer
	if err := c.Write(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := Read(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.Len() != 3 {
		t.Fatalf("Len = %d, want 3 (empty key dropped)", got.Len())
	}
	if p, ok := got.Lookup("القاهرة"); !ok || p != (Path{3, 40, 700}) {
		t.Fatalf("Lookup(القاهرة) = %v %v", p, ok)
	}
	if _, ok := got.Lookup("بغداد"); ok {
		t.Fatal("unknown word found")
	}
	for _, bad := range []string{"not gzip", ""} {
		if _, err := Read(strings.NewReader(bad)); err == nil {
			t.Errorf("Read(%q) succeeded", bad)
		}
	}
}

// TestBuild trains tiny vectors on the first sentences of the NER training split twice: the
// result must be identical (fixed seed) and words used alike must share coarse clusters more
// often than chance.
func TestBuild(t *testing.T) {
	sents, err := ReadTokenColumn(shareddata.MustPath(t, "data", "ner", "cleananercorp", "train.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sents = sents[:1500]
	cfg := BuildConfig{Word2Vec: Word2VecConfig{Dim: 16, Window: 3, Negative: 3, MinCount: 5, Epochs: 2,
		Alpha: 0.025, Subsample: 1e-3, Seed: 3}, K: [Levels]int{4, 4, 4}, Iters: 5}
	a, ea, err := Build(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := Build(context.Background(), sents, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(a.Map(), b.Map()) {
		t.Fatal("two builds with the same seed differ")
	}
	if a.Len() < 500 {
		t.Fatalf("only %d words clustered", a.Len())
	}
	for w, p := range a.Map() {
		if p[0] == 0 || p[1] == 0 || p[2] == 0 {
			t.Fatalf("%s has an incomplete path %v", w, p)
		}
	}
	var buf bytes.Buffer
	if err := ea.Write(&buf); err != nil {
		t.Fatal(err)
	}
	eb, err := ReadEmbeddings(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(ea.Words, eb.Words) || !reflect.DeepEqual(ea.Data, eb.Data) {
		t.Fatal("embeddings round trip differs")
	}
	if v, ok := eb.LookupKey(Key("في")); !ok || len(v) != 16 {
		t.Fatalf("LookupKey(في) = %v %v", v, ok)
	}
	if _, err := ReadEmbeddings(strings.NewReader("junk")); err == nil {
		t.Fatal("ReadEmbeddings accepted junk")
	}
	if _, _, err := Build(context.Background(), [][]string{{"ا"}}, cfg); err == nil {
		t.Fatal("Build on one word succeeded")
	}
}

func FuzzRead(f *testing.F) {
	var buf bytes.Buffer
	New(map[string]Path{"قال": {1, 2, 3}}).Write(&buf)
	f.Add(buf.Bytes())
	f.Add([]byte("x"))
	f.Fuzz(func(t *testing.T, b []byte) {
		c, err := Read(bytes.NewReader(b))
		if err == nil && c == nil {
			t.Fatal("nil clusters without error")
		}
		ReadEmbeddings(bytes.NewReader(b))
	})
}

func FuzzTokenize(f *testing.F) {
	f.Add("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokenize(s) {
			if tok == "" || strings.ContainsAny(tok, " \t\n") {
				t.Fatalf("bad token %q", tok)
			}
		}
		_ = Key(s)
	})
}

func BenchmarkKey(b *testing.B) {
	words := Tokenize("حدد رئيس الوزراء البريطاني ديفيد كاميرون، اليوم (الاثنين)، ملامح استراتيجية للتصدي للتطرف داخل بريطانيا؛ وهي مسألة اعتبرها كاميرون صراع جيلنا")
	for b.Loop() {
		for _, w := range words {
			Key(w)
		}
	}
}

func ExampleKey() {
	fmt.Println(Key("القاهرة"), Key("إسرائيل"), Key("عام 2015"))
	// Output: القاهره اسراييل عام 0000
}
