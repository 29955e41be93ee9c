package export_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"marsad"
	"marsad/store/sqlite"
)

// span returns the code-point span of the nth (from 0) occurrence of sub in text.
func span(t testing.TB, text, sub string, nth int) marsad.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q not found %d times in %q", sub, nth+1, text)
		}
		if nth == 0 {
			s := marsad.RuneLen(text[:from+i])
			return marsad.Span{Start: s, End: s + marsad.RuneLen(sub)}
		}
		nth--
		from += i + len(sub)
	}
}

func part(t testing.TB, text, sub string, ref marsad.ActorRef) *marsad.Participant {
	return &marsad.Participant{Text: sub, Span: span(t, text, sub, 0), ActorRef: ref}
}

// The fixture articles, written by hand with events whose every value is known.
const (
	riyadhID = "riyadh-2025-02-18"
	gazaID   = "gaza-2024-06-05"
	quietID  = "quiet-2024-01-01"

	riyadhS0   = "التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرغي لافروف في الرياض يوم الثلاثاء."
	riyadhS1   = "وقال روبيو إن المحادثات \"بناءة، ومفيدة\" للطرفين."
	riyadhS2   = "واتفق الجانبان على استئناف المفاوضات بين واشنطن وموسكو الشهر المقبل."
	riyadhText = riyadhS0 + " " + riyadhS1 + " " + riyadhS2

	gazaS0   = "اتهمت الأمم المتحدة، في بيان صدر الأربعاء، إسرائيل بقصف مدرسة \"الجاعوني\" في مخيم النصيرات وسط قطاع غزة."
	gazaS1   = "وقال المتحدث: \"لا مكان آمن، ولا أحد آمن\"."
	gazaText = gazaS0 + "\n" + gazaS1
)

func riyadh(t testing.TB) *marsad.Analysis {
	text := riyadhText
	s0, s1, s2 := span(t, text, riyadhS0, 0), span(t, text, riyadhS1, 0), span(t, text, riyadhS2, 0)
	rubio := part(t, text, "ماركو روبيو", marsad.ActorRef{Code: "USAGOV", Name: "Marco Rubio", Wikidata: "Q324546",
		ID: "marco-rubio", Country: "USA", Kind: "person", Role: "Secretary of State"})
	lavrov := part(t, text, "سيرغي لافروف", marsad.ActorRef{Code: "RUSGOV", Name: "Sergey Lavrov", Wikidata: "Q80137",
		ID: "sergey-lavrov", Country: "RUS", Kind: "person", Role: "Minister of Foreign Affairs"})
	riyadhPlace := &marsad.Place{Text: "الرياض", Span: span(t, text, "الرياض", 0), Name: "Riyadh", NameAr: "الرياض",
		Country: "SAU", Admin1: "SA-01", Lat: 24.68773, Lon: 46.72188, Wikidata: "Q3692", Precision: "city"}
	return &marsad.Analysis{
		ID: riyadhID, Date: "2025-02-18", Title: "روبيو ولافروف يلتقيان في الرياض",
		URL: "https://www.aawsat.com/node/5112233", Source: "aawsat", Text: text,
		Sentences: []marsad.Sentence{{Span: s0}, {Span: s1}, {Span: s2}},
		Entities: []marsad.Entity{
			{Text: rubio.Text, Type: marsad.PER, Span: rubio.Span, Actor: &rubio.ActorRef, Origin: "lexicon"},
			{Text: lavrov.Text, Type: marsad.PER, Span: lavrov.Span, Actor: &lavrov.ActorRef, Origin: "lexicon"},
			{Text: "الرياض", Type: marsad.LOC, Span: riyadhPlace.Span, Place: riyadhPlace, Origin: "lexicon"},
		},
		Events: []marsad.Event{
			{
				Code: "040", Root: "04", Base: "040", Name: "Consult, not specified below", Quad: 1, Goldstein: 1,
				Plover: "CONSULT", Source: rubio, Target: lavrov, Location: riyadhPlace,
				Modality: marsad.Asserted, Date: "2025-02-18", Sentence: 0, Evidence: s0,
				Trigger:  marsad.Trig{Text: "التقى", Span: span(t, text, "التقى", 0)},
				Mentions: 2, MentionSpans: []marsad.Span{s0, s2}, IsRoot: true,
				Rule: "04.meet", Confidence: 0.9, Tone: 0.5,
			},
			{
				Code: "036", Root: "03", Base: "036", Name: "Express intent to meet or negotiate", Quad: 1,
				Goldstein: 4, Plover: "AGREE", PloverContext: []string{"diplomatic"},
				Source:   part(t, text, "واشنطن", marsad.ActorRef{Code: "USA", Name: "United States", Country: "USA", Kind: "country"}),
				Target:   part(t, text, "موسكو", marsad.ActorRef{Code: "RUS", Name: "Russia", Country: "RUS", Kind: "country"}),
				Modality: marsad.Planned, Date: "2025-03-15", DateText: "الشهر المقبل", Sentence: 2, Evidence: s2,
				Trigger: marsad.Trig{Text: "اتفق", Span: span(t, text, "اتفق", 0)},
				Rule:    "03.agree-to-resume", Confidence: 0.7,
			},
		},
		Quotes: []marsad.Quote{{Text: "بناءة، ومفيدة", Span: span(t, text, "بناءة، ومفيدة", 0), Verb: "قال",
			Speaker: part(t, text, "روبيو", rubio.ActorRef), Direct: true, Sentence: 1}},
		Tone: &marsad.Tone{Tone: -1.25, Positive: 2.5, Negative: 3.75, Polarity: 6.25, WordCount: 40},
	}
}

func gaza(t testing.TB) *marsad.Analysis {
	text := gazaText
	s0, s1 := span(t, text, gazaS0, 0), span(t, text, gazaS1, 0)
	un := part(t, text, "الأمم المتحدة", marsad.ActorRef{Code: "IGOUNO", Name: "United Nations", Wikidata: "Q1065", ID: "un", Kind: "igo"})
	israel := part(t, text, "إسرائيل", marsad.ActorRef{Code: "ISR", Name: "Israel", Wikidata: "Q801", Country: "ISR", Kind: "country"})
	army := part(t, text, "إسرائيل", marsad.ActorRef{Code: "ISRMIL", Name: "Israel Defense Forces", Country: "ISR", Kind: "military"})
	nuseirat := &marsad.Place{Text: "مخيم النصيرات", Span: span(t, text, "مخيم النصيرات", 0), Name: "Nuseirat",
		NameAr: "النصيرات", Country: "PSE", Admin1: "PS-DEB", Lat: 31.4486, Lon: 34.3925, Wikidata: "Q1025496", Precision: "city"}
	strip := &marsad.Place{Text: "قطاع غزة", Span: span(t, text, "قطاع غزة", 0), Name: "Gaza Strip", NameAr: "قطاع غزة",
		Country: "PSE", Lat: 31.41667, Lon: 34.33333, Precision: "admin1"}
	// The bombing's evidence runs from "بقصف" to the end of the text: across the line break and
	// over the quoted words, so that the CSV must quote it.
	bomb := marsad.Span{Start: span(t, text, "بقصف", 0).Start, End: marsad.RuneLen(text)}
	return &marsad.Analysis{
		ID: gazaID, Date: "2024-06-05", Title: "الأمم المتحدة: \"لا مكان آمن\" في غزة", Source: "aljazeera", Text: text,
		Sentences: []marsad.Sentence{{Span: s0}, {Span: s1}},
		Entities:  []marsad.Entity{{Text: un.Text, Type: marsad.ORG, Span: un.Span, Actor: &un.ActorRef}},
		Events: []marsad.Event{
			{
				Code: "112", Root: "11", Base: "112", Name: "Accuse, not specified below", Quad: 3, Goldstein: -2,
				Plover: "ACCUSE", PloverMode: "disapprove", Source: un, Target: israel, Location: nuseirat,
				Modality: marsad.Asserted, Sentence: 0, Evidence: s0,
				Trigger: marsad.Trig{Text: "اتهمت", Span: span(t, text, "اتهمت", 0)},
				Rule:    "11.accuse", Confidence: 0.75, Tone: -3,
			},
			{
				Code: "195", Root: "19", Base: "195", Name: "Employ aerial weapons", Quad: 4, Goldstein: -10,
				Plover: "ASSAULT", PloverMode: "heavy-weapons", PloverContext: []string{"military"},
				Source: army, Location: strip, Modality: marsad.Asserted, Date: "2024-06-04", Sentence: 0,
				Evidence: bomb, Trigger: marsad.Trig{Text: "بقصف", Span: span(t, text, "بقصف", 0)},
				Rule: "19.bomb", Confidence: 0.6,
			},
			{
				Code: "1121", Root: "11", Base: "112", Name: "Accuse of crime, corruption", Quad: 3, Goldstein: -2,
				Plover: "ACCUSE", Source: un, Target: israel, Modality: marsad.Negated, Sentence: 1, Evidence: s1,
				Rule: "11.accuse-crime", Confidence: 0.5,
			},
		},
		Quotes: []marsad.Quote{},
	}
}

func quiet() *marsad.Analysis {
	text := "هذا نص لا حدث فيه."
	return &marsad.Analysis{ID: quietID, Date: "2024-01-01", Source: "aawsat", Text: text,
		Sentences: []marsad.Sentence{{Span: marsad.Span{Start: 0, End: marsad.RuneLen(text)}}},
		Entities:  []marsad.Entity{}, Events: []marsad.Event{}, Quotes: []marsad.Quote{}}
}

// newStore opens a SQLite store in a temporary directory holding the fixture articles.
func newStore(t testing.TB) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	for _, a := range []*marsad.Analysis{riyadh(t), gaza(t), quiet()} {
		if _, err := st.Put(ctx, a); err != nil {
			t.Fatalf("put %s: %v", a.ID, err)
		}
	}
	return st
}
