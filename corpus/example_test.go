package corpus_test

import (
	"fmt"

	"marsad/corpus"
)

func ExampleSaudiNewsNet() {
	n := 0
	for doc, err := range corpus.SaudiNewsNet("../../shared/data/news/saudinewsnet") {
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		fmt.Println(doc.Source, doc.Date)
		if n++; n == 2 {
			break
		}
	}
	// Output:
	// aawsat 2015-07-21
	// aawsat 2015-07-21
}
