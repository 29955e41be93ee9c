package geo_test

import (
	"fmt"

	"marsad/arabic"
	"marsad/geo"
)

func ExampleGazetteer_Lookup() {
	g := geo.Default()
	for _, e := range g.Lookup("وبغداد") {
		if e.Type == geo.TypeCapital {
			fmt.Println(e.Name, e.Country, e.Wikidata)
		}
	}
	// Output: Baghdad IRQ Q1530
}

func ExampleGazetteer_Find() {
	g := geo.Default()
	for _, m := range g.Find(arabic.Tokenize("اقتحمت القوات مستشفى في مدينة غزة وآخر بخان يونس")) {
		fmt.Printf("%s [%d,%d) cue=%q\n", m.Text, m.Start, m.End, m.Cue)
	}
	// Output:
	// مدينة غزة [24,33) cue="في"
	// خان يونس [40,48) cue="ب"
}

func ExampleGazetteer_Resolve() {
	g := geo.Default()
	text := "اشتباكات في طرابلس بين فصائل مسلحة. وقال الجيش اللبناني إنه انتشر في المدينة."
	for _, places := range g.Resolve(geo.Sentences(text), geo.Options{}) {
		for _, p := range places {
			fmt.Println(p.Text, p.Name, p.Country, p.Precision, p.Wikidata)
		}
	}
	text = "اشتباكات في طرابلس بين فصائل مسلحة. وقال المجلس الرئاسي الليبي إن الوضع تحت السيطرة."
	for _, places := range g.Resolve(geo.Sentences(text), geo.Options{}) {
		for _, p := range places {
			fmt.Println(p.Text, p.Name, p.Country, p.Precision, p.Wikidata)
		}
	}
	// Output:
	// طرابلس Tripoli LBN city Q168954
	// طرابلس Tripoli LBY city Q3579
}

func ExampleGazetteer_ResolveText() {
	g := geo.Default()
	places := g.ResolveText("وصل الوزير إلى عمان قادما من الرياض، في أول زيارة للأردن منذ عام.", geo.Options{SourceCountry: "SAU"})
	for _, p := range places[0] {
		fmt.Printf("%s → %s (%s) %.2f,%.2f\n", p.Text, p.Name, p.Country, p.Lat, p.Lon)
	}
	// Output:
	// عمان → Amman (JOR) 31.96,35.95
	// الرياض → Riyadh (SAU) 24.69,46.72
	// لأردن → Jordan (JOR) 31.00,36.00
}
