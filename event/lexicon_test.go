package event

import (
	"testing"

	"marsad/arabic"
)

// TestParticleReadings: a particle matches a word with و/ف and a pronoun, never through a
// preposition or an article read off the word: "كان" (was) is no "كأن", "كما" no negating
// "ما", "الآن" and "الكيني" no complementizer, "بلدية" no "لديه", "الإمام" no "أمام"; and a
// verb matches no word through an article.
func TestParticleReadings(t *testing.T) {
	lx, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	prep := func(p string) *wordSet { return lx.preps[p] }
	for _, tt := range []struct {
		word string
		set  *wordSet
		name string
		want bool
	}{
		{"كان", lx.compl, "complementizer", false},
		{"وكان", lx.compl, "complementizer", false},
		{"الآن", lx.compl, "complementizer", false},
		{"الكيني", lx.compl, "complementizer", false},
		{"ألوان", lx.compl, "complementizer", false},
		{"كما", lx.negPerfect, "negation", false},
		{"بما", lx.negPerfect, "negation", false},
		{"كلمة", lx.negation, "negation", false},
		{"بلدية", prep("لدى"), "لدى", false},
		{"الإمام", prep("أمام"), "أمام", false},
		{"الجميع", lx.otherPreps, "other preposition", false},
		// a verb takes no article: "الأمر" (the matter) is no "أمر" (ordered), "كرة القدم" no
		// "قدم" (presented), "العقد" (the contract) no "عقد" (held)
		{"الأمر", lx.deciding, "deciding verb", false},
		{"الأمر", lx.light, "light verb", false},
		{"القدم", lx.light, "light verb", false},
		{"العقد", lx.light, "light verb", false},
		{"وعقد", lx.light, "light verb", true},
		{"لتنفيذ", lx.light, "light verb", true},
		{"وأمر", lx.deciding, "deciding verb", true},
		// nor does a modality cue: "الحالي" (current) is no "حال" (in case), "التصدي"
		// (confronting) no "صدّ" (repelled)
		{"الحالي", lx.hypothet, "hypothetical cue", false},
		{"التصدي", lx.deny, "denial", false},
		{"حال", lx.hypothet, "hypothetical cue", true},
		// the readings particles do have
		{"وأن", lx.compl, "complementizer", true},
		{"فإن", lx.compl, "complementizer", true},
		{"بأن", lx.compl, "complementizer", true},
		{"لأنه", lx.compl, "complementizer", true},
		{"أنها", lx.compl, "complementizer", true},
		{"وما", lx.negPerfect, "negation", true},
		{"عليه", prep("على"), "على", true},
		{"وفي", prep("في"), "في", true},
		{"لديها", prep("لدى"), "لدى", true},
		{"ولكنه", lx.clauseConj, "clause conjunction", true},
	} {
		if tt.set == nil {
			t.Fatalf("no set for %s", tt.name)
		}
		if got := lx.inSet(lx.analyze(arabic.Key(tt.word), false), tt.set); got != tt.want {
			t.Errorf("%s as %s: %v, want %v", tt.word, tt.name, got, tt.want)
		}
	}
}

// TestExactWords: a word written "=word" in a void list is that word alone; without the mark
// its noun inflections are in the set too.
func TestExactWords(t *testing.T) {
	inflected := newWordSet([]string{"تعزيز"}, true)
	exact := newWordSet([]string{"=تعزيز"}, true)
	for _, tt := range []struct {
		word string
		set  *wordSet
		name string
		want bool
	}{
		{"تعزيز", exact, "exact", true},
		{"تعزيزات", exact, "exact", false},
		{"تعزيز", inflected, "inflected", true},
		{"تعزيزات", inflected, "inflected", true},
	} {
		if got := tt.set.single[arabic.Key(tt.word)]; got != tt.want {
			t.Errorf("%s in the %s set: %v, want %v", tt.word, tt.name, got, tt.want)
		}
	}
}
