package storetest

import (
	"fmt"
	"strings"

	"marsad"
)

// The fixture set: four hand-built analyses of real Arabic sentences, with events constructed
// by hand, so that every aggregate the suite checks has a number worked out on paper:
//
//	article        date        outlet     events (code source→target, quad, goldstein, place, day)
//	riyadh-1       2024-03-04  aawsat     040 USAGOV→SAUGOV q1 +1.0 Riyadh; 111 IRNGOV→USA q3 −2.0
//	moscow-1       2024-03-06  aljazeera  043 RUSGOV→∅ q1 +2.8 Moscow (planned); 112 USAGOV→RUS q3 −2.0;
//	                                      138 RUS→UKR q3 −7.0
//	cairo-1        2024-04-10  aawsat     042 USAGOV→EGYGOV q1 +1.9 Cairo (day 2024-04-09);
//	                                      051 USAGOV→EGYGOV q1 +3.4 Cairo; 195 ISR→PSE q4 −10 Gaza (negated)
//	washington-1   2024-04-15  alarabiya  042 SAUGOV→USAGOV q1 +1.9 Washington; 051 SAUGOV→IRN q1 +3.4

// spanOf returns the span of the nth (from 0) occurrence of sub in text, in code points.
func spanOf(text, sub string, nth int) marsad.Span {
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			panic(fmt.Sprintf("storetest: fixture: %q not found %d times", sub, nth+1))
		}
		if nth == 0 {
			start := marsad.RuneLen(text[:from+i])
			return marsad.Span{Start: start, End: start + marsad.RuneLen(sub)}
		}
		nth--
		from += i + len(sub)
	}
}

// sentences splits a fixture text after each full stop.
func sentences(text string) []marsad.Sentence {
	var out []marsad.Sentence
	start := 0
	rs := []rune(text)
	for i, r := range rs {
		if r == '.' {
			out = append(out, marsad.Sentence{Span: marsad.Span{Start: start, End: i + 1}})
			start = i + 1
			for start < len(rs) && rs[start] == ' ' {
				start++
			}
		}
	}
	if start < len(rs) {
		out = append(out, marsad.Sentence{Span: marsad.Span{Start: start, End: len(rs)}})
	}
	return out
}

func sentenceOf(ss []marsad.Sentence, s marsad.Span) int {
	for i, sn := range ss {
		if sn.Start <= s.Start && s.Start < sn.End {
			return i
		}
	}
	return -1
}

type ev struct {
	code, name        string
	quad              int
	gold, tone        float64
	plover            string
	src, srcText      string
	tgt, tgtText      string
	trigger, evidence string
	modality, date    string
	place             *marsad.Place
	placeText         string
}

var (
	riyadh     = &marsad.Place{Name: "Riyadh", NameAr: "الرياض", Country: "SAU", Admin1: "SA-01", Lat: 24.6877, Lon: 46.7219, Wikidata: "Q3692", Precision: "city"}
	moscow     = &marsad.Place{Name: "Moscow", NameAr: "موسكو", Country: "RUS", Admin1: "RU-MOW", Lat: 55.7558, Lon: 37.6173, Wikidata: "Q649", Precision: "city"}
	cairo      = &marsad.Place{Name: "Cairo", NameAr: "القاهرة", Country: "EGY", Admin1: "EG-C", Lat: 30.0444, Lon: 31.2357, Wikidata: "Q85", Precision: "city"}
	gaza       = &marsad.Place{Name: "Gaza", NameAr: "غزة", Country: "PSE", Lat: 31.5017, Lon: 34.4668, Wikidata: "Q39344", Precision: "city"}
	washington = &marsad.Place{Name: "Washington", NameAr: "واشنطن", Country: "USA", Admin1: "US-DC", Lat: 38.9072, Lon: -77.0369, Wikidata: "Q61", Precision: "city"}
)

var actorNames = map[string][3]string{ // code → name, country, kind
	"USAGOV": {"United States government", "USA", "government"},
	"USA":    {"United States", "USA", "country"},
	"SAUGOV": {"Saudi Arabia government", "SAU", "government"},
	"IRNGOV": {"Iran government", "IRN", "government"},
	"IRN":    {"Iran", "IRN", "country"},
	"RUSGOV": {"Russia government", "RUS", "government"},
	"RUS":    {"Russia", "RUS", "country"},
	"UKR":    {"Ukraine", "UKR", "country"},
	"EGYGOV": {"Egypt government", "EGY", "government"},
	"ISR":    {"Israel", "ISR", "country"},
	"PSE":    {"Palestine", "PSE", "country"},
	"TURGOV": {"Turkey government", "TUR", "government"},
}

func participant(text, code, words string) *marsad.Participant {
	if code == "" {
		return nil
	}
	n := actorNames[code]
	return &marsad.Participant{Text: words, Span: spanOf(text, words, 0),
		ActorRef: marsad.ActorRef{Code: code, Name: n[0], Country: n[1], Kind: n[2]}}
}

func build(id, date, outlet, title, text string, evs []ev) *marsad.Analysis {
	a := &marsad.Analysis{ID: id, Date: date, Source: outlet, Title: title, Text: text,
		URL: "https://example.org/" + id, Sentences: sentences(text), Entities: []marsad.Entity{},
		Events: []marsad.Event{}, Quotes: []marsad.Quote{}}
	for _, e := range evs {
		evid := spanOf(text, e.evidence, 0)
		event := marsad.Event{Code: e.code, Root: marsad.Root(e.code), Base: marsad.BaseCode(e.code), Name: e.name,
			Quad: e.quad, Goldstein: e.gold, Plover: e.plover, Modality: e.modality, Date: e.date,
			Source: participant(text, e.src, e.srcText), Target: participant(text, e.tgt, e.tgtText),
			Sentence: sentenceOf(a.Sentences, evid), Evidence: evid,
			Trigger:  marsad.Trig{Text: e.trigger, Span: spanOf(text, e.trigger, 0)},
			Mentions: 1, MentionSpans: []marsad.Span{evid}, Rule: "fixture/" + e.code, Confidence: 0.9, Tone: e.tone}
		if event.Modality == "" {
			event.Modality = marsad.Asserted
		}
		if e.place != nil {
			p := *e.place
			p.Text = e.placeText
			p.Span = spanOf(text, e.placeText, 0)
			event.Location = &p
		}
		a.Events = append(a.Events, event)
		for _, p := range []*marsad.Participant{event.Source, event.Target} {
			if p != nil {
				ref := p.ActorRef
				a.Entities = append(a.Entities, marsad.Entity{Text: p.Text, Type: marsad.ORG, Span: p.Span, Actor: &ref, Origin: "lexicon"})
			}
		}
	}
	return a
}

// Fixtures returns fresh copies of the four fixture analyses, oldest first.
func Fixtures() []*marsad.Analysis {
	t1 := "التقى الرئيس الأمريكي جو بايدن وزير الخارجية السعودي في الرياض يوم الاثنين. " +
		"وقال الرئيس إن الولايات المتحدة تدعم جهود السلام. " +
		"وانتقد وزير الخارجية الإيراني العقوبات الأمريكية."
	a1 := build("riyadh-1", "2024-03-04", "aawsat", "الرئيس الأمريكي يلتقي وزير الخارجية السعودي في الرياض", t1, []ev{
		{code: "040", name: "Consult", quad: 1, gold: 1.0, tone: 2.5, plover: "CONSULT",
			src: "USAGOV", srcText: "الرئيس الأمريكي", tgt: "SAUGOV", tgtText: "وزير الخارجية السعودي",
			trigger: "التقى", evidence: "التقى الرئيس الأمريكي جو بايدن وزير الخارجية السعودي في الرياض",
			place: riyadh, placeText: "الرياض"},
		{code: "111", name: "Criticize or denounce", quad: 3, gold: -2.0, tone: -3.0, plover: "ACCUSE",
			src: "IRNGOV", srcText: "وزير الخارجية الإيراني", tgt: "USA", tgtText: "الأمريكية",
			trigger: "وانتقد", evidence: "وانتقد وزير الخارجية الإيراني العقوبات الأمريكية"},
	})
	t2 := "أعلنت وزارة الخارجية الروسية أن موسكو ستستضيف مؤتمراً للسلام. " +
		"وحضر وزير الدفاع الاجتماع. " +
		"واتهم المتحدث باسم الخارجية الأمريكية روسيا بتهديد أوكرانيا. " +
		"وأكد للرئيس الروسي أن أميركا لن تتراجع."
	a2 := build("moscow-1", "2024-03-06", "aljazeera", "موسكو تستضيف مؤتمراً للسلام", t2, []ev{
		{code: "043", name: "Host a visit", quad: 1, gold: 2.8, tone: 1.5, plover: "CONSULT",
			src: "RUSGOV", srcText: "وزارة الخارجية الروسية", trigger: "ستستضيف",
			evidence: "موسكو ستستضيف مؤتمراً للسلام", modality: marsad.Planned, place: moscow, placeText: "موسكو"},
		{code: "112", name: "Accuse", quad: 3, gold: -2.0, tone: -4.0, plover: "ACCUSE",
			src: "USAGOV", srcText: "الخارجية الأمريكية", tgt: "RUS", tgtText: "روسيا",
			trigger: "واتهم", evidence: "واتهم المتحدث باسم الخارجية الأمريكية روسيا"},
		{code: "138", name: "Threaten with military force", quad: 3, gold: -7.0, tone: -6.0, plover: "THREATEN",
			src: "RUS", srcText: "روسيا", tgt: "UKR", tgtText: "أوكرانيا",
			trigger: "بتهديد", evidence: "روسيا بتهديد أوكرانيا"},
	})
	t3 := "استقبل الرئيس المصري في القاهرة وزير الخارجية الأمريكي لبحث وقف إطلاق النار. " +
		"وأشاد الوزير الأمريكي بجهود مصر. " +
		"ونفت إسرائيل أنها قصفت مدرسة في غزة."
	a3 := build("cairo-1", "2024-04-10", "aawsat", "وزير الخارجية الأمريكي في القاهرة", t3, []ev{
		{code: "042", name: "Make a visit", quad: 1, gold: 1.9, tone: 1.0, plover: "CONSULT",
			src: "USAGOV", srcText: "وزير الخارجية الأمريكي", tgt: "EGYGOV", tgtText: "الرئيس المصري",
			trigger: "استقبل", evidence: "استقبل الرئيس المصري في القاهرة وزير الخارجية الأمريكي",
			date: "2024-04-09", place: cairo, placeText: "القاهرة"},
		{code: "051", name: "Praise or endorse", quad: 1, gold: 3.4, tone: 4.0, plover: "COOPERATE",
			src: "USAGOV", srcText: "الوزير الأمريكي", tgt: "EGYGOV", tgtText: "مصر",
			trigger: "وأشاد", evidence: "وأشاد الوزير الأمريكي بجهود مصر", place: cairo, placeText: "القاهرة"},
		{code: "195", name: "Employ aerial weapons", quad: 4, gold: -10.0, tone: -5.0, plover: "ASSAULT",
			src: "ISR", srcText: "إسرائيل", tgt: "PSE", tgtText: "غزة",
			trigger: "قصفت", evidence: "ونفت إسرائيل أنها قصفت مدرسة في غزة", modality: marsad.Negated,
			place: gaza, placeText: "غزة"},
	})
	t4 := "قال وزير الخارجية السعودي إن المملكة تدعم الحوار مع إيران. " +
		"والتقى بالرئيس الأمريكي في واشنطن."
	a4 := build("washington-1", "2024-04-15", "alarabiya", "وزير الخارجية السعودي في واشنطن", t4, []ev{
		{code: "042", name: "Make a visit", quad: 1, gold: 1.9, tone: 2.0, plover: "CONSULT",
			src: "SAUGOV", srcText: "وزير الخارجية السعودي", tgt: "USAGOV", tgtText: "بالرئيس الأمريكي",
			trigger: "والتقى", evidence: "والتقى بالرئيس الأمريكي في واشنطن", place: washington, placeText: "واشنطن"},
		{code: "051", name: "Praise or endorse", quad: 1, gold: 3.4, tone: 3.0, plover: "COOPERATE",
			src: "SAUGOV", srcText: "المملكة", tgt: "IRN", tgtText: "إيران",
			trigger: "تدعم", evidence: "المملكة تدعم الحوار مع إيران"},
	})
	return []*marsad.Analysis{a1, a2, a3, a4}
}

// Rich returns an analysis that fills every field of the model, for the round-trip test.
func Rich() *marsad.Analysis {
	a := Fixtures()[0]
	a = build("riyadh-rich", a.Date, a.Source, a.Title, a.Text+" وأضاف المتحدث: «نرحب بالحوار».", nil)
	base := Fixtures()[0]
	a.Events = base.Events
	a.Entities = base.Entities
	text := a.Text
	a.Hash = marsad.ContentHash(text)
	tone1, tone2 := 1.25, -0.5
	a.Sentences[0].Tone = &tone1
	a.Sentences[2].Tone = &tone2
	for _, w := range []string{"التقى", "الرئيس", "الأمريكي"} {
		sp := spanOf(text, w, 0)
		a.Tokens = append(a.Tokens, marsad.Token{Text: w, Span: sp, Norm: w, Kind: "word", Stem: strings.TrimPrefix(w, "ال")})
	}
	a.Tone = &marsad.Tone{Tone: 1.5, Positive: 3.25, Negative: 1.75, Polarity: 5, WordCount: 40}
	a.Warnings = []string{"ner: model not loaded"}
	riyadhMention := *riyadh
	riyadhMention.Text, riyadhMention.Span = "الرياض", spanOf(text, "الرياض", 0)
	a.Entities = append(a.Entities,
		marsad.Entity{Text: "الرياض", Type: marsad.LOC, Span: spanOf(text, "الرياض", 0), Place: &riyadhMention, Origin: "lexicon+model"},
		marsad.Entity{Text: "جو بايدن", Type: marsad.PER, Span: spanOf(text, "جو بايدن", 0), Origin: "model",
			Actor: &marsad.ActorRef{Code: "USAGOV", Name: "Joe Biden", Wikidata: "Q6279", ID: "biden", Country: "USA", Kind: "person", Role: "president"}})
	e := &a.Events[0]
	e.PloverMode = "visit"
	e.PloverContext = []string{"diplomatic", "bilateral"}
	e.Actors = []marsad.Participant{*e.Source, *e.Target}
	e.ReportedBy = participant(text, "USAGOV", "الرئيس")
	e.DateText = "يوم الاثنين"
	e.Date = "2024-03-04"
	e.Mentions = 2
	e.MentionSpans = []marsad.Span{e.Evidence, spanOf(text, "وقال الرئيس إن الولايات المتحدة تدعم جهود السلام", 0)}
	e.IsRoot = true
	e.Goldstein = 1.0 / 3
	e.Confidence = 0.8125
	quote := spanOf(text, "نرحب بالحوار", 0)
	a.Quotes = []marsad.Quote{{Text: "نرحب بالحوار", Span: quote, Verb: "وأضاف", Direct: true, Sentence: 3,
		Speaker: &marsad.Participant{Text: "المتحدث", Span: spanOf(text, "المتحدث", 0), ActorRef: marsad.ActorRef{Code: "SAUGOV", Role: "spokesman"}}},
		{Text: "الولايات المتحدة تدعم جهود السلام", Span: spanOf(text, "الولايات المتحدة تدعم جهود السلام", 0), Verb: "وقال", Sentence: 1}}
	return a
}
