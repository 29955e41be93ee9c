package storetest

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"marsad"
)

// testBulk stores synthetic analyses with PutMany (or Put, for a store without it), with an
// invalid analysis, a copy and an id conflict among them, and checks every query against a
// reference computed here, in Go, from the analyses themselves: the counts and aggregates that
// a store keeps or reads from indexes must agree with the events they summarise.
func testBulk(t *testing.T, s marsad.Store) {
	ctx := context.Background()
	as := Synthetic(400)
	dates := make([]string, len(as))
	for i, a := range as {
		dates[i] = a.Date
	}
	for i, a := range as {
		a.Date = dates[i/4] // four articles a day, listed by id whatever their order of storage
	}
	bad := *as[3]
	bad.ID = "" // invalid
	dup := *as[5]
	dup.ID = "copy-of-5" // the same text again: stored once, under the first id
	conflict := *as[7]
	conflict.Text += " نص آخر" // another text under a stored id
	conflict.Hash = ""
	batch := append(slices.Clone(as[:200]), &bad, &dup, &conflict)
	var stored []*marsad.Analysis
	if bp, ok := s.(marsad.BulkPutter); ok {
		res, err := bp.PutMany(ctx, batch)
		if !errors.Is(err, marsad.ErrInvalid) || !errors.Is(err, marsad.ErrIDConflict) {
			t.Errorf("PutMany error = %v, want it to hold ErrInvalid and ErrIDConflict", err)
		}
		if len(res) != len(batch) {
			t.Fatalf("PutMany gave %d results for %d analyses", len(res), len(batch))
		}
		for i, r := range res[:200] {
			if r != (marsad.PutResult{ID: as[i].ID, Inserted: true}) {
				t.Fatalf("PutMany result %d = %+v", i, r)
			}
		}
		if want := []marsad.PutResult{{}, {ID: as[5].ID}, {}}; !slices.Equal(res[200:], want) {
			t.Errorf("PutMany results of the bad, copied and conflicting analyses = %+v, want %+v", res[200:], want)
		}
		// a second batch, and one that stores nothing new
		if _, err := bp.PutMany(ctx, as[200:]); err != nil {
			t.Fatal(err)
		}
		if res, err := bp.PutMany(ctx, as[:2]); err != nil || res[0].Inserted || res[1].Inserted {
			t.Errorf("PutMany of stored analyses = %+v, %v", res, err)
		}
		if res, err := bp.PutMany(ctx, nil); err != nil || len(res) != 0 {
			t.Errorf("PutMany(nil) = %+v, %v", res, err)
		}
	} else {
		put(t, s, as...)
	}
	stored = as

	ref := newReference(stored)
	st := stats(t, s)
	if st.Articles != len(stored) || st.Events != len(ref.events) || st.Quad != ref.quad || st.Outlets != ref.outlets ||
		st.FirstDate != ref.first || st.LastDate != ref.last {
		t.Errorf("stats %+v; want %d articles, %d events, quads %v, %d outlets, %s…%s", st, len(stored),
			len(ref.events), ref.quad, ref.outlets, ref.first, ref.last)
	}
	// every synthetic text says وهذا هو الخبر رقم …: a word found in every article
	for _, sq := range []marsad.SearchQuery{
		{Text: "الخبر", Limit: 7}, {Text: "الخبر", Limit: 7, Offset: 5}, {Text: "الخبر", Limit: 6, Offset: 13},
		{Text: "الخبر", Limit: 5, Since: "2020-01-20", Until: "2020-02-03"},
		{Text: "الخبر", Limit: 5, Offset: 3, Since: "2020-01-20", Until: "2020-02-03", MaxTotal: 10},
		{Text: "الخبر", Limit: 3, Until: "2020-01-02"}, {Text: "الخبر", Limit: 10, Since: "2020-03-01", MaxTotal: 3},
		{Text: "الخبر", Limit: 4, Outlet: "aawsat", Offset: 2},
	} {
		var want []string
		for _, a := range stored {
			if (sq.Since == "" || a.Date >= sq.Since) && (sq.Until == "" || a.Date <= sq.Until) && (sq.Outlet == "" || a.Source == sq.Outlet) {
				want = append(want, a.Date+" "+a.ID)
			}
		}
		slices.SortFunc(want, func(x, y string) int {
			dx, ix, _ := strings.Cut(x, " ")
			dy, iy, _ := strings.Cut(y, " ")
			return cmp.Or(strings.Compare(dy, dx), strings.Compare(ix, iy))
		})
		all := len(want)
		want = want[min(sq.Offset, len(want)):min(sq.Offset+sq.Limit, len(want))]
		res, err := s.Search(ctx, sq)
		if err != nil {
			t.Errorf("Search(%+v): %v", sq, err)
			continue
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Date+" "+h.ID)
			if h.SnippetText == "" || h.SnippetText != marsad.SliceRunes(h.SnippetText, marsad.Span{Start: 0, End: h.Snippet.End - h.Snippet.Start}) {
				t.Errorf("Search(%+v): hit %s has snippet text %q for span %v", sq, h.ID, h.SnippetText, h.Snippet)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("Search(%+v)\n got %v\nwant %v", sq, got, want)
		}
		// a store may stop counting at MaxTotal, but never below the page's end
		if res.Total != all && !(res.TotalCapped && sq.MaxTotal > 0 && res.Total >= sq.MaxTotal && res.Total >= sq.Offset+len(want) && res.Total < all) {
			t.Errorf("Search(%+v): total %d (capped %v), want %d", sq, res.Total, res.TotalCapped, all)
		}
	}

	queries := []marsad.EventQuery{
		{},
		{Actor: "USA"}, {Actor: "USAGOV"}, {Actor: "US"}, {Actor: "RUS", Since: "2021-01-01", Until: "2021-06-30"},
		{Source: "SAU", Target: "USA"}, {Source: "USAGOV"}, {Target: "EGY", Quad: 1},
		{Code: "04"}, {Code: "042"}, {Code: "11", Quad: 3, Since: "2022-01-01"},
		{Quad: 4}, {Modality: marsad.Planned}, {Country: "EGY"}, {Place: "الرياض"}, {Outlet: "aawsat"},
		{Since: "2023-02-01", Until: "2023-02-28"}, {Actor: "CHN"},
		// whole months, partial months at either end, a leap day
		{Since: "2020-01-15", Until: "2020-03-20"}, {Since: "2020-02-01"}, {Until: "2020-02-29"}, {Until: "2020-02-28"},
		{Quad: 1, Since: "2020-01-10", Until: "2020-04-30"}, {Actor: "USA", Since: "2020-01-01", Until: "2020-03-31"},
		{Source: "SA", Until: "2020-03-05"}, {Since: "2020-02-10", Until: "2020-02-20"}, {Since: "2020-03-01", Until: "2020-03-31"},
		// whole years, with whole months and days around them
		{Since: "2020-01-01", Until: "2020-12-31"}, {Since: "2019-12-15", Until: "2021-01-10"}, {Until: "2020-03-31"},
		{Actor: "USA", Since: "2019-11-01"}, {Since: "2019-01-01", Until: "2020-02-29"},
	}
	for _, q := range queries {
		want := ref.filter(q)
		n, err := s.CountEvents(ctx, q)
		if err != nil || n != len(want) {
			t.Errorf("CountEvents(%+v) = %d, %v; want %d", q, n, err, len(want))
		}
		if cc, ok := s.(marsad.CappedCounter); ok && len(want) > 0 {
			for _, max := range []int{1, len(want), len(want) + 1} {
				n, exact, err := cc.CountEventsUpTo(ctx, q, max)
				wantN, wantExact := min(len(want), max), len(want) < max
				if q == (marsad.EventQuery{}) {
					wantN, wantExact = len(want), true // kept exactly
				}
				if err != nil || n != wantN || exact != wantExact {
					t.Errorf("CountEventsUpTo(%+v, %d) = %d, %v, %v; want %d, %v", q, max, n, exact, err, wantN, wantExact)
				}
			}
		}
		for _, off := range []int{0, 37} {
			q.Limit, q.Offset = 25, off
			evs, err := s.Events(ctx, q)
			if err != nil {
				t.Errorf("Events(%+v): %v", q, err)
				continue
			}
			got := strings.Join(eventKeys(evs), " ")
			wantKeys := strings.Join(refKeys(want, off, 25), " ")
			if got != wantKeys {
				t.Errorf("Events(%+v)\n got %s\nwant %s", q, got, wantKeys)
			}
		}
		q.Limit, q.Offset = 0, 0
		for _, level := range []int{0, 3} {
			nq := marsad.NetworkQuery{Filter: q, Level: level, Limit: 1000}
			es, err := s.Network(ctx, nq)
			if err != nil {
				t.Errorf("Network(%+v): %v", nq, err)
				continue
			}
			if got, want := renderEdges(es), renderEdges(ref.network(want, level)); got != want {
				t.Errorf("Network(%+v)\n got %s\nwant %s", nq, got, want)
			}
		}
		q.Limit = 1000
		ps, err := s.Places(ctx, q)
		if err != nil {
			t.Errorf("Places(%+v): %v", q, err)
		} else if got, want := renderPlaces(ps), renderPlaces(ref.places(want)); got != want {
			t.Errorf("Places(%+v)\n got %s\nwant %s", q, got, want)
		}
		q.Limit = 0
		for _, interval := range []string{marsad.Week, marsad.Month} {
			dq := marsad.DyadQuery{A: "USA", B: "SAU", Interval: interval, Filter: q}
			d, err := s.Dyad(ctx, dq)
			if err != nil {
				t.Errorf("Dyad(%+v): %v", dq, err)
				continue
			}
			if got, want := renderDyad(d), renderDyad(ref.dyad(dq)); got != want {
				t.Errorf("Dyad(%+v)\n got %s\nwant %s", dq, got, want)
			}
		}
	}
}

// refEvent is an event as a reference query sees it.
type refEvent struct {
	a   *marsad.Analysis
	idx int
	e   *marsad.Event
	day string
}

type reference struct {
	events      []refEvent
	placeOrder  map[string]int // place key → order of first storage (the stores' place ids)
	placeFirst  map[string]*marsad.Place
	quad        [4]int
	outlets     int
	first, last string
}

func refPlaceKey(p *marsad.Place) string {
	if p.Wikidata != "" {
		return p.Wikidata
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	return p.Name + "|" + p.Country + "|" + p.Admin1 + "|" + f(p.Lat) + "|" + f(p.Lon)
}

func newReference(as []*marsad.Analysis) *reference {
	r := &reference{placeOrder: map[string]int{}, placeFirst: map[string]*marsad.Place{}}
	outlets := map[string]bool{}
	for _, a := range as {
		if a.Source != "" {
			outlets[a.Source] = true
		}
		if a.Date != "" && (r.first == "" || a.Date < r.first) {
			r.first = a.Date
		}
		if a.Date > r.last {
			r.last = a.Date
		}
		// places are stored in key order within an article
		var keys []string
		add := func(p *marsad.Place) {
			if p == nil {
				return
			}
			k := refPlaceKey(p)
			if _, ok := r.placeFirst[k]; !ok {
				r.placeFirst[k] = p
				keys = append(keys, k)
			}
		}
		for _, e := range a.Entities {
			add(e.Place)
		}
		for i := range a.Events {
			add(a.Events[i].Location)
		}
		slices.Sort(keys)
		for _, k := range keys {
			r.placeOrder[k] = len(r.placeOrder)
		}
		for i := range a.Events {
			e := &a.Events[i]
			day := cmp.Or(e.Date, a.Date)
			r.events = append(r.events, refEvent{a: a, idx: i, e: e, day: day})
			if e.Quad >= 1 && e.Quad <= 4 {
				r.quad[e.Quad-1]++
			}
		}
	}
	r.outlets = len(outlets)
	slices.SortFunc(r.events, func(x, y refEvent) int {
		return cmp.Or(strings.Compare(y.day, x.day), strings.Compare(x.a.ID, y.a.ID), x.idx-y.idx)
	})
	return r
}

func code(p *marsad.Participant) string {
	if p == nil {
		return ""
	}
	return p.Code
}

func (r *reference) filter(q marsad.EventQuery) []refEvent {
	var out []refEvent
	for _, x := range r.events {
		e := x.e
		c1, c2 := code(e.Source), code(e.Target)
		var loc marsad.Place
		if e.Location != nil {
			loc = *e.Location
		}
		ok := (q.Actor == "" || strings.HasPrefix(c1, q.Actor) || strings.HasPrefix(c2, q.Actor)) &&
			strings.HasPrefix(c1, q.Source) && strings.HasPrefix(c2, q.Target) && strings.HasPrefix(e.Code, q.Code) &&
			(q.Quad == 0 || e.Quad == q.Quad) && (q.Plover == "" || e.Plover == q.Plover) &&
			(q.Modality == "" || e.Modality == q.Modality) && (q.Country == "" || loc.Country == q.Country) &&
			(q.Place == "" || loc.Name == q.Place || loc.NameAr == q.Place || loc.Admin1 == q.Place) &&
			(q.Since == "" || x.day >= q.Since) && (q.Until == "" || x.day <= q.Until) &&
			(q.ArticleID == "" || x.a.ID == q.ArticleID) && (q.Outlet == "" || x.a.Source == q.Outlet)
		if ok {
			out = append(out, x)
		}
	}
	return out
}

func refKeys(evs []refEvent, off, limit int) []string {
	out := []string{}
	for i := off; i < len(evs) && i < off+limit; i++ {
		out = append(out, fmt.Sprintf("%s/%d", evs[i].a.ID, evs[i].idx))
	}
	return out
}

func (r *reference) network(evs []refEvent, level int) []marsad.Edge {
	type sums struct {
		n          int
		gold, tone float64
	}
	pairs := map[[2]string]*sums{}
	cut := func(c string) string {
		if level > 0 && len(c) > level {
			return c[:level]
		}
		return c
	}
	for _, x := range evs {
		c1, c2 := code(x.e.Source), code(x.e.Target)
		if c1 == "" || c2 == "" {
			continue
		}
		k := [2]string{cut(c1), cut(c2)}
		if pairs[k] == nil {
			pairs[k] = &sums{}
		}
		pairs[k].n++
		pairs[k].gold += x.e.Goldstein
		pairs[k].tone += x.e.Tone
	}
	var out []marsad.Edge
	for k, p := range pairs {
		out = append(out, marsad.Edge{Source: k[0], Target: k[1], Count: p.n, MeanGoldstein: p.gold / float64(p.n), MeanTone: p.tone / float64(p.n)})
	}
	slices.SortFunc(out, func(a, b marsad.Edge) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Source, b.Source), strings.Compare(a.Target, b.Target))
	})
	return out
}

func (r *reference) places(evs []refEvent) []marsad.PlaceCount {
	type sums struct {
		n    int
		gold float64
	}
	by := map[string]*sums{}
	for _, x := range evs {
		if x.e.Location == nil {
			continue
		}
		k := refPlaceKey(x.e.Location)
		if by[k] == nil {
			by[k] = &sums{}
		}
		by[k].n++
		by[k].gold += x.e.Goldstein
	}
	var keys []string
	for k := range by {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		return cmp.Or(by[b].n-by[a].n, strings.Compare(r.placeFirst[a].Name, r.placeFirst[b].Name), r.placeOrder[a]-r.placeOrder[b])
	})
	var out []marsad.PlaceCount
	for _, k := range keys {
		p := r.placeFirst[k]
		out = append(out, marsad.PlaceCount{Name: p.Name, NameAr: p.NameAr, Country: p.Country, Admin1: p.Admin1, Lat: p.Lat, Lon: p.Lon,
			Count: by[k].n, MeanGoldstein: by[k].gold / float64(by[k].n)})
	}
	return out
}

func (r *reference) dyad(q marsad.DyadQuery) marsad.DyadResult {
	f := q.Filter
	f.Actor, f.Source, f.Target = "", "", ""
	res := marsad.DyadResult{A: q.A, B: q.B, Interval: q.Interval}
	type acc struct {
		agg marsad.DyadAggregate
		sum float64
	}
	periods := map[string]*acc{}
	var total acc
	for _, x := range r.filter(f) {
		c1, c2 := code(x.e.Source), code(x.e.Target)
		ab := strings.HasPrefix(c1, q.A) && strings.HasPrefix(c2, q.B)
		ba := strings.HasPrefix(c1, q.B) && strings.HasPrefix(c2, q.A)
		if !(ab || (ba && !q.Directed)) || x.day == "" {
			continue
		}
		p := refPeriod(x.day, q.Interval)
		if periods[p] == nil {
			periods[p] = &acc{}
		}
		for _, a := range []*acc{periods[p], &total} {
			a.agg.Count++
			if ab {
				a.agg.AToB++
			}
			if ba {
				a.agg.BToA++
			}
			if x.e.Quad >= 1 && x.e.Quad <= 4 {
				a.agg.Quad[x.e.Quad-1]++
			}
			a.sum += x.e.Goldstein
		}
	}
	mean := func(a *acc) marsad.DyadAggregate {
		out := a.agg
		if out.Count > 0 {
			out.MeanGoldstein = a.sum / float64(out.Count)
		}
		return out
	}
	var keys []string
	for k := range periods {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		res.Periods = append(res.Periods, marsad.DyadPeriod{Period: k, DyadAggregate: mean(periods[k])})
	}
	res.Total = mean(&total)
	return res
}

// refPeriod is the first day of the week (Monday) or month of a YYYY-MM-DD day.
func refPeriod(day, interval string) string {
	y, _ := strconv.Atoi(day[:4])
	m, _ := strconv.Atoi(day[5:7])
	d, _ := strconv.Atoi(day[8:10])
	if interval == marsad.Month {
		return fmt.Sprintf("%04d-%02d-01", y, m)
	}
	// days since 1970-01-01 (a Thursday), by the civil-from-days inverse
	days := daysFromCivil(y, m, d)
	monday := days - (days+3)%7
	return civilFromDays(monday)
}

func daysFromCivil(y, m, d int) int {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z int) string {
	z += 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d := doy - (153*mp+2)/5 + 1
	m := mp + 3
	if m > 12 {
		m -= 12
		y++
	}
	return fmt.Sprintf("%04d-%02d-%02d", y, m, d)
}

func round(x float64) float64 { return math.Round(x*1e6) / 1e6 }

func renderEdges(es []marsad.Edge) string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s>%s:%d:%g:%g", e.Source, e.Target, e.Count, round(e.MeanGoldstein), round(e.MeanTone)))
	}
	return strings.Join(out, " ")
}

func renderPlaces(ps []marsad.PlaceCount) string {
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("%s/%s/%s/%s/%g,%g:%d:%g", p.Name, p.NameAr, p.Country, p.Admin1, p.Lat, p.Lon, p.Count, round(p.MeanGoldstein)))
	}
	return strings.Join(out, " ")
}

func renderDyad(d marsad.DyadResult) string {
	var sb strings.Builder
	for _, p := range d.Periods {
		fmt.Fprintf(&sb, "%s:%d/%d/%d/%v/%g ", p.Period, p.Count, p.AToB, p.BToA, p.Quad, round(p.MeanGoldstein))
	}
	t := d.Total
	fmt.Fprintf(&sb, "total %d/%d/%d/%v/%g", t.Count, t.AToB, t.BToA, t.Quad, round(t.MeanGoldstein))
	return sb.String()
}
