package export_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"marsad"
	"marsad/export"
)

// lines decodes JSON lines into generic maps.
func lines(t *testing.T, out string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("line is not JSON: %v: %s", err, sc.Text())
		}
		recs = append(recs, m)
	}
	return recs
}

// get follows a path of keys and indexes through decoded JSON.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			l, ok := v.([]any)
			if !ok || k >= len(l) {
				return nil
			}
			v = l[k]
		}
	}
	return v
}

func TestPLOVER(t *testing.T) {
	st := newStore(t)
	out, stats := run(t, st, export.PLOVER, export.Options{Version: "2025.1"})
	all := lines(t, out)
	// PLOVER carries the modality, so every event is written: riyadh 0 1, gaza 0 1 2
	if len(all) != 5 || stats.Records != 5 {
		t.Fatalf("%d records, want 5:\n%s", len(all), out)
	}
	byID := map[string]map[string]any{}
	for _, r := range all {
		byID[r["id"].(string)] = r
	}
	rec := func(article string, index int) map[string]any {
		r, ok := byID[export.PloverID(article, index)]
		if !ok {
			t.Fatalf("no record %s", export.PloverID(article, index))
		}
		return r
	}
	r := rec(riyadhID, 0)
	for _, c := range []struct {
		path []any
		want any
	}{
		{[]any{"id"}, "MARSAD-riyadh-2025-02-18-0"},
		{[]any{"date"}, "2025-02-18"},
		{[]any{"event"}, []any{"CONSULT"}},
		{[]any{"quad_code"}, 1.0},
		{[]any{"actor", 0, "code"}, "USA"},
		{[]any{"actor", 0, "sector"}, "GOV"},
		{[]any{"actor", 0, "entity_text"}, "ماركو روبيو"},
		{[]any{"actor", 0, "identifier_id"}, "Q324546"},
		{[]any{"actor", 0, "identifier_text"}, "Marco Rubio"},
		{[]any{"actor", 0, "office"}, "Secretary of State"},
		{[]any{"actor", 0, "cameo"}, "USAGOV"},
		{[]any{"actor", 0, "start"}, float64(span(t, riyadhText, "ماركو روبيو", 0).Start)},
		{[]any{"actor_country"}, "USA"},
		{[]any{"recipient", 0, "code"}, "RUS"},
		{[]any{"recipient", 0, "identifier_text"}, "Sergey Lavrov"},
		{[]any{"recipient_country"}, "RUS"},
		{[]any{"event_loc", "extracted_place"}, "الرياض"},
		{[]any{"event_loc", "resolved_place"}, "Riyadh"},
		{[]any{"event_loc", "country"}, "Saudi Arabia"},
		{[]any{"event_loc", "country_code"}, "SAU"},
		{[]any{"event_loc", "lat"}, 24.68773},
		{[]any{"event_loc", "lon"}, 46.72188},
		{[]any{"event_loc", "resolution"}, 4.0},
		{[]any{"event_loc", "admin1_code"}, "SA-01"},
		{[]any{"event_text"}, []any{riyadhS0}},
		{[]any{"text_info", "sequence"}, 1.0},
		{[]any{"text_info", "start"}, 0.0},
		{[]any{"text_info", "end"}, float64(marsad.RuneLen(riyadhS0))},
		{[]any{"cite_info", "corpus"}, "marsad"},
		{[]any{"cite_info", "citation"}, riyadhID},
		{[]any{"cite_info", "url"}, "https://www.aawsat.com/node/5112233"},
		{[]any{"cite_info", "title"}, "روبيو ولافروف يلتقيان في الرياض"},
		{[]any{"cite_info", "language"}, "ar"},
		{[]any{"cite_info", "publication"}, "aawsat"},
		{[]any{"cite_info", "codebook"}, export.Codebook},
		{[]any{"cite_info", "version"}, "2025.1"},
		{[]any{"modality"}, "asserted"},
		{[]any{"evidence", "start"}, 0.0},
		{[]any{"evidence", "end"}, float64(marsad.RuneLen(riyadhS0))},
		{[]any{"trigger", "text"}, "التقى"},
		{[]any{"cameo"}, "040"},
		{[]any{"goldstein"}, 1.0},
		{[]any{"mentions"}, 2.0},
		{[]any{"confidence"}, 0.9},
		{[]any{"has_event"}, nil},
		{[]any{"mode"}, nil},
	} {
		if got := get(r, c.path...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%v = %#v, want %#v", c.path, got, c.want)
		}
	}
	// the planned meeting: context list, a date of its own, the modality
	p := rec(riyadhID, 1)
	for _, c := range []struct {
		path []any
		want any
	}{
		{[]any{"id"}, "MARSAD-riyadh-2025-02-18-1"},
		{[]any{"date"}, "2025-03-15"},
		{[]any{"date_text"}, "الشهر المقبل"},
		{[]any{"event"}, []any{"AGREE"}},
		{[]any{"context"}, []any{"diplomatic"}},
		{[]any{"modality"}, "planned"},
		{[]any{"actor", 0, "code"}, "USA"},
		{[]any{"actor", 0, "sector"}, nil},
		{[]any{"text_info", "sequence"}, 3.0},
		{[]any{"event_loc"}, nil},
	} {
		if got := get(p, c.path...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("planned: %v = %#v, want %#v", c.path, got, c.want)
		}
	}
	// the UN's accusation: IGOUNO is PLOVER's UNO; the article has no URL
	u := rec(gazaID, 0)
	for _, c := range []struct {
		path []any
		want any
	}{
		{[]any{"actor", 0, "code"}, "UNO"},
		{[]any{"actor", 0, "sector"}, nil},
		{[]any{"actor_country"}, "UNO"},
		{[]any{"recipient_country"}, "ISR"},
		{[]any{"mode"}, []any{"disapprove"}},
		{[]any{"date"}, "2024-06-05"},
		{[]any{"cite_info", "url"}, nil},
		{[]any{"event_loc", "country"}, "Palestine"},
	} {
		if got := get(u, c.path...); !reflect.DeepEqual(got, c.want) {
			t.Errorf("UN: %v = %#v, want %#v", c.path, got, c.want)
		}
	}
	if b := rec(gazaID, 1); get(b, "event_loc", "resolution") != 2.0 || get(b, "recipient") != nil {
		t.Errorf("bombing: event_loc %v, recipient %v", get(b, "event_loc"), get(b, "recipient"))
	}
	if m := get(rec(gazaID, 2), "modality"); m != "negated" {
		t.Errorf("third gaza event modality %v", m)
	}
}

func TestPLOVERActorCodes(t *testing.T) {
	// PLOVER's top-level codes and sectors from CAMEO codes (PLOVER manual chapter 5)
	cases := []struct {
		code, top, sector string
		other             []any
	}{
		{"IGOEEC", "EUR", "", nil},
		{"IGOARL", "IGO", "", nil},
		{"NGOHRW", "NGO", "", nil},
		{"IMGISI", "IMG", "", nil},
		{"ESHREB", "MAR", "REB", []any{"PRE"}},
		{"KSVGOV", "KOS", "GOV", nil},
		{"EGYMED", "EGY", "JRN", nil},
		{"SYRHLH", "SYR", "MED", nil},
		{"YEMSEP", "YEM", "REB", nil},
		{"SAUGOVMIL", "SAU", "GOV", []any{"MIL"}},
		{"MEA", "", "", nil},
	}
	for _, c := range cases {
		a := &marsad.Analysis{ID: "x", Date: "2024-01-01", Text: "نص"}
		ev := marsad.StoredEvent{ArticleID: "x", Event: marsad.Event{Code: "010", Plover: "", Modality: marsad.Asserted,
			Source: &marsad.Participant{Text: "نص", Span: marsad.Span{End: 2}, ActorRef: marsad.ActorRef{Code: c.code}}}}
		var b strings.Builder
		w, err := export.NewWriter(&b, export.PLOVER, export.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := w.WriteEvent(a, ev); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		r := lines(t, b.String())[0]
		got := []any{get(r, "actor", 0, "code"), get(r, "actor", 0, "sector"), get(r, "actor", 0, "other_sectors")}
		want := []any{c.top, c.sector, c.other}
		if c.sector == "" {
			want[1] = nil
		}
		if c.other == nil {
			want[2] = nil
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: code, sector, other = %v, want %v", c.code, got, want)
		}
		// no PLOVER category: has_event false and an empty event list
		if get(r, "has_event") != false || !reflect.DeepEqual(get(r, "event"), []any{}) {
			t.Errorf("%s: has_event %v event %v", c.code, get(r, "has_event"), get(r, "event"))
		}
	}
}

func TestCSV(t *testing.T) {
	st := newStore(t)
	out, stats := run(t, st, export.CSV, export.Options{BOM: true})
	if !strings.HasPrefix(out, "\uFEFFarticle_id,") {
		t.Fatalf("no BOM before the header: %q", out[:min(len(out), 40)])
	}
	if !strings.Contains(out, "\r\n") {
		t.Error("lines do not end in CRLF (RFC 4180)")
	}
	// the quotes of the Arabic text are doubled inside a quoted field
	if !strings.Contains(out, `""الجاعوني""`) {
		t.Error("quotes inside a field are not doubled")
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if !reflect.DeepEqual(rows[0], export.CSVColumns) {
		t.Fatalf("header %v", rows[0])
	}
	if len(rows) != 6 || stats.Records != 5 {
		t.Fatalf("%d rows with the header, want 6", len(rows))
	}
	col := map[string]int{}
	for i, c := range rows[0] {
		col[c] = i
	}
	byKey := map[string][]string{}
	for _, r := range rows[1:] {
		byKey[r[col["article_id"]]+"/"+r[col["event_index"]]] = r
	}
	check := func(key string, want map[string]string) {
		t.Helper()
		row, ok := byKey[key]
		if !ok {
			t.Fatalf("no row %s", key)
		}
		for c, w := range want {
			i, ok := col[c]
			if !ok {
				t.Fatalf("no column %s", c)
			}
			if got := row[i]; got != w {
				t.Errorf("%s %s = %q, want %q", key, c, got, w)
			}
		}
	}
	check(riyadhID+"/0", map[string]string{
		"article_id": riyadhID, "event_index": "0", "date": "2025-02-18", "article_date": "2025-02-18",
		"code": "040", "name": "Consult, not specified below", "root": "04", "base": "040", "quad": "1",
		"goldstein": "1", "plover": "CONSULT", "source_code": "USAGOV", "source_name": "Marco Rubio",
		"source_text": "ماركو روبيو", "source_country": "USA", "source_wikidata": "Q324546",
		"target_code": "RUSGOV", "target_text": "سيرغي لافروف", "location_name": "Riyadh", "location_text": "الرياض",
		"location_country": "SAU", "location_admin1": "SA-01", "location_lat": "24.68773", "location_lon": "46.72188",
		"location_precision": "city", "modality": "asserted", "evidence_start": "0", "evidence_text": riyadhS0,
		"trigger": "التقى", "sentence": "0", "mentions": "2", "is_root": "1", "rule": "04.meet", "confidence": "0.9",
		"tone": "0.5", "url": "https://www.aawsat.com/node/5112233", "outlet": "aawsat",
		"title": "روبيو ولافروف يلتقيان في الرياض",
	})
	check(riyadhID+"/1", map[string]string{"modality": "planned", "date": "2025-03-15", "plover_context": "diplomatic",
		"location_name": "", "location_lat": ""})
	// the bombing's evidence holds commas, quotes and a line break, and comes back whole
	bomb := gazaText[strings.Index(gazaText, "بقصف"):]
	check(gazaID+"/1", map[string]string{"article_id": gazaID, "code": "195", "goldstein": "-10", "source_code": "ISRMIL",
		"target_code": "", "plover_mode": "heavy-weapons", "evidence_text": bomb, "url": "", "outlet": "aljazeera",
		"title": "الأمم المتحدة: \"لا مكان آمن\" في غزة", "date": "2024-06-04", "article_date": "2024-06-05"})
	if ev := byKey[gazaID+"/1"][col["evidence_text"]]; !strings.Contains(ev, "\n") || !strings.Contains(ev, "،") {
		t.Error("the evidence lost its line break or its comma")
	}
	check(gazaID+"/2", map[string]string{"modality": "negated", "code": "1121", "base": "112"})

	// without the BOM option the file starts with the header itself
	out, _ = run(t, st, export.CSV, export.Options{Query: marsad.EventQuery{Code: "04"}})
	if !strings.HasPrefix(out, "article_id,event_index,") {
		t.Errorf("CSV without BOM starts %q", out[:min(len(out), 30)])
	}
	if n := strings.Count(out, "\r\n"); n != 2 {
		t.Errorf("code 04 gives %d lines, want the header and 1 row", n)
	}
}

func TestJSONLRoundTrip(t *testing.T) {
	st := newStore(t)
	ctx := context.Background()
	cases := []struct {
		name string
		q    marsad.EventQuery
		want []string
	}{
		// no event filter: every article, those without events too, newest first
		{"all", marsad.EventQuery{}, []string{riyadhID, gazaID, quietID}},
		{"outlet", marsad.EventQuery{Outlet: "aawsat"}, []string{riyadhID, quietID}},
		// an event filter: the articles with a matching event, each once
		{"actor", marsad.EventQuery{Actor: "IGO"}, []string{gazaID}},
		{"modality", marsad.EventQuery{Modality: marsad.Negated}, []string{gazaID}},
		{"quad", marsad.EventQuery{Quad: 1}, []string{riyadhID}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			out, stats := run(t, st, export.JSONL, export.Options{Query: c.q})
			sc := bufio.NewScanner(strings.NewReader(out))
			sc.Buffer(nil, 1<<24)
			var got []string
			for sc.Scan() {
				var a marsad.Analysis
				if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
					t.Fatal(err)
				}
				want, err := st.Article(ctx, a.ID)
				if err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(&a, want) {
					t.Errorf("%s does not round-trip:\n got %+v\nwant %+v", a.ID, a, *want)
				}
				got = append(got, a.ID)
			}
			if c.name != "all" && c.name != "outlet" { // those two follow the article listing: newest first
				slices.Sort(got)
				slices.Sort(c.want)
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("articles %v, want %v", got, c.want)
			}
			if stats.Records != len(c.want) {
				t.Errorf("stats %+v", stats)
			}
		})
	}
	// and the stored analysis is the one that was put (so the export equals the analyze output)
	a, err := st.Article(ctx, riyadhID)
	if err != nil {
		t.Fatal(err)
	}
	if orig := riyadh(t); !reflect.DeepEqual(a.Events, orig.Events) || a.Text != orig.Text {
		t.Error("the store changed the riyadh analysis")
	}
}

func TestWriteAnalysis(t *testing.T) {
	// A Writer needs no store: the analysis is enough.
	var b strings.Builder
	w, err := export.NewWriter(&b, export.GDELTEvents, export.Options{AllModalities: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.WriteAnalysis(gaza(t)); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows := tsv(t, b.String(), 61)
	if len(rows) != 3 || rows[2][0] != id(gazaID, 2) || rows[2][26] != "1121" {
		t.Errorf("rows %v", rows)
	}
	if s := w.Stats(); s.Records != 3 {
		t.Errorf("stats %+v", s)
	}
}

func TestParseFormat(t *testing.T) {
	for _, f := range export.Formats() {
		if g, err := export.ParseFormat(string(f)); err != nil || g != f {
			t.Errorf("ParseFormat(%q) = %q, %v", f, g, err)
		}
	}
	if f, err := export.ParseFormat(" GDELT-Events "); err != nil || f != export.GDELTEvents {
		t.Errorf("ParseFormat is not lenient about case and spaces: %q %v", f, err)
	}
	if _, err := export.ParseFormat("xlsx"); err == nil {
		t.Error("xlsx accepted")
	}
	if _, err := export.NewWriter(&strings.Builder{}, "gdelt", export.Options{}); err == nil {
		t.Error("NewWriter accepted an unknown format")
	}
}

// A caller may decode analyses into one variable and pass the same pointer each time: the
// Writer must not keep the first text's offsets.
func TestWriterReusedAnalysis(t *testing.T) {
	var b strings.Builder
	w, err := export.NewWriter(&b, export.CSV, export.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var a marsad.Analysis
	for _, src := range []*marsad.Analysis{riyadh(t), gaza(t)} {
		a = *src
		if err := w.WriteAnalysis(&a); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 6 {
		t.Fatalf("%d rows", len(rows))
	}
	if got := rows[3][34]; got != gazaS0 {
		t.Errorf("evidence of the first gaza event = %q, want %q", got, gazaS0)
	}
}

// interleaved is a Source whose events alternate between articles, as a store that lists
// events by their own dates may: nothing may depend on an article's events coming together.
type interleaved struct {
	export.Source
	reads int // Article calls
}

func (s *interleaved) Events(ctx context.Context, q marsad.EventQuery) ([]marsad.StoredEvent, error) {
	limit, offset := q.Limit, q.Offset
	q.Limit, q.Offset = marsad.MaxLimit, 0
	evs, err := s.Source.Events(ctx, q)
	if err != nil {
		return nil, err
	}
	byArticle := map[string][]marsad.StoredEvent{}
	var order []string
	for _, e := range evs {
		if byArticle[e.ArticleID] == nil {
			order = append(order, e.ArticleID)
		}
		byArticle[e.ArticleID] = append(byArticle[e.ArticleID], e)
	}
	var mixed []marsad.StoredEvent
	for i := 0; len(mixed) < len(evs); i++ {
		for _, id := range order {
			if i < len(byArticle[id]) {
				mixed = append(mixed, byArticle[id][i])
			}
		}
	}
	if offset >= len(mixed) {
		return nil, nil
	}
	return mixed[offset:min(offset+limit, len(mixed))], nil
}

func (s *interleaved) Article(ctx context.Context, id string) (*marsad.Analysis, error) {
	s.reads++
	return s.Source.Article(ctx, id)
}

func TestInterleavedEvents(t *testing.T) {
	st := newStore(t)
	src := &interleaved{Source: st}
	out, stats := run(t, src, export.JSONL, export.Options{Query: marsad.EventQuery{Since: "2024-01-01"}, PageSize: 2})
	var ids []string
	for _, r := range lines(t, out) {
		ids = append(ids, r["id"].(string))
	}
	slices.Sort(ids)
	if fmt.Sprint(ids) != fmt.Sprint([]string{gazaID, riyadhID}) || stats.Events != 5 {
		t.Errorf("jsonl over interleaved events wrote %v after %d events, want each article once", ids, stats.Events)
	}
	src.reads = 0
	out, stats = run(t, src, export.GDELTEvents, export.Options{AllModalities: true, PageSize: 2})
	if n := len(tsv(t, out, 61)); n != 5 {
		t.Errorf("%d rows, want 5", n)
	}
	if src.reads != 2 || stats.Articles != 2 {
		t.Errorf("read %d articles for 2 (stats %+v): the cache does not hold them", src.reads, stats)
	}
}
