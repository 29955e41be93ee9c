package ner_test

import (
	"fmt"
	"strings"

	"marsad/ner"
)

func Example() {
	t, err := ner.Default()
	if err != nil {
		panic(err)
	}
	words := strings.Fields("وقال الرئيس الأمريكي جورج بوش في واشنطن إن الولايات المتحدة لن تتراجع .")
	for _, e := range t.EntitiesWords(words) {
		fmt.Println(e.Type, strings.Join(words[e.TokStart:e.TokEnd], " "))
	}
	// Output:
	// MISC الأمريكي
	// PER جورج بوش
	// LOC واشنطن
	// LOC الولايات المتحدة
}
