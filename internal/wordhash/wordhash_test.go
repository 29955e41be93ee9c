package wordhash

import (
	"slices"
	"testing"
)

func TestFilter(t *testing.T) {
	keys := []string{"الرياض", "جدة", "هجوم", "سلام"}
	f := NewFilter(12, slices.Values(keys))
	for _, k := range keys {
		if !f.Has(String(k)) || !f.Has(Bytes([]byte(k))) {
			t.Errorf("filter lacks %q", k)
		}
	}
	// 4 keys in 4,096 bits: almost every other key is ruled out
	out := 0
	for i := range 1000 {
		if !f.Has(String(string(rune(0x0600+i%200)) + "كلمة" + string(rune('a'+i%26)))) {
			out++
		}
	}
	if out < 900 {
		t.Errorf("only %d of 1000 absent keys ruled out", out)
	}
	var zero Filter
	if !zero.Has(String("أي شيء")) {
		t.Error("the zero filter must have every key")
	}
}

func TestTag(t *testing.T) {
	for _, h := range []uint64{0, 1, 1 << 40, ^uint64(0)} {
		if Tag(h) == 0 {
			t.Errorf("Tag(%#x) = 0", h)
		}
	}
	if String("سلام") != Bytes([]byte("سلام")) {
		t.Error("String and Bytes disagree")
	}
}

func BenchmarkFilterHas(b *testing.B) {
	f := NewFilter(17, slices.Values([]string{"الرياض", "جدة"}))
	h := String("القاهرة")
	for b.Loop() {
		f.Has(h)
	}
}
