package export_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"marsad"
	"marsad/export"
	"marsad/store/sqlite"
)

func ExampleParseActorCode() {
	for _, code := range []string{"USAGOV", "IGOUNO", "PSEREB", "IRQMOSSHIREB"} {
		c := export.ParseActorCode(code)
		fmt.Printf("%s: country=%q group=%q religion=%q types=%v\n", code, c.Country, c.KnownGroup, c.Religion1+c.Religion2, c.Types())
	}
	// Output:
	// USAGOV: country="USA" group="" religion="" types=[GOV]
	// IGOUNO: country="" group="UNO" religion="" types=[IGO]
	// PSEREB: country="PSE" group="" religion="" types=[REB]
	// IRQMOSSHIREB: country="IRQ" group="" religion="MOSSHI" types=[REB]
}

func ExampleGeoOf() {
	g := export.GeoOf(&marsad.Place{Name: "Baghdad", Country: "IRQ", Admin1: "IQ-BG", Lat: 33.31526, Lon: 44.36606,
		Wikidata: "Q1530", Precision: "city"})
	fmt.Printf("%d %q %s %s %s,%s %s\n", g.Type, g.FullName, g.Country, g.ADM1, g.Lat, g.Long, g.FeatureID)
	// Output:
	// 4 "Baghdad, Iraq" IZ IZ-BG 33.3153,44.3661 Q1530
}

// A Writer formats analyses the caller holds, without a store: here one event as a row of the
// GDELT Mentions table.
func ExampleWriter() {
	text := "استقبل العاهل الأردني الملك عبدالله الثاني في عمّان وزير الخارجية الفرنسي."
	at := func(s string) marsad.Span {
		i := marsad.RuneLen(text[:strings.Index(text, s)])
		return marsad.Span{Start: i, End: i + marsad.RuneLen(s)}
	}
	a := &marsad.Analysis{ID: "amman-1", Date: "2024-11-03", URL: "https://www.petra.gov.jo/1", Text: text,
		Sentences: []marsad.Sentence{{Span: marsad.Span{End: marsad.RuneLen(text)}}},
		Events: []marsad.Event{{Code: "043", Name: "Host a visit", Goldstein: 2.8, Modality: marsad.Asserted,
			Source:   &marsad.Participant{Text: "الملك عبدالله الثاني", Span: at("الملك عبدالله الثاني"), ActorRef: marsad.ActorRef{Code: "JORGOV"}},
			Target:   &marsad.Participant{Text: "وزير الخارجية الفرنسي", Span: at("وزير الخارجية الفرنسي"), ActorRef: marsad.ActorRef{Code: "FRAGOV"}},
			Evidence: marsad.Span{End: marsad.RuneLen(text)}, Trigger: marsad.Trig{Text: "استقبل", Span: at("استقبل")},
			Confidence: 0.8}},
	}
	w, err := export.NewWriter(os.Stdout, export.GDELTMentions, export.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	if err := w.WriteAnalysis(a); err != nil {
		fmt.Println(err)
	}
	if err := w.Flush(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 3584531799846421723	20241103000000	20241103000000	1	petra.gov.jo	https://www.petra.gov.jo/1	1	22	52	0	1	80	74	0
}

// Export streams a store's events in a format, here the PLOVER records of one actor.
func ExampleExport() {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer st.Close()
	text := "دعت الأمم المتحدة إلى وقف إطلاق النار في السودان."
	a := &marsad.Analysis{ID: "sudan-1", Date: "2024-05-01", Text: text,
		Events: []marsad.Event{{Code: "0871", Root: "08", Base: "087", Plover: "CEASEFIRE", Quad: 2, Goldstein: 9,
			Modality: marsad.Planned, Evidence: marsad.Span{End: marsad.RuneLen(text)},
			Source: &marsad.Participant{Text: "الأمم المتحدة", Span: marsad.Span{Start: 4, End: 17}, ActorRef: marsad.ActorRef{Code: "IGOUNO"}}}}}
	if _, err := st.Put(ctx, a); err != nil {
		fmt.Println(err)
		return
	}
	var b strings.Builder
	stats, err := export.Export(ctx, &b, st, export.PLOVER, export.Options{Query: marsad.EventQuery{Actor: "IGO"}})
	if err != nil {
		fmt.Println(err)
		return
	}
	rec := b.String()
	fmt.Println(stats.Records, strings.Contains(rec, `"event":["CEASEFIRE"]`), strings.Contains(rec, `"actor_country":"UNO"`),
		strings.Contains(rec, `"modality":"planned"`))
	// Output:
	// 1 true true true
}
