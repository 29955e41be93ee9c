package sqlite_test

import (
	"context"
	"fmt"
	"log"
	"os"
	"path/filepath"

	"marsad"
	"marsad/store/sqlite"
)

func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "marsad-example")
	if err != nil {
		log.Fatal(err)
	}
	defer os.RemoveAll(dir)

	db, err := sqlite.Open(ctx, filepath.Join(dir, "marsad.db"))
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()

	text := "استقبل الرئيس المصري في القاهرة وزير الخارجية الأمريكي."
	a := &marsad.Analysis{ID: "cairo-1", Date: "2024-04-10", Source: "aawsat", Text: text,
		Events: []marsad.Event{{Code: "042", Root: "04", Base: "042", Name: "Make a visit", Quad: 1, Goldstein: 1.9,
			Source:   &marsad.Participant{Text: "وزير الخارجية الأمريكي", Span: marsad.Span{Start: 32, End: 54}, ActorRef: marsad.ActorRef{Code: "USAGOV"}},
			Target:   &marsad.Participant{Text: "الرئيس المصري", Span: marsad.Span{Start: 7, End: 20}, ActorRef: marsad.ActorRef{Code: "EGYGOV"}},
			Modality: marsad.Asserted, Evidence: marsad.Span{Start: 0, End: 55}}}}
	res, err := db.Put(ctx, a)
	if err != nil {
		log.Fatal(err)
	}
	again, _ := db.Put(ctx, a)
	fmt.Println("inserted:", res.Inserted, "then:", again.Inserted)

	// والرئيس, للرئيس and برئيس would match too
	found, err := db.Search(ctx, marsad.SearchQuery{Text: "رئيس"})
	if err != nil {
		log.Fatal(err)
	}
	for _, h := range found.Hits {
		for _, sp := range h.Highlights {
			fmt.Printf("%s %d:%d %s\n", h.ID, sp.Start, sp.End, marsad.SliceRunes(text, sp))
		}
	}

	evs, err := db.Events(ctx, marsad.EventQuery{Actor: "USA", Quad: 1})
	if err != nil {
		log.Fatal(err)
	}
	for _, e := range evs {
		fmt.Println(e.ArticleID, e.Code, e.Source.Code, "→", e.Target.Code)
	}
	// Output:
	// inserted: true then: false
	// cairo-1 7:13 الرئيس
	// cairo-1 042 USAGOV → EGYGOV
}
