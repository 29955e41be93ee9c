package tone

import (
	"strings"
	"testing"

	"marsad/arabic"
	"marsad/internal/wordhash"
)

// refForms is the candidate-form builder as first written, with plain string tests: the
// reference that build, which tests affixes as packed integers, must agree with.
func refForms(k string) []form {
	if k == "" {
		return nil
	}
	var out []form
	add := func(s string, verb bool) { out = append(out, form{s, verb}) }
	clitics := func(k string) {
		if !cliticStart(k) {
			return
		}
		n := runeCount(k)
		for _, p := range proclitics {
			if !strings.HasPrefix(k, p) {
				continue
			}
			min := 3
			if strings.HasSuffix(p, article) || strings.HasSuffix(p, "لل") {
				min = 2
			}
			if n-len(p)/2 >= min {
				add(k[len(p):], false)
			}
		}
	}
	endings := func(b string) {
		n := runeCount(b)
		for _, e := range endings {
			if !strings.HasSuffix(b, e) || n-len(e)/2 < 3 {
				continue
			}
			s := b[:len(b)-len(e)]
			if e == alef && !tanwinBase(s) || e == "و" && n < 5 {
				continue
			}
			add(s, false)
			if e == "ات" {
				add(s+haa, false)
			}
		}
	}
	suffixed := func(b string) {
		if hasArticle(b) {
			return
		}
		n := runeCount(b)
		for _, p := range pronouns {
			if !strings.HasSuffix(b, p) || n-len(p)/2 < 3 {
				continue
			}
			s := b[:len(b)-len(p)]
			add(s, false)
			if p == "ي" || p == "ك" || p == "ني" {
				continue
			}
			if strings.HasSuffix(s, taa) && n-len(p)/2 >= 4 {
				add(s[:len(s)-len(taa)]+haa, false)
			}
			if strings.HasSuffix(s, "اي") || strings.HasSuffix(s, "او") {
				add(s[:len(s)-len("ي")]+hamza, false)
			}
			endings(s)
		}
		endings(b)
	}
	add(k, false)
	clitics(k)
	bases := len(out)
	for i := 0; i < bases; i++ {
		suffixed(out[i].s)
	}
	plain := len(out)
	var m matcher
	for i := 0; i < plain; i++ {
		m.forms = m.forms[:0]
		m.verbal(out[i].s)
		for _, f := range m.forms {
			add(strings.Clone(f.s), f.verb)
		}
	}
	return out
}

// TestFormsMatchReference builds the candidate forms of every word of the example article, of
// every lexicon lemma and of words made to carry many affixes, and compares them with refForms.
func TestFormsMatchReference(t *testing.T) {
	keys := []string{"", "و", "ال", "اها", "وبالهما", "فكالاتهما", "ولللللل", "سيدعمونهم", "والإرهابيين",
		"إنجازاتها", "حكومته", "اعتدائهم", "مقاتلو", "قتيلا", "نساء", "يعتقل", "abc", "x"}
	for _, tk := range arabic.Tokenize(exampleText(t)) {
		keys = append(keys, tk.Norm)
	}
	for _, e := range Default().Entries() {
		for _, w := range strings.Fields(e.Lemma) {
			k := arabic.Key(w)
			keys = append(keys, k, "و"+k, "وبال"+k, k+"هما", k+"اتها", "سي"+k+"ون")
		}
	}
	var m matcher
	for _, k := range keys {
		got, want := m.build(k), refForms(k)
		if len(got) != len(want) {
			t.Fatalf("build(%q) = %v, want %v", k, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("build(%q) = %v, want %v", k, got, want)
			}
		}
	}
}

// FuzzForms compares build with refForms on arbitrary keys.
func FuzzForms(f *testing.F) {
	for _, s := range []string{"وبالهجوم", "سيدعمونهم", "إنجازاتها", "اعتدائهم", "ولل", "a", ""} {
		f.Add(s)
	}
	var m matcher
	f.Fuzz(func(t *testing.T, s string) {
		for _, k := range []string{s, arabic.Key(s)} {
			got, want := m.build(k), refForms(k)
			if len(got) != len(want) {
				t.Fatalf("build(%q) = %v, want %v", k, got, want)
			}
			for i := range got {
				if got[i] != want[i] {
					t.Fatalf("build(%q) = %v, want %v", k, got, want)
				}
			}
		}
	})
}

// TestMaxNegator checks the length bound isNegator rules words out with.
func TestMaxNegator(t *testing.T) {
	for n := range negators {
		for _, p := range []string{"", "و", "ف"} {
			if len(p+n) > 2*maxNegator {
				t.Errorf("%q is longer than maxNegator", p+n)
			}
		}
	}
	for _, p := range []string{"وب", "ول", "فب", "فل", "ب", "ل"} {
		if len(p+"عدم") > 2*maxNegator {
			t.Errorf("%q is longer than maxNegator", p+"عدم")
		}
		if !isNegator(p + "عدم") {
			t.Errorf("isNegator(%q) = false", p+"عدم")
		}
	}
}

// TestTwoLexicons alternates two lexicons on the same tokens: what the scratch space remembers
// about the words of one must never be used for the other.
func TestTwoLexicons(t *testing.T) {
	small, err := Parse(strings.NewReader("هجوم\t-2\tN\n"))
	if err != nil {
		t.Fatal(err)
	}
	toks := arabic.Tokenize("رحبت المملكة بالاتفاق على وقف إطلاق النار بعد هجوم دام.")
	big := Default()
	wantBig, wantSmall := big.Score(toks), small.Score(toks)
	if wantBig == wantSmall {
		t.Fatalf("the lexicons score alike: %+v", wantBig)
	}
	for range 3 {
		if got := big.Score(toks); got != wantBig {
			t.Errorf("default lexicon: %+v, want %+v", got, wantBig)
		}
		if got := small.Score(toks); got != wantSmall {
			t.Errorf("small lexicon: %+v, want %+v", got, wantSmall)
		}
	}
}

// TestFilterHasEveryForm checks that the lexicon's filter lets every key through.
func TestFilterHasEveryForm(t *testing.T) {
	l := Default()
	for k := range l.forms {
		if !l.formFilter.Has(wordhash.String(k)) {
			t.Fatalf("filter rules out %q", k)
		}
	}
}
