package report

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"marsad"
)

func TestSummary(t *testing.T) {
	text := "التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف في الرياض. وقال لافروف: \"كانت المحادثات مفيدة\"."
	rubio := &marsad.Participant{Text: "وزير الخارجية الأمريكي ماركو روبيو", Span: marsad.Span{Start: 6, End: 40},
		ActorRef: marsad.ActorRef{Code: "USAGOV", Name: "Marco Rubio"}}
	lavrov := &marsad.Participant{Text: "بنظيره الروسي سيرجي لافروف", Span: marsad.Span{Start: 41, End: 67},
		ActorRef: marsad.ActorRef{Code: "RUSGOV", Name: "Sergey Lavrov"}}
	bare := &marsad.Participant{ActorRef: marsad.ActorRef{Code: "RUS"}}
	a := &marsad.Analysis{ID: "t1", Date: "2025-02-18", Text: text,
		Events: []marsad.Event{
			{Code: "044", Name: `Meet at a "third" location`, Source: rubio, Target: lavrov, Modality: marsad.Asserted,
				Location: &marsad.Place{Country: "SAU", Name: "Riyadh"}, Evidence: marsad.Span{Start: 0, End: 67}},
			{Code: "010", Name: "Make statement", Source: lavrov, Modality: marsad.Asserted, Evidence: marsad.Span{Start: 77, End: 88}},
			{Code: "036", Name: "Express intent to meet", Source: rubio, Target: bare, Modality: marsad.Planned, Evidence: marsad.Span{Start: 0, End: 5}},
		},
		Quotes: []marsad.Quote{{Text: "كانت المحادثات مفيدة", Speaker: lavrov}},
		Tone:   &marsad.Tone{Tone: 2.5, Positive: 5, Negative: 2.5, WordCount: 20},
	}
	var buf bytes.Buffer
	if err := Summary(&buf, a); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"== t1 (2025-02-18): 0 sentences, 0 entities, 3 events, 1 quotes",
		"tone 2.50 (positive 5.0%, negative 2.5%, 20 words)",
		"EVENTS",
		"USAGOV (Marco Rubio) → RUSGOV (Sergey Lavrov)",
		"SAU (Riyadh)",
		"«التقى وزير الخارجية الأمريكي ماركو روبيو بنظيره الروسي سيرجي لافروف»",
		"USAGOV (Marco Rubio) → RUS ",
		"RUSGOV (Sergey Lavrov) → -",
		"QUOTES",
		"RUSGOV (Sergey Lavrov): «كانت المحادثات مفيدة»",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("summary lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "()") {
		t.Errorf("empty name printed as ():\n%s", out)
	}
}

func TestSummaryEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := Summary(&buf, &marsad.Analysis{ID: "empty", Warnings: []string{"empty text"}}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.Contains(out, "(no date)") || !strings.Contains(out, "warning: empty text") || strings.Contains(out, "EVENTS") {
		t.Errorf("empty analysis summary:\n%s", out)
	}
}

func ExampleSummary() {
	a := &marsad.Analysis{ID: "x", Date: "2025-02-18", Text: "وقال لافروف إن المحادثات مفيدة.",
		Events: []marsad.Event{{Code: "010", Name: "Make statement", Modality: marsad.Asserted,
			Source:   &marsad.Participant{Text: "لافروف", ActorRef: marsad.ActorRef{Code: "RUSGOV", Name: "Sergey Lavrov"}},
			Evidence: marsad.Span{Start: 0, End: 11}}}}
	Summary(os.Stdout, a)
	// Output:
	// == x (2025-02-18): 0 sentences, 0 entities, 1 events, 0 quotes
	//
	// EVENTS
	// code  name            source → target             location  modality  evidence
	// 010   Make statement  RUSGOV (Sergey Lavrov) → -  -         asserted  «وقال لافروف»
}
