package ner

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestCacheSameLabels checks that the word cache changes nothing: the embedded model tags the
// whole test split, sentence by sentence and as documents, exactly as when it looks up every
// feature (the test split has more distinct words than the cache has slots, so entries are
// also replaced on the way).
func TestCacheSameLabels(t *testing.T) {
	cached := mustDefault(t)
	plain, err := Load(bytes.NewReader(embedded))
	if err != nil {
		t.Fatal(err)
	}
	plain.uncached = true
	sents := loadTestSplit(t, "test.txt")
	words := make([][]string, len(sents))
	for i, s := range sents {
		words[i] = s.Words
	}
	// Edge cases: one word, words that only differ in clitics, no Arabic, empty strings.
	words = append(words, []string{"مصر"}, strings.Fields("وبمصر ومصر لمصر مصر ."),
		strings.Fields("NATO said 12 , 000 troops"), []string{"", "\x00", "ال"})
	diff := 0
	for i, w := range words {
		if got, want := cached.TagWords(w), plain.TagWords(w); !slices.Equal(got, want) {
			if diff++; diff <= 5 {
				t.Errorf("sentence %d: cached %v\nplain %v", i, got, want)
			}
		}
	}
	for start := 0; start < len(words); start += 40 {
		doc := words[start:min(start+40, len(words))]
		if got, want := cached.TagDocument(doc), plain.TagDocument(doc); !reflect.DeepEqual(got, want) {
			t.Errorf("document at sentence %d differs", start)
		}
	}
	if diff > 0 {
		t.Fatalf("%d of %d sentences tagged differently with the cache", diff, len(words))
	}
}

// TestCacheEntries checks a cache entry against the features it stands for.
func TestCacheEntries(t *testing.T) {
	tg := mustDefault(t)
	for _, w := range []string{"الرياض", "وزير", "لافروف", "x", "", "والاستخباراتيةوالمخابراتية"} {
		s := tg.getScratch(1)
		e := tg.word(w, s)
		if e.word() != w || tg.word(w, s) != e {
			t.Fatalf("%q: cache returned %q or a new entry", w, e.word())
		}
		var info tokInfo
		tg.res.wordInfo(w, &info)
		if want := (tokInfo{key: info.key, alt: info.alt, cl: info.cl, shape: info.shape, gazB: info.gazB,
			nl: info.nl, vec: info.vec}); !reflect.DeepEqual(want, e.info()) {
			t.Errorf("%q: cached info differs", w)
		}
		for o := -2; o <= 2; o++ {
			var want [2][nL]int32
			tg.fast.sumRows(localFeatures(nil, &info, o), 0, &want, nil)
			if want != e.con[o+2] {
				t.Errorf("%q offset %d: cached sums %v, want %v", w, o, e.con[o+2], want)
			}
		}
	}
}

// TestFeatureSplit checks that the tagging split of the features (per-word local features of the
// window, contextual ones, small-set ones) is exactly the multiset training uses.
func TestFeatureSplit(t *testing.T) {
	tg := mustDefault(t)
	small := make(map[uint64]bool)
	for _, f := range smallFeatures() {
		small[f] = true
	}
	for si, s := range loadTestSplit(t, "test.txt")[:300] {
		infos := make([]tokInfo, len(s.Words))
		tg.res.analyze(s.Words, infos)
		labels := make([]int8, len(infos))
		for i := range infos {
			labels[i] = int8((si + i) % nL)
			infos[i].p1 = uint64(labels[i]) + 1
		}
		markDocs([][]tokInfo{infos}, [][]int8{labels})
		for i := range infos {
			want := features(nil, infos, i, true)
			var got []uint64
			for o := -2; o <= 2; o++ {
				x := padding(o)
				if j := i + o; j >= 0 && j < len(infos) {
					x = infos[j]
				}
				got = localFeatures(got, &x, o)
			}
			big, sm := contextFeatures(nil, nil, infos, i)
			big, sm = features2Split(big, sm, infos, i)
			for _, f := range sm {
				if !small[f] {
					t.Fatalf("sentence %d token %d: small feature %#x not in smallFeatures", si, i, f)
				}
			}
			got = append(append(got, big...), sm...)
			slices.Sort(got)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Fatalf("sentence %d token %d: split features differ (%d vs %d)", si, i, len(got), len(want))
			}
		}
	}
}
