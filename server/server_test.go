package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"marsad"
	"marsad/analyze"
	"marsad/store/sqlite"
	"marsad/store/storetest"
)

const testToken = "s3cret-token"

var (
	analyzerOnce sync.Once
	analyzer     *analyze.Analyzer
	analyzerErr  error
)

// realAnalyzer is the whole pipeline the product runs (statistical tagger included), built once
// for the package.
func realAnalyzer(t testing.TB) *analyze.Analyzer {
	t.Helper()
	analyzerOnce.Do(func() { analyzer, analyzerErr = analyze.New(analyze.Options{}) })
	if analyzerErr != nil {
		t.Fatalf("analyzer: %v", analyzerErr)
	}
	return analyzer
}

// exampleText is the example article of the repository.
func exampleText(t testing.TB) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "examples", "riyadh-talks.ar.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// newTest starts a server over a fresh SQLite file with the real analyzer. opt's zero fields
// get the test defaults.
func newTest(t testing.TB, opt Options) (*httptest.Server, *Server, marsad.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opt.Store = st
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Analyzer == nil {
		opt.Analyzer = realAnalyzer(t)
	}
	if opt.Token == "" {
		opt.Token = testToken
	}
	s, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return ts, s, st
}

type resp struct {
	status int
	header http.Header
	body   []byte
}

func (r resp) json(t testing.TB, v any) {
	t.Helper()
	if err := json.Unmarshal(r.body, v); err != nil {
		t.Fatalf("response %d is not JSON: %v\n%s", r.status, err, r.body)
	}
}

func do(t testing.TB, method, u string, body any, hdr map[string]string) resp {
	t.Helper()
	var rd io.Reader
	switch b := body.(type) {
	case nil:
	case string:
		rd = strings.NewReader(b)
	case []byte:
		rd = bytes.NewReader(b)
	default:
		j, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		rd = bytes.NewReader(j)
	}
	req, err := http.NewRequest(method, u, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp{res.StatusCode, res.Header, b}
}

var auth = map[string]string{"Authorization": "Bearer " + testToken}

func post(t testing.TB, base string, in ArticleInput) (resp, PostResult) {
	t.Helper()
	r := do(t, "POST", base+"/api/articles", in, auth)
	var out PostResult
	if r.status < 300 {
		r.json(t, &out)
	}
	return r, out
}

// paragraphs splits the example article into short real articles, one per paragraph, dated a
// day apart from 2025-02-01, for the list and pagination tests.
func paragraphs(t testing.TB) []ArticleInput {
	var out []ArticleInput
	for i, p := range strings.Split(exampleText(t), "\n") {
		if p = strings.TrimSpace(p); marsad.RuneLen(p) < 40 {
			continue
		}
		out = append(out, ArticleInput{ID: fmt.Sprintf("para-%02d", i), Source: "example",
			Date: time.Date(2025, 2, 1+len(out), 0, 0, 0, 0, time.UTC).Format(marsad.DateLayout), Text: p})
	}
	if len(out) < 5 {
		t.Fatalf("only %d paragraphs", len(out))
	}
	return out
}

func TestPostSearchRead(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	text := exampleText(t)
	r, out := post(t, ts.URL, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Source: "example", Text: text})
	if r.status != http.StatusCreated || !out.Inserted || out.ID != "riyadh-talks" {
		t.Fatalf("first POST: %d %+v %s", r.status, out, r.body)
	}
	if loc := r.header.Get("Location"); loc != "/api/articles/riyadh-talks" {
		t.Errorf("Location = %q", loc)
	}
	if out.Hash != marsad.ContentHash(text) || out.Events == 0 || out.Entities == 0 {
		t.Errorf("POST result %+v", out)
	}
	// the same text again adds nothing
	r, again := post(t, ts.URL, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Source: "example", Text: text})
	if r.status != http.StatusOK || again.Inserted || again.ID != "riyadh-talks" {
		t.Errorf("second POST: %d %+v", r.status, again)
	}
	// a different text under the same id is a conflict
	r, _ = post(t, ts.URL, ArticleInput{ID: "riyadh-talks", Text: "التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض."})
	var e ErrorBody
	r.json(t, &e)
	if r.status != http.StatusConflict || e.Code != "id_conflict" || e.Status != 409 {
		t.Errorf("conflict: %d %+v", r.status, e)
	}

	// search finds the article across clitics, with highlights on the original text
	r = do(t, "GET", ts.URL+"/api/articles?q="+url.QueryEscape("لافروف"), nil, nil)
	var page Page[ArticleHit]
	r.json(t, &page)
	if r.status != 200 || page.Total != 1 || len(page.Items) != 1 || page.Items[0].ID != "riyadh-talks" {
		t.Fatalf("search: %d %s", r.status, r.body)
	}
	hit := page.Items[0]
	if len(hit.Highlights) == 0 {
		t.Fatal("no highlights")
	}
	for _, h := range hit.Highlights {
		if got := marsad.SliceRunes(text, h); !strings.Contains(got, "لافروف") {
			t.Errorf("highlight %v covers %q", h, got)
		}
	}
	if want := marsad.SliceRunes(text, hit.Snippet); hit.SnippetText != want || !strings.Contains(want, "لافروف") {
		t.Errorf("snippet %q, want %q", hit.SnippetText, want)
	}

	// the article reads back whole, with a 044 (meet) event between Russia and the US
	r = do(t, "GET", ts.URL+"/api/articles/riyadh-talks", nil, nil)
	var a marsad.Analysis
	r.json(t, &a)
	if r.status != 200 || a.Text != text || a.Date != "2025-02-18" {
		t.Fatalf("article: %d, text equal %v", r.status, a.Text == text)
	}
	found := false
	for _, ev := range a.Events {
		if ev.Base == "044" && ev.Source != nil && ev.Target != nil {
			dyad := []string{ev.Source.CountryCode(), ev.Target.CountryCode()}
			slices.Sort(dyad)
			found = found || slices.Equal(dyad, []string{"RUS", "USA"})
			if got := a.Slice(ev.Trigger.Span); got != ev.Trigger.Text {
				t.Errorf("trigger span %v covers %q, not %q", ev.Trigger.Span, got, ev.Trigger.Text)
			}
		}
	}
	if !found {
		t.Error("no 044 event between USA and RUS")
	}

	// dyad, network, places and stats agree with the stored events
	r = do(t, "GET", ts.URL+"/api/dyad?a=USA&b=RUS&interval=month", nil, nil)
	var dy marsad.DyadResult
	r.json(t, &dy)
	if r.status != 200 || dy.Interval != "month" || len(dy.Periods) != 1 || dy.Periods[0].Period != "2025-02-01" ||
		dy.Total.Count == 0 || dy.Total.Count != dy.Total.AToB+dy.Total.BToA {
		t.Errorf("dyad: %d %s", r.status, r.body)
	}
	r = do(t, "GET", ts.URL+"/api/network?level=3", nil, nil)
	var net Network
	r.json(t, &net)
	ids := map[string]int{}
	for _, n := range net.Nodes {
		ids[n.ID] = n.Count
	}
	if r.status != 200 || ids["USA"] == 0 || ids["RUS"] == 0 {
		t.Errorf("network: %d %s", r.status, r.body)
	}
	r = do(t, "GET", ts.URL+"/api/stats", nil, nil)
	var st marsad.Stats
	r.json(t, &st)
	if r.status != 200 || st.Articles != 1 || st.Events != len(a.Events) {
		t.Errorf("stats: %d %s (want %d events)", r.status, r.body, len(a.Events))
	}
	r = do(t, "GET", ts.URL+"/api/places", nil, nil)
	var pl Places
	r.json(t, &pl)
	if r.status != 200 || pl.Places == nil {
		t.Errorf("places: %d %s", r.status, r.body)
	}
}

func TestAuth(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	in := ArticleInput{Text: "قال وزير الخارجية الروسي سيرجي لافروف إن بلاده مستعدة للحوار."}
	for _, tc := range []struct {
		name   string
		hdr    map[string]string
		status int
		code   string
	}{
		{"no header", nil, 401, "unauthorized"},
		{"wrong token", map[string]string{"Authorization": "Bearer nope"}, 401, "unauthorized"},
		{"not bearer", map[string]string{"Authorization": "Basic " + testToken}, 401, "unauthorized"},
		{"right token", auth, 201, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := do(t, "POST", ts.URL+"/api/articles", in, tc.hdr)
			if r.status != tc.status {
				t.Fatalf("status %d, want %d: %s", r.status, tc.status, r.body)
			}
			if tc.code != "" {
				var e ErrorBody
				r.json(t, &e)
				if e.Code != tc.code || r.header.Get("WWW-Authenticate") == "" {
					t.Errorf("error %+v, WWW-Authenticate %q", e, r.header.Get("WWW-Authenticate"))
				}
			}
		})
	}
	// reads need no token
	if r := do(t, "GET", ts.URL+"/api/articles", nil, nil); r.status != 200 {
		t.Errorf("GET without token: %d", r.status)
	}
	// a server without a token refuses every write
	st, _ := sqlite.Open(context.Background(), ":memory:")
	defer st.Close()
	s, err := New(Options{Store: st, Analyzer: realAnalyzer(t)})
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("POST", "/api/articles", strings.NewReader(`{"text":"نص"}`)))
	if rec.Code != http.StatusForbidden || !strings.Contains(rec.Body.String(), `"writes_disabled"`) {
		t.Errorf("tokenless server: %d %s", rec.Code, rec.Body)
	}
}

func TestErrors(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	post(t, ts.URL, ArticleInput{ID: "a1", Date: "2025-02-18", Text: exampleText(t)})
	for _, tc := range []struct {
		method, path string
		body         any
		status       int
		code         string
	}{
		{"GET", "/api/nothing", nil, 404, "not_found"},
		{"GET", "/api/articles/missing-id", nil, 404, "not_found"},
		{"GET", "/api/articles/bad%20id", nil, 400, "bad_request"},
		{"DELETE", "/api/articles", nil, 405, "method_not_allowed"},
		{"PUT", "/api/events", nil, 405, "method_not_allowed"},
		{"POST", "/", nil, 405, "method_not_allowed"},
		{"GET", "/no-such-file.js", nil, 404, "not_found"},
		{"GET", "/api/events?since=2025-13-01", nil, 400, "bad_request"},
		{"GET", "/api/events?since=2025-03-01&until=2025-02-01", nil, 400, "bad_request"},
		{"GET", "/api/events?quad=5", nil, 400, "bad_request"},
		{"GET", "/api/events?code=04x", nil, 400, "bad_request"},
		{"GET", "/api/events?code=044&root=05", nil, 400, "bad_request"},
		{"GET", "/api/events?modality=maybe", nil, 400, "bad_request"},
		{"GET", "/api/events?actor=US%27%3B--", nil, 400, "bad_request"},
		{"GET", "/api/events?limit=0", nil, 400, "bad_request"},
		{"GET", "/api/events?limit=100000", nil, 400, "bad_request"},
		{"GET", "/api/events?offset=-1", nil, 400, "bad_request"},
		{"GET", "/api/events?format=xml", nil, 400, "bad_request"},
		{"GET", "/api/events?q=%zz", nil, 400, "bad_request"},
		{"GET", "/api/dyad?a=USA", nil, 400, "bad_request"},
		{"GET", "/api/dyad?a=USA&b=RUS&interval=year", nil, 400, "bad_request"},
		{"GET", "/api/dyad?a=USA&b=RUS&directed=perhaps", nil, 400, "bad_request"},
		{"GET", "/api/network?level=-1", nil, 400, "bad_request"},
		{"GET", "/api/articles?q=" + url.QueryEscape("، . !"), nil, 400, "bad_query"},
		{"GET", "/api/articles?since=yesterday", nil, 400, "bad_request"},
		{"POST", "/api/articles", "{", 400, "bad_request"},
		{"POST", "/api/articles", "", 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"نص"} {}`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"نص","lang":"ar"}`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"   "}`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":42}`, 400, "bad_request"},
		{"POST", "/api/articles", `["نص"]`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"نص","date":"18/02/2025"}`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"نص","id":"a/b"}`, 400, "bad_request"},
		{"POST", "/api/articles", `{"text":"نص","url":"javascript:alert(1)"}`, 400, "bad_request"},
	} {
		t.Run(tc.method+" "+tc.path, func(t *testing.T) {
			r := do(t, tc.method, ts.URL+tc.path, tc.body, auth)
			var e ErrorBody
			r.json(t, &e)
			if r.status != tc.status || e.Code != tc.code || e.Status != tc.status || e.Error == "" {
				t.Errorf("got %d %+v, want %d %s", r.status, e, tc.status, tc.code)
			}
			if ct := r.header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if tc.status == 405 && r.header.Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
	// a body that is not JSON
	r := do(t, "POST", ts.URL+"/api/articles", nil, map[string]string{"Authorization": auth["Authorization"], "Content-Type": "text/plain"})
	if r.status != http.StatusUnsupportedMediaType {
		t.Errorf("text/plain body: %d", r.status)
	}
}

func TestSizeLimits(t *testing.T) {
	ts, _, _ := newTest(t, Options{MaxBodyBytes: 2048, MaxTextBytes: 1024})
	long := strings.Repeat("التقى وزير الخارجية نظيره في الرياض. ", 100) // ~6.6 kB
	r := do(t, "POST", ts.URL+"/api/articles", ArticleInput{Text: long}, auth)
	var e ErrorBody
	r.json(t, &e)
	if r.status != http.StatusRequestEntityTooLarge || e.Code != "too_large" {
		t.Errorf("large body: %d %+v", r.status, e)
	}
	// under the body limit (the JSON escapes nothing) but over the text limit
	mid := strings.Repeat("التقى الوزيران في الرياض. ", 30) // ~1.4 kB
	r = do(t, "POST", ts.URL+"/api/articles", ArticleInput{Text: mid}, auth)
	r.json(t, &e)
	if r.status != http.StatusRequestEntityTooLarge || e.Code != "too_large" {
		t.Errorf("large text: %d %+v", r.status, e)
	}
	short := "التقى الوزيران في الرياض."
	if r := do(t, "POST", ts.URL+"/api/articles", ArticleInput{Text: short}, auth); r.status != http.StatusCreated {
		t.Errorf("small text: %d %s", r.status, r.body)
	}
}

func TestTimeouts(t *testing.T) {
	st, _ := sqlite.Open(context.Background(), ":memory:")
	defer st.Close()
	s, err := New(Options{Store: st})
	if err != nil {
		t.Fatal(err)
	}
	hs := s.HTTPServer("127.0.0.1:0")
	if hs.ReadTimeout != DefaultReadTimeout || hs.WriteTimeout != DefaultWriteTimeout || hs.IdleTimeout != DefaultIdleTimeout ||
		hs.ReadHeaderTimeout <= 0 || hs.ReadHeaderTimeout > hs.ReadTimeout || hs.MaxHeaderBytes <= 0 || hs.Handler != s {
		t.Errorf("default timeouts: %+v", hs)
	}
	s, _ = New(Options{Store: st, ReadTimeout: time.Second, WriteTimeout: 2 * time.Second, IdleTimeout: 3 * time.Second})
	hs = s.HTTPServer(":9999")
	if hs.Addr != ":9999" || hs.ReadTimeout != time.Second || hs.WriteTimeout != 2*time.Second || hs.IdleTimeout != 3*time.Second {
		t.Errorf("set timeouts: %+v", hs)
	}
	// the request timeout bounds the store's work: an expired one answers 503
	s, _ = New(Options{Store: st, RequestTimeout: time.Nanosecond})
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest("GET", "/api/events", nil))
	var e ErrorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || rec.Code != 503 || e.Code != "timeout" {
		t.Errorf("expired request: %d %s", rec.Code, rec.Body)
	}
}

func TestPagination(t *testing.T) {
	ts, _, st := newTest(t, Options{})
	paras := paragraphs(t)
	for _, p := range paras {
		if r, _ := post(t, ts.URL, p); r.status != http.StatusCreated {
			t.Fatalf("POST %s: %d %s", p.ID, r.status, r.body)
		}
	}
	// articles, newest first, two at a time
	var ids []string
	for off := 0; ; {
		r := do(t, "GET", fmt.Sprintf("%s/api/articles?limit=2&offset=%d", ts.URL, off), nil, nil)
		var page Page[ArticleHit]
		r.json(t, &page)
		if page.Total != len(paras) || page.Limit != 2 || page.Offset != off || len(page.Items) > 2 {
			t.Fatalf("page at %d: %s", off, r.body)
		}
		for _, it := range page.Items {
			ids = append(ids, it.ID)
		}
		if page.NextOffset == 0 {
			if off+len(page.Items) != len(paras) {
				t.Errorf("last page at %d has %d items of %d", off, len(page.Items), len(paras))
			}
			break
		}
		if page.NextOffset != off+2 {
			t.Fatalf("next_offset %d after %d", page.NextOffset, off)
		}
		off = page.NextOffset
	}
	want := make([]string, len(paras))
	for i, p := range paras {
		want[len(paras)-1-i] = p.ID // later dates first
	}
	if !slices.Equal(ids, want) {
		t.Errorf("pages gave %v, want %v", ids, want)
	}

	// events: the pages cover the total, each event once
	total, err := st.CountEvents(context.Background(), marsad.EventQuery{})
	if err != nil || total < 4 {
		t.Fatalf("count %d %v", total, err)
	}
	seen := map[string]bool{}
	for off := 0; off < total; off += 3 {
		r := do(t, "GET", fmt.Sprintf("%s/api/events?limit=3&offset=%d", ts.URL, off), nil, nil)
		var page Page[marsad.StoredEvent]
		r.json(t, &page)
		if page.Total != total {
			t.Fatalf("events page at %d: total %d, want %d", off, page.Total, total)
		}
		if wantNext := min(off+3, total); (wantNext < total) != (page.NextOffset == wantNext) {
			t.Errorf("events page at %d: next_offset %d", off, page.NextOffset)
		}
		for _, e := range page.Items {
			k := fmt.Sprintf("%s/%d", e.ArticleID, e.Index)
			if seen[k] {
				t.Errorf("event %s twice", k)
			}
			seen[k] = true
		}
	}
	if len(seen) != total {
		t.Errorf("pages held %d events, want %d", len(seen), total)
	}
	// past the end: an empty page that still tells the total
	r := do(t, "GET", fmt.Sprintf("%s/api/events?offset=%d", ts.URL, total+10), nil, nil)
	var page Page[marsad.StoredEvent]
	r.json(t, &page)
	if r.status != 200 || page.Total != total || page.Items == nil || len(page.Items) != 0 || page.NextOffset != 0 {
		t.Errorf("past the end: %s", r.body)
	}
}

func TestEventFiltersAndCSV(t *testing.T) {
	ts, _, st := newTest(t, Options{})
	post(t, ts.URL, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Source: "example", Text: exampleText(t)})
	ctx := context.Background()
	for _, tc := range []struct {
		query string
		want  marsad.EventQuery
	}{
		{"code=044", marsad.EventQuery{Code: "044"}},
		{"root=04", marsad.EventQuery{Code: "04"}},
		{"actor=rus", marsad.EventQuery{Actor: "RUS"}},
		{"source=USA&target=RUS", marsad.EventQuery{Source: "USA", Target: "RUS"}},
		{"quad=1&modality=asserted", marsad.EventQuery{Quad: 1, Modality: "asserted"}},
		{"since=2025-02-18&until=2025-02-18", marsad.EventQuery{Since: "2025-02-18", Until: "2025-02-18"}},
		{"since=2025-03-01", marsad.EventQuery{Since: "2025-03-01"}},
		{"outlet=example&article=riyadh-talks", marsad.EventQuery{Outlet: "example", ArticleID: "riyadh-talks"}},
		{"outlet=other", marsad.EventQuery{Outlet: "other"}},
	} {
		t.Run(tc.query, func(t *testing.T) {
			want, err := st.CountEvents(ctx, tc.want)
			if err != nil {
				t.Fatal(err)
			}
			r := do(t, "GET", ts.URL+"/api/events?limit=1000&"+tc.query, nil, nil)
			var page Page[marsad.StoredEvent]
			r.json(t, &page)
			if r.status != 200 || page.Total != want || len(page.Items) != want {
				t.Fatalf("JSON: %d total %d items %d, want %d", r.status, page.Total, len(page.Items), want)
			}
			r = do(t, "GET", ts.URL+"/api/events?format=csv&"+tc.query, nil, nil)
			if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/csv") ||
				!strings.Contains(r.header.Get("Content-Disposition"), "attachment") {
				t.Fatalf("CSV: %d %v", r.status, r.header)
			}
			rows, err := csv.NewReader(bytes.NewReader(r.body)).ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rows[0], CSVHeader) || len(rows)-1 != want {
				t.Fatalf("CSV has %d rows, want %d; header %v", len(rows)-1, want, rows[0])
			}
			for i, row := range rows[1:] {
				ev := page.Items[i]
				if row[0] != ev.ArticleID || row[4] != ev.Code || (tc.want.Code != "" && !strings.HasPrefix(row[4], tc.want.Code)) {
					t.Errorf("row %d %v does not match event %s %s", i, row[:5], ev.ArticleID, ev.Code)
				}
			}
		})
	}
	// a CSV limit cuts the export
	r := do(t, "GET", ts.URL+"/api/events?format=csv&limit=2", nil, nil)
	rows, _ := csv.NewReader(bytes.NewReader(r.body)).ReadAll()
	if len(rows) != 3 {
		t.Errorf("CSV limit=2 gave %d rows", len(rows))
	}
}

func TestCSVCell(t *testing.T) {
	for in, want := range map[string]string{
		"لافروف":            "لافروف",
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+966":              "'+966",
		"-1":                "'-1",
		"@SUM(A1)":          "'@SUM(A1)",
		"":                  "",
		"044":               "044",
	} {
		if got := cell(in); got != want {
			t.Errorf("cell(%q) = %q, want %q", in, got, want)
		}
	}
	e := marsad.StoredEvent{ArticleID: "a", Event: marsad.Event{Code: "044", Goldstein: -2.5,
		Source: &marsad.Participant{Text: "=لافروف", ActorRef: marsad.ActorRef{Code: "RUSGOV"}}}}
	row := csvRow(&e)
	if len(row) != len(CSVHeader) || row[9] != "-2.5" || row[11] != "RUSGOV" || row[13] != "'=لافروف" {
		t.Errorf("row %q", row)
	}
}

func TestOpenAPI(t *testing.T) {
	ts, s, _ := newTest(t, Options{})
	r := do(t, "GET", ts.URL+"/openapi.json", nil, nil)
	var doc struct {
		OpenAPI string                               `json:"openapi"`
		Info    map[string]any                       `json:"info"`
		Paths   map[string]map[string]map[string]any `json:"paths"`
		Comps   struct {
			Schemas map[string]any `json:"schemas"`
		} `json:"components"`
	}
	r.json(t, &doc)
	if r.status != 200 || !strings.HasPrefix(doc.OpenAPI, "3.") || doc.Info["title"] == nil || doc.Info["version"] == nil {
		t.Fatalf("document head: %d %s %v", r.status, doc.OpenAPI, doc.Info)
	}
	routes := s.Routes()
	if len(routes) < 11 {
		t.Fatalf("only %d routes", len(routes))
	}
	for _, rt := range routes {
		method, path, _ := strings.Cut(rt, " ")
		op := doc.Paths[path][strings.ToLower(method)]
		if op == nil {
			t.Errorf("%s is not in /openapi.json", rt)
			continue
		}
		if op["responses"] == nil || op["operationId"] == nil {
			t.Errorf("%s lacks responses or operationId", rt)
		}
		// every path parameter is declared
		for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(path, -1) {
			if !strings.Contains(fmt.Sprint(op["parameters"]), "name:"+m[1]) {
				t.Errorf("%s does not declare path parameter %s", rt, m[1])
			}
		}
	}
	// and nothing documented is missing from the server
	for path, ops := range doc.Paths {
		for method := range ops {
			if !slices.Contains(routes, strings.ToUpper(method)+" "+path) {
				t.Errorf("documented %s %s is not served", method, path)
			}
		}
	}
	// every $ref resolves
	for _, m := range regexp.MustCompile(`"\$ref":\s*"#/components/schemas/(\w+)"`).FindAllStringSubmatch(string(r.body), -1) {
		if doc.Comps.Schemas[m[1]] == nil {
			t.Errorf("unresolved $ref %s", m[1])
		}
	}
	// the schemas follow the json tags of the types the handlers send
	ev, _ := json.Marshal(doc.Comps.Schemas["Event"])
	for _, field := range []string{`"code"`, `"goldstein"`, `"modality"`, `"evidence"`, `"trigger"`, `"rule"`} {
		if !strings.Contains(string(ev), field) {
			t.Errorf("Event schema lacks %s", field)
		}
	}
}

// metricLine is one sample line of the text exposition format.
var metricLine = regexp.MustCompile(`^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? [-+]?([0-9.]+([eE][-+]?[0-9]+)?|Inf|NaN)$`)

func TestMetrics(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	post(t, ts.URL, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Text: exampleText(t)})
	do(t, "GET", ts.URL+"/api/events?limit=5", nil, nil)
	do(t, "GET", ts.URL+"/api/events?limit=5", nil, nil)
	do(t, "GET", ts.URL+"/api/articles/nope", nil, nil)
	r := do(t, "GET", ts.URL+"/metrics", nil, nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/plain; version=0.0.4") {
		t.Fatalf("metrics: %d %v", r.status, r.header)
	}
	body := string(r.body)
	for _, want := range []string{
		`marsad_http_requests_total{route="/api/articles",method="POST",status="201"} 1`,
		`marsad_http_requests_total{route="/api/events",method="GET",status="200"} 2`,
		`marsad_http_requests_total{route="/api/articles/{id}",method="GET",status="404"} 1`,
		`marsad_http_request_duration_seconds_bucket{route="/api/events",status="200",le="+Inf"} 2`,
		`marsad_http_request_duration_seconds_count{route="/api/events",status="200"} 2`,
		`marsad_analyses_total{result="ok"} 1`,
		`marsad_store_up 1`,
		`marsad_store_rows{kind="articles"} 1`,
		"# TYPE marsad_http_request_duration_seconds histogram",
		"process_resident_memory_bytes ",
	} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %q", want)
		}
	}
	types := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(body), "\n") {
		if rest, ok := strings.CutPrefix(line, "# TYPE "); ok {
			name, _, _ := strings.Cut(rest, " ")
			if types[name] {
				t.Errorf("TYPE %s twice", name)
			}
			types[name] = true
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		if !metricLine.MatchString(line) {
			t.Errorf("malformed sample line %q", line)
		}
	}
	// histogram buckets are cumulative
	re := regexp.MustCompile(`marsad_http_request_duration_seconds_bucket\{route="/api/events",status="200",le="[^"]+"\} (\d+)`)
	last := -1
	for _, m := range re.FindAllStringSubmatch(body, -1) {
		var n int
		fmt.Sscan(m[1], &n)
		if n < last {
			t.Errorf("bucket counts fall: %d after %d", n, last)
		}
		last = n
	}
}

func TestHealthAndUI(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	r := do(t, "GET", ts.URL+"/healthz", nil, nil)
	var h Health
	r.json(t, &h)
	if r.status != 200 || h.Status != "ok" || !h.Writes {
		t.Errorf("healthz: %d %s", r.status, r.body)
	}
	r = do(t, "GET", ts.URL+"/", nil, nil)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") ||
		!strings.Contains(string(r.body), `dir="rtl"`) || !strings.Contains(r.header.Get("Content-Security-Policy"), "script-src 'self'") {
		t.Errorf("index: %d %v", r.status, r.header)
	}
	for _, p := range []string{"/static/app.js", "/static/views/article.js", "/vendor/echarts/echarts.common.min.js",
		"/vendor/cytoscape/cytoscape.min.js", "/vendor/leaflet/leaflet.js", "/vendor/topojson-client/topojson-client.min.js",
		"/vendor/world-atlas/countries-50m.json"} {
		if r := do(t, "GET", ts.URL+p, nil, nil); r.status != 200 || len(r.body) == 0 {
			t.Errorf("%s: %d", p, r.status)
		}
	}
}

// TestNoInnerHTML guards the rule that the UI never parses article data as HTML.
func TestNoInnerHTML(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	for _, p := range []string{"/static/app.js", "/static/dom.js", "/static/api.js", "/static/views/search.js",
		"/static/views/article.js", "/static/views/events.js", "/static/views/dyad.js", "/static/views/network.js", "/static/views/map.js"} {
		r := do(t, "GET", ts.URL+p, nil, nil)
		if r.status != 200 {
			t.Fatalf("%s: %d", p, r.status)
		}
		for _, bad := range []string{"innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("} {
			if strings.Contains(string(r.body), bad) {
				t.Errorf("%s uses %s", p, bad)
			}
		}
	}
}

func TestResponseCache(t *testing.T) {
	ts, _, _ := newTest(t, Options{})
	get := func(path string) (string, []byte) {
		r := do(t, "GET", ts.URL+path, nil, nil)
		if r.status != 200 {
			t.Fatalf("%s: %d", path, r.status)
		}
		return r.header.Get("X-Cache"), r.body
	}
	if c, _ := get("/api/stats"); c != "miss" {
		t.Errorf("first stats: X-Cache %q", c)
	}
	c, before := get("/api/stats")
	if c != "hit" {
		t.Errorf("second stats: X-Cache %q", c)
	}
	// a write drops the cached answers: the stats show the new article at once
	post(t, ts.URL, ArticleInput{ID: "a1", Date: "2025-02-18", Text: "التقى وزير الخارجية السعودي نظيره الأمريكي في الرياض."})
	c, after := get("/api/stats")
	var st marsad.Stats
	if err := json.Unmarshal(after, &st); err != nil || c != "miss" || st.Articles != 1 || bytes.Equal(before, after) {
		t.Errorf("stats after a write: X-Cache %q, %s", c, after)
	}
	// other query strings are other answers; CSV is never kept
	if c, _ := get("/api/events?limit=1"); c != "miss" {
		t.Errorf("events: %q", c)
	}
	if c, _ := get("/api/events?limit=2"); c != "miss" {
		t.Errorf("events limit=2: %q", c)
	}
	get("/api/events?format=csv")
	if c, _ := get("/api/events?format=csv"); c != "miss" {
		t.Errorf("csv: %q", c)
	}
	// errors are not kept
	do(t, "GET", ts.URL+"/api/articles/none", nil, nil)
	if r := do(t, "GET", ts.URL+"/api/articles/none", nil, nil); r.status != 404 || r.header.Get("X-Cache") != "miss" {
		t.Errorf("404 twice: %d %q", r.status, r.header.Get("X-Cache"))
	}
	// a negative TTL turns the cache off
	ts2, _, _ := newTest(t, Options{CacheTTL: -1})
	for range 2 {
		if r := do(t, "GET", ts2.URL+"/api/stats", nil, nil); r.header.Get("X-Cache") != "" {
			t.Errorf("cache off: X-Cache %q", r.header.Get("X-Cache"))
		}
	}
	// the cache keeps within its byte budget
	c2 := newRespCache(time.Minute, 1000)
	for i := range 100 {
		c2.put(fmt.Sprint("k", i), &cached{body: make([]byte, 100), at: time.Now()})
	}
	if c2.bytes > 1000 || len(c2.entries) != 10 || c2.get("k99") == nil || c2.get("k0") != nil {
		t.Errorf("cache holds %d bytes in %d entries", c2.bytes, len(c2.entries))
	}
}

// TestCappedTotal checks the totals of event pages over more events than CountAhead: a filtered
// total stops at the page's end plus CountAhead and says so; the total of all events is exact.
func TestCappedTotal(t *testing.T) {
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if _, err := st.PutMany(context.Background(), storetest.Synthetic(800)); err != nil {
		t.Fatal(err)
	}
	all, err := st.CountEvents(context.Background(), marsad.EventQuery{})
	if err != nil {
		t.Fatal(err)
	}
	since := marsad.EventQuery{Since: "2020-01-01"}
	matching, err := st.CountEvents(context.Background(), since)
	if err != nil || matching <= CountAhead+20 {
		t.Fatalf("the test needs more than %d matching events: %d, %v", CountAhead+20, matching, err)
	}
	s, err := New(Options{Store: st, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	for _, tc := range []struct {
		query  string
		total  int
		capped bool
	}{
		{"limit=10", all, false},                             // kept by the store: exact
		{"limit=10&since=2020-01-01", 10 + CountAhead, true}, // stopped counting
		{"limit=10&offset=10&since=2020-01-01", 20 + CountAhead, true},
		{"limit=10&since=2022-01-01", -1, false}, // few: exact
	} {
		r := do(t, "GET", ts.URL+"/api/events?"+tc.query, nil, nil)
		var page Page[marsad.StoredEvent]
		r.json(t, &page)
		if tc.total < 0 {
			q := marsad.EventQuery{Since: "2022-01-01"}
			if tc.total, err = st.CountEvents(context.Background(), q); err != nil || tc.total <= 10 || tc.total >= CountAhead {
				t.Fatalf("events since 2022-01-01: %d, %v", tc.total, err)
			}
		}
		if r.status != 200 || page.Total != tc.total || page.TotalCapped != tc.capped || page.NextOffset == 0 {
			t.Errorf("%s: status %d total %d capped %v next %d; want total %d capped %v",
				tc.query, r.status, page.Total, page.TotalCapped, page.NextOffset, tc.total, tc.capped)
		}
		if strings.Contains(string(r.body), "total_capped") != tc.capped {
			t.Errorf("%s: total_capped shown wrongly: %.200s", tc.query, r.body)
		}
	}
}
