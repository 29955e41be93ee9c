package geo

import (
	"bytes"
	"os"
	"strings"
	"sync"
	"testing"

	"marsad/arabic"
	"marsad/internal/shareddata"
)

// indexWords returns the word tokens of the example article and of tricky hand-written text.
func indexWords(t *testing.T) []arabic.Token {
	t.Helper()
	data, err := os.ReadFile(shareddata.MustPath(t, "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	text := string(data) + " وللموصل فبالرياض كالقاهرة كانجيا للرياض ولل لل وال بال فلل كال والسعوديين " +
		"اللبنانية واللبنانيون الأمريكيتين بالأردنيين لبيروت ﺑﺎﻟﺮﻳﺎﺽ عُمان عَمّان تـــونس بیروت گیلان ڤيينا " +
		"و ف ب ل ك ال وب فل فك ﷺمكة مكةﷺ الـ15 ولـ كولومبيا ككل ببغداد"
	var out []arabic.Token
	for _, tk := range arabic.Tokenize(text) {
		if tk.Kind == arabic.Word {
			out = append(out, tk)
		}
	}
	return out
}

// withIndex returns the embedded gazetteer with its name index kept.
var withIndex = sync.OnceValues(func() (*Gazetteer, error) { return load(bytes.NewReader(gazetteerGz)) })

func indexed(t *testing.T) *Gazetteer {
	t.Helper()
	g, err := withIndex()
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestIndexMatchesMaps checks the compiled index against the maps and functions it replaces on
// every word of real text: the key from the token's Norm is key(Text), readings are clitics,
// a word's demonym is demonymOf, and a reading begins names exactly when some indexed name
// starts with it.
func TestIndexMatchesMaps(t *testing.T) {
	g := indexed(t)
	firstWords := map[string]bool{}
	for phrase := range g.index {
		w, _, _ := strings.Cut(phrase, " ")
		firstWords[w] = true
	}
	var s sentenceIndex
	for _, tk := range indexWords(t) {
		k := key(tk.Text)
		if got := tokenKey(&tk); got != k {
			t.Errorf("tokenKey(%q) = %q, want key = %q", tk.Text, got, k)
		}
		var buf [maxReadings]proclitic
		got, want := readings(k, &buf), clitics(k)
		if len(got) != len(want) {
			t.Errorf("readings(%q) = %v, want %v", k, got, want)
			continue
		}
		for i := range got {
			if got[i] != want[i] {
				t.Errorf("readings(%q) = %v, want %v", k, got, want)
			}
		}
		g.indexSentence(&s, []arabic.Token{tk})
		w := s.words[0]
		if w.dem != g.demonymOf(k) {
			t.Errorf("%q: demonym %q, want %q", tk.Text, w.dem, g.demonymOf(k))
		}
		var starts []proclitic
		for _, p := range want {
			if firstWords[p.apply(k)] {
				starts = append(starts, p)
			}
		}
		if len(starts) != len(w.starts) {
			t.Errorf("%q: %d readings start names, want %d (%v)", tk.Text, len(w.starts), len(starts), starts)
			continue
		}
		for i, st := range w.starts {
			if st.proclitic() != starts[i] {
				t.Errorf("%q: reading %d is %v, want %v", tk.Text, i, st.proclitic(), starts[i])
			}
		}
	}
}

// TestTrieMatchesIndex follows every indexed name through the trie and checks that it ends on
// the name's entries, and that a name cut short of a word is not taken for the whole.
func TestTrieMatchesIndex(t *testing.T) {
	g := indexed(t)
	for phrase, refs := range g.index {
		if got := g.phraseRefs(phrase); len(got) != len(refs) || got[0] != refs[0] {
			t.Fatalf("phraseRefs(%q) = %v, want %v", phrase, got, refs)
		}
		words := strings.Split(phrase, " ")
		node := g.vocab.first[g.vocab.id(words[0])]
		for _, w := range words[1:] {
			node = g.trie.child(node, g.vocab.id(w))
			if node < 0 {
				break
			}
		}
		if node < 0 || len(g.trie.refs[node]) != len(refs) || g.trie.refs[node][0] != refs[0] {
			t.Fatalf("trie: %q does not end on its entries", phrase)
		}
	}
	// Every node with entries is a name of the index.
	names := 0
	for _, refs := range g.trie.refs {
		if len(refs) > 0 {
			names++
		}
	}
	if names != len(g.index) {
		t.Errorf("trie has %d names, index %d", names, len(g.index))
	}
}

// TestRanking checks the per-entry ranking table against infoOf.
func TestRanking(t *testing.T) {
	g := Default()
	for i, e := range g.entries {
		want := g.infoOf(e)
		got := g.ranking[i]
		if got.hand != want.hand || got.def != want.def || strings.Join(got.vocal, "|") != strings.Join(want.vocal, "|") {
			t.Fatalf("ranking[%d] (%s) = %+v, want %+v", i, e.ID, got, want)
		}
	}
}

// TestTwoGazetteers alternates two gazetteers loaded from the same data on the same text: their
// vocabularies are numbered differently (map order), so words remembered for one must never be
// used by the other.
func TestTwoGazetteers(t *testing.T) {
	g1, g2 := Default(), indexed(t)
	toks := indexWords(t)
	text := Sentences("اشتباكات في طرابلس اللبنانية. وصل الوفد بالرياض، ثم توجه للرياض ومدينة غزة وقطاع غزة.")
	want := g1.Resolve(text, Options{})
	for range 3 {
		for _, g := range []*Gazetteer{g1, g2} {
			if got := g.Resolve(text, Options{}); len(got) != len(want) || len(got[1]) != len(want[1]) || got[1][2] != want[1][2] {
				t.Fatalf("Resolve = %v, want %v", got, want)
			}
			var s sentenceIndex
			g.indexSentence(&s, toks)
			for _, w := range s.words {
				if w.id >= 0 && g.vocab.id(w.key) != w.id {
					t.Fatalf("%q: id %d, want %d", w.key, w.id, g.vocab.id(w.key))
				}
			}
		}
	}
}

// TestFilterHasEveryWord checks that the vocabulary's filter lets every word through.
func TestFilterHasEveryWord(t *testing.T) {
	g := Default()
	for w, id := range g.vocab.ids {
		if g.vocab.id(w) != id {
			t.Fatalf("vocab.id(%q) = %d, want %d", w, g.vocab.id(w), id)
		}
	}
}
