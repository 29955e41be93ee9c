package corpus_test

import (
	"fmt"

	"marsad/corpus"
	"marsad/internal/shareddata"
)

func ExampleSaudiNewsNet() {
	n := 0
	dir, err := shareddata.Path("data", "news", "saudinewsnet") // ../shared beside the repository
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	for doc, err := range corpus.SaudiNewsNet(dir) {
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
