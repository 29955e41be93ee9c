package actor_test

import (
	"fmt"
	"time"

	"marsad/actor"
	"marsad/arabic"
)

func date(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

// Resolve the actors of an article, sentence by sentence: later sentences refer back to earlier
// ones ("لافروف", "البلدين").
func ExampleDoc_Sentence() {
	text := "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي في الرياض. " +
		"وقال لافروف إن البلدين اتفقا على مواصلة الحوار."
	doc := actor.Default().NewDoc(date("2025-02-18"))
	for _, sp := range arabic.Sentences(text) {
		var toks []arabic.Token
		for _, t := range arabic.Tokenize(text) {
			if t.Start >= sp.Start && t.End <= sp.End {
				toks = append(toks, t)
			}
		}
		for _, m := range doc.Sentence(text, toks) {
			fmt.Printf("%s → %s %s\n", m.Text, m.Code, m.Type)
			for _, g := range m.Group {
				fmt.Printf("  %s %s\n", g.Code, g.Actor.En)
			}
		}
	}
	// Output:
	// وزير الخارجية الأمريكي ماركو روبيو → USAGOV name
	// نظيره الروسي → RUSGOV coref
	// الرياض → SAU capital
	// لافروف → RUSGOV short_name
	// البلدين →  coref
	//   RUS Russia
	//   USA United States
}

// The same role phrase names different people on different dates.
func ExampleKB_Holder() {
	kb := actor.Default()
	for _, d := range []string{"2018-05-02", "2022-09-01", "2025-03-01"} {
		fmt.Println(d, kb.Holder("foreign_minister", "USA", date(d)).En)
	}
	// Output:
	// 2018-05-02 Mike Pompeo
	// 2022-09-01 Antony Blinken
	// 2025-03-01 Marco Rubio
}

// An armed group's code follows its status.
func ExampleActor_CodeOn() {
	taliban := actor.Default().Actor("taliban")
	fmt.Println(taliban.CodeOn(date("2019-01-01")), taliban.CodeOn(date("2022-01-01")))
	// Output: AFGREB AFGGOV
}

// A person is coded by the role held on the date.
func ExampleActor_RoleOn() {
	rubio := actor.Default().Actor("marco-rubio")
	for _, d := range []string{"2020-01-01", "2025-06-01"} {
		r, _ := rubio.RoleOn(date(d))
		fmt.Println(d, r.Office, rubio.CodeOn(date(d)))
	}
	// Output:
	// 2020-01-01 legislator USALEG
	// 2025-06-01 foreign_minister USAGOV
}
