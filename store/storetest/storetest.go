// Package storetest is the conformance suite every marsad.Store passes: the same fixtures,
// queries and expected numbers for SQLite and PostgreSQL, so that the backends answer alike.
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) marsad.Store { return openFresh(t) })
//	}
//
// The open function must return a new, empty store each time it is called (the suite calls it
// once per subtest) and close it when the test ends.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"sync"
	"testing"

	"marsad"
)

// Run runs the conformance suite against stores made by open.
func Run(t *testing.T, open func(t *testing.T) marsad.Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s marsad.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"Idempotent", testIdempotent},
		{"Invalid", testInvalid},
		{"Rollback", testRollback},
		{"Concurrent", testConcurrent},
		{"EventFilters", testEventFilters},
		{"EventPages", testEventPages},
		{"BadQueries", testBadQueries},
		{"Articles", testArticles},
		{"Search", testSearch},
		{"SearchPages", testSearchPages},
		{"SearchHostile", testSearchHostile},
		{"Dyad", testDyad},
		{"Network", testNetwork},
		{"Places", testPlaces},
		{"Stats", testStats},
		{"Large", testLarge},
		{"Bulk", testBulk},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.fn(t, open(t))
		})
	}
}

func put(t *testing.T, s marsad.Store, as ...*marsad.Analysis) {
	t.Helper()
	for _, a := range as {
		res, err := s.Put(context.Background(), a)
		if err != nil {
			t.Fatalf("Put(%s): %v", a.ID, err)
		}
		if !res.Inserted || res.ID != a.ID {
			t.Fatalf("Put(%s) = %+v, want inserted under its id", a.ID, res)
		}
	}
}

func loaded(t *testing.T, s marsad.Store) {
	t.Helper()
	put(t, s, Fixtures()...)
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// diff reports the fields of two analyses that differ.
func diff(t *testing.T, got, want *marsad.Analysis) {
	t.Helper()
	g, w := reflect.ValueOf(*got), reflect.ValueOf(*want)
	for i := range g.NumField() {
		name := g.Type().Field(i).Name
		if !reflect.DeepEqual(g.Field(i).Interface(), w.Field(i).Interface()) {
			t.Errorf("round trip: field %s differs:\n got %+v\nwant %+v", name, g.Field(i).Interface(), w.Field(i).Interface())
		}
	}
}

func testRoundTrip(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	rich := Rich()
	put(t, s, rich)
	got, err := s.Article(ctx, rich.ID)
	if err != nil {
		t.Fatal(err)
	}
	diff(t, got, Rich())
	// an analysis with nil lists and no hash comes back with the hash filled in
	bare := &marsad.Analysis{ID: "bare", Text: "نص قصير بلا تحليل."}
	put(t, s, bare)
	got, err = s.Article(ctx, "bare")
	if err != nil {
		t.Fatal(err)
	}
	want := *bare
	want.Hash = marsad.ContentHash(bare.Text)
	diff(t, got, &want)
	for _, a := range Fixtures() {
		put(t, s, a)
		got, err := s.Article(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		a.Hash = marsad.ContentHash(a.Text)
		diff(t, got, a)
	}
	if _, err := s.Article(ctx, "no-such-article"); !errors.Is(err, marsad.ErrNotFound) {
		t.Errorf("Article(missing) error = %v, want ErrNotFound", err)
	}
}

func stats(t *testing.T, s marsad.Store) marsad.Stats {
	t.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func testIdempotent(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	before := stats(t, s)
	a := Fixtures()[0]
	res, err := s.Put(ctx, a)
	if err != nil || res != (marsad.PutResult{ID: a.ID, Inserted: false}) {
		t.Errorf("Put again = %+v, %v; want not inserted", res, err)
	}
	copied := Fixtures()[0]
	copied.ID = "riyadh-copy"
	res, err = s.Put(ctx, copied)
	if err != nil || res != (marsad.PutResult{ID: a.ID, Inserted: false}) {
		t.Errorf("Put same text under another id = %+v, %v; want the stored id, not inserted", res, err)
	}
	changed := Fixtures()[0]
	changed.Text += " نص مختلف."
	if _, err := s.Put(ctx, changed); !errors.Is(err, marsad.ErrIDConflict) {
		t.Errorf("Put other text under a stored id: error = %v, want ErrIDConflict", err)
	}
	if after := stats(t, s); after != before {
		t.Errorf("stats changed by repeated puts:\n%+v\n%+v", before, after)
	}
	if _, err := s.Article(ctx, "riyadh-copy"); !errors.Is(err, marsad.ErrNotFound) {
		t.Errorf("the copy was stored under its own id: %v", err)
	}
}

func testInvalid(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	for name, mutate := range map[string]func(a *marsad.Analysis){
		"no id":           func(a *marsad.Analysis) { a.ID = "" },
		"no text":         func(a *marsad.Analysis) { a.Text = "" },
		"bad date":        func(a *marsad.Analysis) { a.Date = "04/03/2024" },
		"wrong hash":      func(a *marsad.Analysis) { a.Hash = marsad.ContentHash("something else") },
		"entity outside":  func(a *marsad.Analysis) { a.Entities[0].End = marsad.RuneLen(a.Text) + 1 },
		"evidence upside": func(a *marsad.Analysis) { a.Events[0].Evidence = marsad.Span{Start: 5, End: 2} },
		"quote outside":   func(a *marsad.Analysis) { a.Quotes = []marsad.Quote{{Span: marsad.Span{Start: -1, End: 3}}} },
		"NUL in text":     func(a *marsad.Analysis) { a.Text += "\x00" },
		"bad UTF-8 title": func(a *marsad.Analysis) { a.Title = "\xff\xfe" },
		"bad event date":  func(a *marsad.Analysis) { a.Events[1].Date = "2024-13-45" },
	} {
		a := Fixtures()[0]
		mutate(a)
		if _, err := s.Put(ctx, a); !errors.Is(err, marsad.ErrInvalid) {
			t.Errorf("%s: Put error = %v, want ErrInvalid", name, err)
		}
	}
	if _, err := s.Put(ctx, nil); !errors.Is(err, marsad.ErrInvalid) {
		t.Errorf("Put(nil) error = %v, want ErrInvalid", err)
	}
	if st := stats(t, s); st != (marsad.Stats{}) {
		t.Errorf("invalid puts stored something: %+v", st)
	}
}

// testRollback puts an analysis that fails in the middle of its transaction: the article,
// sentences, entities and a new actor are written before an event with QuadClass 9 breaks a
// database constraint. Nothing of it may remain.
func testRollback(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	before := stats(t, s)
	text := "هدد وزير الخارجية التركي بفرض عقوبات جديدة على الشركات المخالفة."
	bad := build("ankara-1", "2024-05-01", "aawsat", "أنقرة تهدد", text, []ev{
		{code: "040", name: "Consult", quad: 1, gold: 1, src: "TURGOV", srcText: "وزير الخارجية التركي",
			trigger: "هدد", evidence: "هدد وزير الخارجية التركي"},
		{code: "130", name: "Threaten", quad: 9, gold: -4.4, src: "TURGOV", srcText: "وزير الخارجية التركي",
			trigger: "هدد", evidence: "هدد وزير الخارجية التركي بفرض عقوبات"},
	})
	if _, err := s.Put(ctx, bad); err == nil {
		t.Fatal("Put of an event with QuadClass 9 succeeded")
	}
	if after := stats(t, s); after != before {
		t.Errorf("failed put left rows behind:\nbefore %+v\nafter  %+v", before, after)
	}
	if _, err := s.Article(ctx, "ankara-1"); !errors.Is(err, marsad.ErrNotFound) {
		t.Errorf("Article after failed put: %v, want ErrNotFound", err)
	}
	if res, err := s.Search(ctx, marsad.SearchQuery{Text: "التركي"}); err != nil || res.Total != 0 {
		t.Errorf("search finds the rolled-back article: %+v, %v", res, err)
	}
	if n, err := s.CountEvents(ctx, marsad.EventQuery{Actor: "TUR"}); err != nil || n != 0 {
		t.Errorf("rolled-back events counted: %d, %v", n, err)
	}
	bad.Events[1].Quad = 3
	put(t, s, bad)
	if after := stats(t, s); after.Articles != before.Articles+1 || after.Events != before.Events+2 || after.Actors != before.Actors+1 {
		t.Errorf("stats after the repaired put: %+v (before %+v)", after, before)
	}
}

func testConcurrent(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	const n = 8
	var wg sync.WaitGroup
	results := make([]marsad.PutResult, n)
	errs := make([]error, n)
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], errs[i] = s.Put(ctx, Fixtures()[1])
		}()
	}
	wg.Wait()
	inserted := 0
	for i := range n {
		if errs[i] != nil {
			t.Errorf("concurrent Put %d: %v", i, errs[i])
		}
		if results[i].ID != "moscow-1" {
			t.Errorf("concurrent Put %d: id %q", i, results[i].ID)
		}
		if results[i].Inserted {
			inserted++
		}
	}
	if inserted != 1 {
		t.Errorf("%d concurrent puts inserted, want 1", inserted)
	}
	if st := stats(t, s); st.Articles != 1 || st.Events != 3 {
		t.Errorf("after concurrent puts: %+v", st)
	}
	// different articles at once all go in
	fx := Fixtures()
	errs = make([]error, len(fx))
	for i, a := range fx {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_, errs[i] = s.Put(ctx, a)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("concurrent Put of %s: %v", fx[i].ID, err)
		}
	}
	if st := stats(t, s); st.Articles != 4 || st.Events != 10 {
		t.Errorf("after concurrent puts of the fixtures: %+v", st)
	}
}

// eventKeys names events as article/index for comparisons.
func eventKeys(evs []marsad.StoredEvent) []string {
	keys := make([]string, len(evs))
	for i, e := range evs {
		keys[i] = fmt.Sprintf("%s/%d", e.ArticleID, e.Index)
	}
	return keys
}

func testEventFilters(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	// newest day first: cairo-1/0 happened on 2024-04-09, the day before its article
	for _, tc := range []struct {
		name string
		q    marsad.EventQuery
		want string
	}{
		{"all", marsad.EventQuery{}, "washington-1/0 washington-1/1 cairo-1/1 cairo-1/2 cairo-1/0 moscow-1/0 moscow-1/1 moscow-1/2 riyadh-1/0 riyadh-1/1"},
		{"actor USA", marsad.EventQuery{Actor: "USA"}, "washington-1/0 cairo-1/1 cairo-1/0 moscow-1/1 riyadh-1/0 riyadh-1/1"},
		{"source USAGOV", marsad.EventQuery{Source: "USAGOV"}, "cairo-1/1 cairo-1/0 moscow-1/1 riyadh-1/0"},
		{"source RUS", marsad.EventQuery{Source: "RUS"}, "moscow-1/0 moscow-1/2"},
		{"target RUS", marsad.EventQuery{Target: "RUS"}, "moscow-1/1"},
		{"source and target", marsad.EventQuery{Source: "SAU", Target: "USA"}, "washington-1/0"},
		{"root 04", marsad.EventQuery{Code: "04"}, "washington-1/0 cairo-1/0 moscow-1/0 riyadh-1/0"},
		{"code 042", marsad.EventQuery{Code: "042"}, "washington-1/0 cairo-1/0"},
		{"code 11", marsad.EventQuery{Code: "11"}, "moscow-1/1 riyadh-1/1"},
		{"quad 3", marsad.EventQuery{Quad: 3}, "moscow-1/1 moscow-1/2 riyadh-1/1"},
		{"quad 4", marsad.EventQuery{Quad: 4}, "cairo-1/2"},
		{"plover", marsad.EventQuery{Plover: "ACCUSE"}, "moscow-1/1 riyadh-1/1"},
		{"planned", marsad.EventQuery{Modality: marsad.Planned}, "moscow-1/0"},
		{"negated", marsad.EventQuery{Modality: marsad.Negated}, "cairo-1/2"},
		{"country EGY", marsad.EventQuery{Country: "EGY"}, "cairo-1/1 cairo-1/0"},
		{"place Arabic name", marsad.EventQuery{Place: "القاهرة"}, "cairo-1/1 cairo-1/0"},
		{"place English name", marsad.EventQuery{Place: "Gaza"}, "cairo-1/2"},
		{"place admin1", marsad.EventQuery{Place: "SA-01"}, "riyadh-1/0"},
		{"since", marsad.EventQuery{Since: "2024-04-01"}, "washington-1/0 washington-1/1 cairo-1/1 cairo-1/2 cairo-1/0"},
		// cairo-1/0 happened on 2024-04-09, the day before its article
		{"until event date", marsad.EventQuery{Until: "2024-04-09"}, "cairo-1/0 moscow-1/0 moscow-1/1 moscow-1/2 riyadh-1/0 riyadh-1/1"},
		{"one day", marsad.EventQuery{Since: "2024-03-06", Until: "2024-03-06"}, "moscow-1/0 moscow-1/1 moscow-1/2"},
		{"article", marsad.EventQuery{ArticleID: "moscow-1"}, "moscow-1/0 moscow-1/1 moscow-1/2"},
		{"outlet", marsad.EventQuery{Outlet: "aawsat"}, "cairo-1/1 cairo-1/2 cairo-1/0 riyadh-1/0 riyadh-1/1"},
		{"outlet and quad", marsad.EventQuery{Outlet: "aawsat", Quad: 1}, "cairo-1/1 cairo-1/0 riyadh-1/0"},
		{"no match", marsad.EventQuery{Actor: "CHN"}, ""},
		{"prefix wildcard is literal", marsad.EventQuery{Actor: "US%"}, ""},
		{"unicode prefix", marsad.EventQuery{Actor: "الو"}, ""},
	} {
		evs, err := s.Events(ctx, tc.q)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := strings.Join(eventKeys(evs), " "); got != tc.want {
			t.Errorf("%s: events\n got %s\nwant %s", tc.name, got, tc.want)
		}
		n, err := s.CountEvents(ctx, tc.q)
		if err != nil || n != len(evs) {
			t.Errorf("%s: CountEvents = %d, %v; want %d", tc.name, n, err, len(evs))
		}
	}
	// stored events carry the whole event
	evs, err := s.Events(ctx, marsad.EventQuery{ArticleID: "cairo-1", Code: "042"})
	if err != nil || len(evs) != 1 {
		t.Fatalf("cairo-1 042: %v %v", evs, err)
	}
	want := Fixtures()[2].Events[0]
	if e := evs[0]; !reflect.DeepEqual(e.Event, want) || e.ArticleDate != "2024-04-10" {
		t.Errorf("stored event\n got %+v\nwant %+v", e, want)
	}
}

func testEventPages(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	all, err := s.Events(ctx, marsad.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	var paged []marsad.StoredEvent
	for off := 0; ; off += 3 {
		evs, err := s.Events(ctx, marsad.EventQuery{Limit: 3, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) > 3 {
			t.Fatalf("page of %d events with limit 3", len(evs))
		}
		if len(evs) == 0 {
			break
		}
		paged = append(paged, evs...)
	}
	if !reflect.DeepEqual(eventKeys(paged), eventKeys(all)) || len(all) != 10 {
		t.Errorf("pages %v\nall   %v", eventKeys(paged), eventKeys(all))
	}
	evs, err := s.Events(ctx, marsad.EventQuery{Offset: 100})
	if err != nil || len(evs) != 0 {
		t.Errorf("page past the end: %v, %v", evs, err)
	}
}

func testBadQueries(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	check := func(name string, err error) {
		t.Helper()
		if !errors.Is(err, marsad.ErrBadQuery) {
			t.Errorf("%s: error = %v, want ErrBadQuery", name, err)
		}
	}
	_, err := s.Events(ctx, marsad.EventQuery{Since: "2024/01/01"})
	check("events since", err)
	_, err = s.Events(ctx, marsad.EventQuery{Quad: 7})
	check("events quad", err)
	_, err = s.Events(ctx, marsad.EventQuery{Limit: -1})
	check("events limit", err)
	_, err = s.CountEvents(ctx, marsad.EventQuery{Until: "tomorrow"})
	check("count until", err)
	_, err = s.Articles(ctx, marsad.ArticleQuery{Offset: -5})
	check("articles offset", err)
	_, err = s.Search(ctx, marsad.SearchQuery{Text: ""})
	check("empty search", err)
	_, err = s.Search(ctx, marsad.SearchQuery{Text: "، ؟ !"})
	check("punctuation search", err)
	_, err = s.Search(ctx, marsad.SearchQuery{Text: "-الرئيس"})
	check("only exclusions", err)
	_, err = s.Search(ctx, marsad.SearchQuery{Text: "الرئيس", Since: "x"})
	check("search since", err)
	_, err = s.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "SAU", Interval: "year"})
	check("dyad interval", err)
	_, err = s.Dyad(ctx, marsad.DyadQuery{A: "USA"})
	check("dyad one actor", err)
	_, err = s.Network(ctx, marsad.NetworkQuery{Level: -1})
	check("network level", err)
	_, err = s.Places(ctx, marsad.EventQuery{Quad: -2})
	check("places quad", err)
	_, err = s.Events(ctx, marsad.EventQuery{Outlet: "aawsat\x00"})
	check("NUL in a filter", err)
	_, err = s.Articles(ctx, marsad.ArticleQuery{Actor: "\xffUSA"})
	check("bad UTF-8 in a filter", err)
	_, err = s.Search(ctx, marsad.SearchQuery{Text: "الرئيس", Outlet: "\x00"})
	check("NUL in a search filter", err)
	_, err = s.Dyad(ctx, marsad.DyadQuery{A: "USA", B: "\xff"})
	check("bad UTF-8 dyad actor", err)
}

func testArticles(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	ids := func(l marsad.ArticleList) string {
		var out []string
		for _, a := range l.Articles {
			out = append(out, a.ID)
		}
		return fmt.Sprint(l.Total, out)
	}
	for _, tc := range []struct {
		q    marsad.ArticleQuery
		want string
	}{
		{marsad.ArticleQuery{}, "4 [washington-1 cairo-1 moscow-1 riyadh-1]"},
		{marsad.ArticleQuery{Outlet: "aawsat"}, "2 [cairo-1 riyadh-1]"},
		{marsad.ArticleQuery{Since: "2024-03-05", Until: "2024-04-10"}, "2 [cairo-1 moscow-1]"},
		{marsad.ArticleQuery{Actor: "ISR"}, "1 [cairo-1]"},
		{marsad.ArticleQuery{Actor: "USA", Limit: 2, Offset: 1}, "4 [cairo-1 moscow-1]"},
		{marsad.ArticleQuery{Outlet: "bbc"}, "0 []"},
	} {
		l, err := s.Articles(ctx, tc.q)
		if err != nil {
			t.Errorf("%+v: %v", tc.q, err)
			continue
		}
		if got := ids(l); got != tc.want {
			t.Errorf("Articles(%+v) = %s, want %s", tc.q, got, tc.want)
		}
	}
	l, err := s.Articles(ctx, marsad.ArticleQuery{Outlet: "aawsat", Since: "2024-04-01"})
	if err != nil || len(l.Articles) != 1 {
		t.Fatalf("cairo-1 listing: %+v, %v", l, err)
	}
	a := l.Articles[0]
	fx := Fixtures()[2]
	if a.ID != fx.ID || a.Title != fx.Title || a.URL != fx.URL || a.Date != fx.Date || a.Source != fx.Source ||
		a.Hash != marsad.ContentHash(fx.Text) || a.Events != 3 || a.Language != "ar" || a.Created == "" || a.Tone != nil {
		t.Errorf("summary %+v", a)
	}
}

// hitTexts renders search hits as id:[highlighted words], checking every highlight against
// the original text.
func hitTexts(t *testing.T, s marsad.Store, res marsad.SearchResult) string {
	t.Helper()
	var out []string
	for _, h := range res.Hits {
		a, err := s.Article(context.Background(), h.ID)
		if err != nil {
			t.Fatal(err)
		}
		n := marsad.RuneLen(a.Text)
		var words []string
		for _, sp := range h.Highlights {
			if !sp.Valid(n) || sp.Len() == 0 {
				t.Errorf("%s: highlight %v outside the text", h.ID, sp)
				continue
			}
			words = append(words, a.Slice(sp))
		}
		if !h.Snippet.Valid(n) || h.Snippet.Len() == 0 {
			t.Errorf("%s: snippet %v", h.ID, h.Snippet)
		}
		for _, sp := range h.TitleHighlights {
			if !sp.Valid(marsad.RuneLen(a.Title)) {
				t.Errorf("%s: title highlight %v outside the title", h.ID, sp)
			}
		}
		out = append(out, h.ID+":"+strings.Join(words, "|"))
	}
	return fmt.Sprint(res.Total, " ", strings.Join(out, " "))
}

func testSearch(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	for _, tc := range []struct {
		q    marsad.SearchQuery
		want string
	}{
		// clitics: و ل ب and the article
		{marsad.SearchQuery{Text: "الرئيس"}, "4 washington-1:بالرئيس cairo-1:الرئيس moscow-1:للرئيس riyadh-1:الرئيس|الرئيس"},
		{marsad.SearchQuery{Text: "رئيس"}, "4 washington-1:بالرئيس cairo-1:الرئيس moscow-1:للرئيس riyadh-1:الرئيس|الرئيس"},
		// spelling variants
		{marsad.SearchQuery{Text: "أمريكا"}, "1 moscow-1:أميركا"},
		{marsad.SearchQuery{Text: "اسرائيل"}, "1 cairo-1:إسرائيل"},
		{marsad.SearchQuery{Text: "موتمر"}, "1 moscow-1:مؤتمراً"},
		{marsad.SearchQuery{Text: "التقى"}, "2 washington-1:والتقى riyadh-1:التقى"},
		// phrase against AND of words
		{marsad.SearchQuery{Text: `"وزير الخارجية"`}, "3 washington-1:وزير الخارجية cairo-1:وزير الخارجية riyadh-1:وزير الخارجية|وزير الخارجية"},
		{marsad.SearchQuery{Text: "وزير الخارجية"}, "4 washington-1:وزير|الخارجية cairo-1:وزير|الخارجية|الوزير moscow-1:الخارجية|وزير|الخارجية riyadh-1:وزير|الخارجية|وزير|الخارجية"},
		{marsad.SearchQuery{Text: `"الخارجية الأمريكية"`}, "1 moscow-1:الخارجية الأمريكية"},
		// exclusion and OR
		{marsad.SearchQuery{Text: "الرئيس -روسيا"}, "3 washington-1:بالرئيس cairo-1:الرئيس riyadh-1:الرئيس|الرئيس"},
		{marsad.SearchQuery{Text: "موسكو OR القاهرة"}, "2 cairo-1:القاهرة moscow-1:موسكو"},
		// filters
		{marsad.SearchQuery{Text: "الرئيس", Outlet: "aawsat"}, "2 cairo-1:الرئيس riyadh-1:الرئيس|الرئيس"},
		{marsad.SearchQuery{Text: "الرئيس", Since: "2024-04-01"}, "2 washington-1:بالرئيس cairo-1:الرئيس"},
		{marsad.SearchQuery{Text: "الرئيس", Until: "2024-03-31", Actor: "RUS"}, "1 moscow-1:للرئيس"},
		{marsad.SearchQuery{Text: "الصين"}, "0 "},
	} {
		res, err := s.Search(ctx, tc.q)
		if err != nil {
			t.Errorf("Search(%+v): %v", tc.q, err)
			continue
		}
		if got := hitTexts(t, s, res); got != tc.want {
			t.Errorf("Search(%+v)\n got %s\nwant %s", tc.q, got, tc.want)
		}
	}
	res, err := s.Search(ctx, marsad.SearchQuery{Text: "الرياض"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search الرياض: %+v, %v", res, err)
	}
	h := res.Hits[0]
	title := Fixtures()[0].Title
	if len(h.TitleHighlights) != 1 || marsad.SliceRunes(title, h.TitleHighlights[0]) != "الرياض" {
		t.Errorf("title highlights %v in %q", h.TitleHighlights, title)
	}
	if h.Events != 2 || h.Source != "aawsat" {
		t.Errorf("hit summary %+v", h.ArticleSummary)
	}
}

func testSearchPages(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	var ids []string
	for off := 0; off < 6; off += 2 {
		res, err := s.Search(ctx, marsad.SearchQuery{Text: "الرئيس", Limit: 2, Offset: off})
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != 4 {
			t.Errorf("offset %d: total %d, want 4", off, res.Total)
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
	}
	if got := strings.Join(ids, " "); got != "washington-1 cairo-1 moscow-1 riyadh-1" {
		t.Errorf("paged hits %s", got)
	}
}

// testSearchHostile feeds the search query syntax of SQL, FTS5 and tsquery: nothing may fail
// but with ErrBadQuery, and the store must be intact afterwards.
func testSearchHostile(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	for _, q := range []string{
		`'; DROP TABLE articles; --`, `" OR 1=1 --`, `الرئيس" OR "`, `NEAR(الرئيس مصر)`, `الرئيس*`, `^الرئيس`,
		`text:الرئيس`, `{title}: مصر`, `الرئيس & !مصر`, `الرئيس <-> مصر`, `(الرئيس`, `)`, `'`, `\`, `"""`,
		`AND`, `NOT الرئيس`, `الرئيس OR`, `OR OR OR`, `- - -`, `"وزير`, "الرئيس\x00مصر", `$1`, `?`, `:1`,
		strings.Repeat("الرئيس ", 200),
	} {
		_, err := s.Search(ctx, marsad.SearchQuery{Text: q})
		if err != nil && !errors.Is(err, marsad.ErrBadQuery) {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	if st := stats(t, s); st.Articles != 4 || st.Events != 10 {
		t.Errorf("store damaged: %+v", st)
	}
	// operators of the engines are plain words to Marsad: no article has the word "not"
	res, err := s.Search(ctx, marsad.SearchQuery{Text: `NOT الرئيس`})
	if err != nil || res.Total != 0 {
		t.Errorf(`Search("NOT الرئيس") = %d hits, %v; want 0`, res.Total, err)
	}
	res, err = s.Search(ctx, marsad.SearchQuery{Text: `الرئيس*`})
	if err != nil || res.Total != 4 {
		t.Errorf(`Search("الرئيس*") = %d hits, %v; want 4`, res.Total, err)
	}
}

func testDyad(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	for _, tc := range []struct {
		q    marsad.DyadQuery
		want marsad.DyadResult
	}{
		{marsad.DyadQuery{A: "USA", B: "SAU", Interval: marsad.Week}, marsad.DyadResult{A: "USA", B: "SAU", Interval: marsad.Week,
			Periods: []marsad.DyadPeriod{
				{Period: "2024-03-04", DyadAggregate: marsad.DyadAggregate{Count: 1, AToB: 1, MeanGoldstein: 1.0, Quad: [4]int{1, 0, 0, 0}}},
				{Period: "2024-04-15", DyadAggregate: marsad.DyadAggregate{Count: 1, BToA: 1, MeanGoldstein: 1.9, Quad: [4]int{1, 0, 0, 0}}},
			},
			Total: marsad.DyadAggregate{Count: 2, AToB: 1, BToA: 1, MeanGoldstein: 1.45, Quad: [4]int{2, 0, 0, 0}}}},
		{marsad.DyadQuery{A: "USA", B: "SAU", Directed: true}, marsad.DyadResult{A: "USA", B: "SAU", Interval: marsad.Day,
			Periods: []marsad.DyadPeriod{
				{Period: "2024-03-04", DyadAggregate: marsad.DyadAggregate{Count: 1, AToB: 1, MeanGoldstein: 1.0, Quad: [4]int{1, 0, 0, 0}}},
			},
			Total: marsad.DyadAggregate{Count: 1, AToB: 1, MeanGoldstein: 1.0, Quad: [4]int{1, 0, 0, 0}}}},
		// USA and Egypt: 042 on 2024-04-09 (its own date) and 051 on 2024-04-10, one ISO week
		{marsad.DyadQuery{A: "EGY", B: "USAGOV", Interval: marsad.Week}, marsad.DyadResult{A: "EGY", B: "USAGOV", Interval: marsad.Week,
			Periods: []marsad.DyadPeriod{
				{Period: "2024-04-08", DyadAggregate: marsad.DyadAggregate{Count: 2, BToA: 2, MeanGoldstein: 2.65, Quad: [4]int{2, 0, 0, 0}}},
			},
			Total: marsad.DyadAggregate{Count: 2, BToA: 2, MeanGoldstein: 2.65, Quad: [4]int{2, 0, 0, 0}}}},
		{marsad.DyadQuery{A: "EGY", B: "USA", Interval: marsad.Day}, marsad.DyadResult{A: "EGY", B: "USA", Interval: marsad.Day,
			Periods: []marsad.DyadPeriod{
				{Period: "2024-04-09", DyadAggregate: marsad.DyadAggregate{Count: 1, BToA: 1, MeanGoldstein: 1.9, Quad: [4]int{1, 0, 0, 0}}},
				{Period: "2024-04-10", DyadAggregate: marsad.DyadAggregate{Count: 1, BToA: 1, MeanGoldstein: 3.4, Quad: [4]int{1, 0, 0, 0}}},
			},
			Total: marsad.DyadAggregate{Count: 2, BToA: 2, MeanGoldstein: 2.65, Quad: [4]int{2, 0, 0, 0}}}},
		// everything the US did to or suffered from anyone in IRN, RUS: month buckets, filtered
		{marsad.DyadQuery{A: "USA", B: "RUS", Interval: marsad.Month, Filter: marsad.EventQuery{Quad: 3}}, marsad.DyadResult{A: "USA", B: "RUS", Interval: marsad.Month,
			Periods: []marsad.DyadPeriod{
				{Period: "2024-03-01", DyadAggregate: marsad.DyadAggregate{Count: 1, AToB: 1, MeanGoldstein: -2.0, Quad: [4]int{0, 0, 1, 0}}},
			},
			Total: marsad.DyadAggregate{Count: 1, AToB: 1, MeanGoldstein: -2.0, Quad: [4]int{0, 0, 1, 0}}}},
		{marsad.DyadQuery{A: "USA", B: "RUS", Filter: marsad.EventQuery{Quad: 1}}, marsad.DyadResult{A: "USA", B: "RUS", Interval: marsad.Day,
			Periods: []marsad.DyadPeriod{}}},
	} {
		got, err := s.Dyad(ctx, tc.q)
		if err != nil {
			t.Errorf("Dyad(%+v): %v", tc.q, err)
			continue
		}
		if !sameDyad(got, tc.want) {
			t.Errorf("Dyad(%+v)\n got %+v\nwant %+v", tc.q, got, tc.want)
		}
	}
}

func sameDyad(a, b marsad.DyadResult) bool {
	eq := func(x, y marsad.DyadAggregate) bool {
		g := near(x.MeanGoldstein, y.MeanGoldstein)
		x.MeanGoldstein, y.MeanGoldstein = 0, 0
		return g && x == y
	}
	if a.A != b.A || a.B != b.B || a.Interval != b.Interval || len(a.Periods) != len(b.Periods) || !eq(a.Total, b.Total) {
		return false
	}
	for i := range a.Periods {
		if a.Periods[i].Period != b.Periods[i].Period || !eq(a.Periods[i].DyadAggregate, b.Periods[i].DyadAggregate) {
			return false
		}
	}
	return a.Periods != nil
}

func testNetwork(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	render := func(es []marsad.Edge) string {
		var out []string
		for _, e := range es {
			out = append(out, fmt.Sprintf("%s>%s:%d:%.4f:%.4f", e.Source, e.Target, e.Count, e.MeanGoldstein, e.MeanTone))
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		q    marsad.NetworkQuery
		want string
	}{
		{marsad.NetworkQuery{}, "USAGOV>EGYGOV:2:2.6500:2.5000 IRNGOV>USA:1:-2.0000:-3.0000 ISR>PSE:1:-10.0000:-5.0000 " +
			"RUS>UKR:1:-7.0000:-6.0000 SAUGOV>IRN:1:3.4000:3.0000 SAUGOV>USAGOV:1:1.9000:2.0000 " +
			"USAGOV>RUS:1:-2.0000:-4.0000 USAGOV>SAUGOV:1:1.0000:2.5000"},
		{marsad.NetworkQuery{Level: 3, MinCount: 2}, "USA>EGY:2:2.6500:2.5000"},
		{marsad.NetworkQuery{Level: 3, Limit: 3}, "USA>EGY:2:2.6500:2.5000 IRN>USA:1:-2.0000:-3.0000 ISR>PSE:1:-10.0000:-5.0000"},
		{marsad.NetworkQuery{Level: 3, Filter: marsad.EventQuery{Quad: 3}}, "IRN>USA:1:-2.0000:-3.0000 RUS>UKR:1:-7.0000:-6.0000 USA>RUS:1:-2.0000:-4.0000"},
		{marsad.NetworkQuery{Filter: marsad.EventQuery{Actor: "CHN"}}, ""},
	} {
		es, err := s.Network(ctx, tc.q)
		if err != nil {
			t.Errorf("Network(%+v): %v", tc.q, err)
			continue
		}
		if es == nil {
			t.Errorf("Network(%+v) = nil, want an empty list", tc.q)
		}
		if got := render(es); got != tc.want {
			t.Errorf("Network(%+v)\n got %s\nwant %s", tc.q, got, tc.want)
		}
	}
}

func testPlaces(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	loaded(t, s)
	render := func(ps []marsad.PlaceCount) string {
		var out []string
		for _, p := range ps {
			out = append(out, fmt.Sprintf("%s/%s/%s/%s/%g,%g:%d:%.4f", p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Count, p.MeanGoldstein))
		}
		return strings.Join(out, " ")
	}
	for _, tc := range []struct {
		q    marsad.EventQuery
		want string
	}{
		{marsad.EventQuery{}, "Cairo/القاهرة/EGY/EG-C/30.0444,31.2357:2:2.6500 Gaza/غزة/PSE//31.5017,34.4668:1:-10.0000 " +
			"Moscow/موسكو/RUS/RU-MOW/55.7558,37.6173:1:2.8000 Riyadh/الرياض/SAU/SA-01/24.6877,46.7219:1:1.0000 " +
			"Washington/واشنطن/USA/US-DC/38.9072,-77.0369:1:1.9000"},
		{marsad.EventQuery{Quad: 1, Since: "2024-04-10"}, "Cairo/القاهرة/EGY/EG-C/30.0444,31.2357:1:3.4000 Washington/واشنطن/USA/US-DC/38.9072,-77.0369:1:1.9000"},
		{marsad.EventQuery{Actor: "USA", Limit: 1, Offset: 1}, "Riyadh/الرياض/SAU/SA-01/24.6877,46.7219:1:1.0000"},
		{marsad.EventQuery{Country: "CHN"}, ""},
	} {
		ps, err := s.Places(ctx, tc.q)
		if err != nil {
			t.Errorf("Places(%+v): %v", tc.q, err)
			continue
		}
		if got := render(ps); got != tc.want {
			t.Errorf("Places(%+v)\n got %s\nwant %s", tc.q, got, tc.want)
		}
	}
}

func testStats(t *testing.T, s marsad.Store) {
	if st := stats(t, s); st != (marsad.Stats{}) {
		t.Errorf("empty store stats %+v", st)
	}
	loaded(t, s)
	want := marsad.Stats{Articles: 4, Sentences: 12, Entities: 19, Events: 10, Quotes: 0, Actors: 11, Places: 5,
		Outlets: 3, FirstDate: "2024-03-04", LastDate: "2024-04-15", Quad: [4]int{6, 0, 3, 1}}
	if got := stats(t, s); got != want {
		t.Errorf("stats\n got %+v\nwant %+v", got, want)
	}
}

// testLarge stores an article of about 300,000 code points with thousands of sentences and
// hundreds of events, and finds a word at its very end.
func testLarge(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	base := Fixtures()[1]
	var sb strings.Builder
	const reps = 1500
	for range reps {
		sb.WriteString(base.Text)
		sb.WriteString(" ")
	}
	sb.WriteString("وفي الختام شكر الحاضرون المنظمين.")
	text := sb.String()
	a := &marsad.Analysis{ID: "large-1", Date: "2024-06-01", Source: "aawsat", Text: text, Sentences: sentences(text)}
	n := marsad.RuneLen(base.Text) + 1
	for i := 0; i < reps; i += 5 {
		for _, e := range base.Events {
			e.Evidence.Start += i * n
			e.Evidence.End += i * n
			e.Trigger.Start += i * n
			e.Trigger.End += i * n
			e.MentionSpans = []marsad.Span{e.Evidence}
			e.Sentence += i * 4
			if e.Source != nil {
				src := *e.Source
				src.Start += i * n
				src.End += i * n
				e.Source = &src
			}
			e.Target = nil
			e.Location = nil
			a.Events = append(a.Events, e)
		}
	}
	put(t, s, a)
	got, err := s.Article(ctx, a.ID)
	if err != nil {
		t.Fatal(err)
	}
	a.Hash = marsad.ContentHash(text)
	diff(t, got, a)
	res, err := s.Search(ctx, marsad.SearchQuery{Text: "الختام"})
	if err != nil || len(res.Hits) != 1 {
		t.Fatalf("search in the large article: %+v, %v", res, err)
	}
	if hl := res.Hits[0].Highlights; len(hl) != 1 || marsad.SliceRunes(text, hl[0]) != "الختام" {
		t.Errorf("large article highlights %v", hl)
	}
	if res.Hits[0].Snippet.End != marsad.RuneLen(text) {
		t.Errorf("snippet %v of the end of a %d code point text", res.Hits[0].Snippet, marsad.RuneLen(text))
	}
	if cnt, err := s.CountEvents(ctx, marsad.EventQuery{ArticleID: "large-1", Quad: 3}); err != nil || cnt != 2*reps/5 {
		t.Errorf("large article quad 3 events = %d, %v; want %d", cnt, err, 2*reps/5)
	}
}
