package server

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"marsad"
)

// Page is one page of a paginated list.
type Page[T any] struct {
	Total int `json:"total"` // items matching, over all pages (a lower bound when TotalCapped)
	// TotalCapped says that the store stopped counting at Total: at least that many match.
	// Event lists and searches count at most CountAhead past the page.
	TotalCapped bool `json:"total_capped,omitempty"`
	Limit       int  `json:"limit"`
	Offset      int  `json:"offset"`
	// NextOffset is the offset of the next page; absent on the last page.
	NextOffset int `json:"next_offset,omitempty"`
	Items      []T `json:"items"`
}

func newPage[T any](items []T, total, limit, offset int) Page[T] {
	if items == nil {
		items = []T{}
	}
	p := Page[T]{Total: total, Limit: limit, Offset: offset, Items: items}
	if offset+len(items) < total && len(items) > 0 {
		p.NextOffset = offset + len(items)
	}
	return p
}

// listArticles lists articles, newest first, or searches them when q is given.
func (s *Server) listArticles(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL)
	if err != nil {
		return err
	}
	text := p.str("q")
	since, until := p.date("since"), p.date("until")
	outlet, actor := p.str("outlet"), p.code("actor")
	limit, offset := p.page()
	if p.err != nil {
		return p.err
	}
	if text == "" {
		res, err := s.opt.Store.Articles(r.Context(), marsad.ArticleQuery{
			Since: since, Until: until, Outlet: outlet, Actor: actor, Limit: limit, Offset: offset})
		if err != nil {
			return err
		}
		hits := make([]ArticleHit, len(res.Articles))
		for i, a := range res.Articles {
			hits[i].SearchHit = marsad.SearchHit{ArticleSummary: a, Highlights: []marsad.Span{}}
		}
		writeJSON(w, http.StatusOK, newPage(hits, res.Total, limit, offset))
		return nil
	}
	res, err := s.opt.Store.Search(r.Context(), marsad.SearchQuery{
		Text: text, Since: since, Until: until, Outlet: outlet, Actor: actor, Limit: limit, Offset: offset,
		MaxTotal: offset + limit + CountAhead})
	if err != nil {
		return err
	}
	hits := make([]ArticleHit, len(res.Hits))
	for i, hit := range res.Hits {
		hits[i].SearchHit = hit
	}
	if err := s.snippets.fill(r.Context(), s.opt.Store, hits[:min(len(hits), maxSnippets)]); err != nil {
		return err
	}
	page := newPage(hits, res.Total, limit, offset)
	page.TotalCapped = res.TotalCapped
	writeJSON(w, http.StatusOK, page)
	return nil
}

// maxSnippets bounds the hits of one page that get their snippet text.
const maxSnippets = 50

// ArticleHit is an article as listed or found. A search hit carries highlight spans and the
// text of its snippet (SnippetText is the original text over the span Snippet).
type ArticleHit struct {
	marsad.SearchHit
	SnippetText string `json:"snippet_text,omitempty"`
}

// getArticle returns a stored analysis.
func (s *Server) getArticle(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	if err := checkID(id); err != nil {
		return err
	}
	a, err := s.opt.Store.Article(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, a)
	return nil
}

// ArticleInput is the body of POST /api/articles.
type ArticleInput struct {
	ID     string `json:"id,omitempty"` // optional: derived from the text's hash when empty
	Title  string `json:"title,omitempty"`
	URL    string `json:"url,omitempty"`
	Source string `json:"source,omitempty"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD
	Text   string `json:"text"`
}

// PostResult is the answer to POST /api/articles.
type PostResult struct {
	ID       string   `json:"id"`
	Inserted bool     `json:"inserted"` // false when the same text was already stored
	Hash     string   `json:"hash"`
	Location string   `json:"location"` // the URL of the stored article
	Events   int      `json:"events"`
	Entities int      `json:"entities"`
	Quotes   int      `json:"quotes"`
	Warnings []string `json:"warnings,omitempty"`
}

const maxIDRunes = 128

// checkID accepts ids of letters, digits and . _ : - (so they are safe in a URL path).
func checkID(id string) error {
	if id == "" || utf8.RuneCountInString(id) > maxIDRunes || !utf8.ValidString(id) {
		return badRequest("article id must be 1 to %d characters", maxIDRunes)
	}
	for _, c := range id {
		if !(unicode.IsLetter(c) || unicode.IsDigit(c) || strings.ContainsRune("._:-", c)) {
			return badRequest("article id %q may hold only letters, digits and . _ : -", id)
		}
	}
	return nil
}

// decodeArticle reads and checks the body of POST /api/articles.
func (s *Server) decodeArticle(r *http.Request) (marsad.Article, error) {
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, err := mime.ParseMediaType(ct)
		// curl -d sends application/x-www-form-urlencoded: take its body as JSON too (a write
		// needs the bearer token, which no cross-site form can send)
		if err != nil || (mt != "application/json" && !strings.HasSuffix(mt, "+json") && mt != "application/x-www-form-urlencoded") {
			return marsad.Article{}, &apiError{Status: http.StatusUnsupportedMediaType, Code: "unsupported_media_type",
				Message: "the body must be JSON (Content-Type: application/json)"}
		}
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	var in ArticleInput
	if err := dec.Decode(&in); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return marsad.Article{}, err
		}
		if errors.Is(err, io.EOF) {
			return marsad.Article{}, badRequest("empty body: send a JSON article {\"text\": …}")
		}
		return marsad.Article{}, badRequest("malformed JSON article: %v", err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return marsad.Article{}, err
		}
		return marsad.Article{}, badRequest("malformed JSON article: data after the object")
	}
	art := marsad.Article{ID: strings.TrimSpace(in.ID), Title: strings.TrimSpace(in.Title), URL: strings.TrimSpace(in.URL),
		Source: strings.TrimSpace(in.Source), Date: strings.TrimSpace(in.Date), Text: in.Text}
	if strings.TrimSpace(art.Text) == "" {
		return art, badRequest("the article has no text")
	}
	if n := len(art.Text) + len(art.Title); n > s.opt.MaxTextBytes {
		return art, &apiError{Status: http.StatusRequestEntityTooLarge, Code: "too_large",
			Message: fmt.Sprintf("article text of %d bytes is larger than %d", n, s.opt.MaxTextBytes)}
	}
	if _, err := marsad.ParseDate(art.Date); err != nil {
		return art, badRequest("date: %v", err)
	}
	if art.ID == "" {
		art.ID = "a-" + marsad.ContentHash(art.Text)[:16]
	} else if err := checkID(art.ID); err != nil {
		return art, err
	}
	for name, v := range map[string]string{"title": art.Title, "source": art.Source, "url": art.URL} {
		if utf8.RuneCountInString(v) > 2048 {
			return art, badRequest("%s is longer than 2048 characters", name)
		}
	}
	if art.URL != "" {
		if u, err := url.Parse(art.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") {
			return art, badRequest("url must be an http or https URL")
		}
	}
	return art, nil
}

// postArticle analyses an article and stores it.
func (s *Server) postArticle(w http.ResponseWriter, r *http.Request) error {
	if err := s.authorize(r); err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes)
	art, err := s.decodeArticle(r)
	if err != nil {
		return err
	}
	if s.opt.Analyzer == nil {
		return &apiError{Status: http.StatusServiceUnavailable, Code: "no_analyzer", Message: "this server has no analyzer"}
	}
	ctx := r.Context()
	select {
	case s.analyze <- struct{}{}:
	case <-ctx.Done():
		return &apiError{Status: http.StatusServiceUnavailable, Code: "busy", Message: "too many analyses running", Err: ctx.Err()}
	}
	start := time.Now()
	a, err := s.opt.Analyzer.Analyze(ctx, art)
	<-s.analyze
	s.metrics.observeAnalysis(time.Since(start), err)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
			return err
		}
		return &apiError{Status: http.StatusUnprocessableEntity, Code: "analysis_failed", Message: "the article could not be analysed", Err: err}
	}
	res, err := s.opt.Store.Put(ctx, a)
	if err != nil {
		return err
	}
	if res.Inserted {
		s.metrics.invalidateSizes()
		s.cache.invalidate()
	}
	out := PostResult{ID: res.ID, Inserted: res.Inserted, Hash: a.Hash, Location: "/api/articles/" + url.PathEscape(res.ID),
		Events: len(a.Events), Entities: len(a.Entities), Quotes: len(a.Quotes), Warnings: a.Warnings}
	if out.Hash == "" {
		out.Hash = marsad.ContentHash(a.Text)
	}
	status := http.StatusOK
	if res.Inserted {
		status = http.StatusCreated
		w.Header().Set("Location", out.Location)
	}
	writeJSON(w, status, out)
	return nil
}

// listEvents lists events, as JSON pages or a CSV download.
func (s *Server) listEvents(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL)
	if err != nil {
		return err
	}
	q := p.eventQuery()
	format := p.oneOf("format", "json", "csv")
	if format == "csv" {
		q.Limit = p.num("limit", 0, 1, s.opt.CSVMaxRows)
		q.Offset = p.num("offset", 0, 0, 1<<30)
		if p.err != nil {
			return p.err
		}
		return s.writeEventsCSV(w, r, q)
	}
	q.Limit, q.Offset = p.page()
	if p.err != nil {
		return p.err
	}
	evs, err := s.opt.Store.Events(r.Context(), q)
	if err != nil {
		return err
	}
	total, capped := q.Offset+len(evs), false
	if len(evs) == q.Limit || (len(evs) == 0 && q.Offset > 0) {
		if total, capped, err = s.countEvents(r.Context(), q); err != nil {
			return err
		}
	}
	p2 := newPage(evs, total, q.Limit, q.Offset)
	p2.TotalCapped = capped
	writeJSON(w, http.StatusOK, p2)
	return nil
}

// CountAhead is how many events (or search hits) past the end of a page a list counts at most:
// a total over millions of matching events would cost more than the page. Beyond it the
// page's total is a lower bound (total_capped); the count of all events, with no filter, is
// always exact.
const CountAhead = 1000

// countEvents counts the events of q for a page's total, bounded by CountAhead when the store
// can stop counting, and reports whether the count was cut (the total is then a lower bound).
func (s *Server) countEvents(ctx context.Context, q marsad.EventQuery) (int, bool, error) {
	cc, ok := s.opt.Store.(marsad.CappedCounter)
	if !ok {
		n, err := s.opt.Store.CountEvents(ctx, q)
		return n, false, err
	}
	n, exact, err := cc.CountEventsUpTo(ctx, q, q.Offset+q.Limit+CountAhead)
	return n, !exact, err
}

// dyad answers how two actors behaved towards each other over time.
func (s *Server) dyad(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL)
	if err != nil {
		return err
	}
	q := marsad.DyadQuery{A: p.code("a"), B: p.code("b"), Directed: p.boolean("directed"),
		Interval: p.oneOf("interval", marsad.Day, marsad.Week, marsad.Month), Filter: p.eventQuery()}
	if p.err != nil {
		return p.err
	}
	if q.A == "" || q.B == "" {
		return badRequest("parameters a and b (actor codes, e.g. a=USA&b=RUS) are required")
	}
	if q.Interval == "" {
		q.Interval = marsad.Day
	}
	res, err := s.opt.Store.Dyad(r.Context(), q)
	if err != nil {
		return err
	}
	if res.Periods == nil {
		res.Periods = []marsad.DyadPeriod{}
	}
	writeJSON(w, http.StatusOK, res)
	return nil
}

// Network is the answer of GET /api/network.
type Network struct {
	Nodes []Node        `json:"nodes"`
	Edges []marsad.Edge `json:"edges"`
}

// Node is an actor of the network with the number of events it takes part in.
type Node struct {
	ID    string `json:"id"` // actor code
	Count int    `json:"count"`
}

func (s *Server) network(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL)
	if err != nil {
		return err
	}
	q := marsad.NetworkQuery{Filter: p.eventQuery(), Level: p.num("level", 0, 0, 64),
		MinCount: p.num("min_count", 0, 0, 1<<30), Limit: p.num("limit", marsad.DefaultLimit, 1, marsad.MaxLimit)}
	if p.err != nil {
		return p.err
	}
	edges, err := s.opt.Store.Network(r.Context(), q)
	if err != nil {
		return err
	}
	if edges == nil {
		edges = []marsad.Edge{}
	}
	writeJSON(w, http.StatusOK, Network{Nodes: nodes(edges), Edges: edges})
	return nil
}

// nodes lists the actors of the edges, in order of first appearance, with their event counts.
func nodes(edges []marsad.Edge) []Node {
	idx := map[string]int{}
	out := []Node{}
	add := func(id string, n int) {
		i, ok := idx[id]
		if !ok {
			i = len(out)
			idx[id] = i
			out = append(out, Node{ID: id})
		}
		out[i].Count += n
	}
	for _, e := range edges {
		add(e.Source, e.Count)
		if e.Target != e.Source {
			add(e.Target, e.Count)
		}
	}
	return out
}

// Places is the answer of GET /api/places.
type Places struct {
	Places []marsad.PlaceCount `json:"places"`
}

func (s *Server) places(w http.ResponseWriter, r *http.Request) error {
	p, err := newParams(r.URL)
	if err != nil {
		return err
	}
	q := p.eventQuery()
	q.Limit = p.num("limit", 0, 1, marsad.MaxLimit)
	if p.err != nil {
		return p.err
	}
	pl, err := s.opt.Store.Places(r.Context(), q)
	if err != nil {
		return err
	}
	if pl == nil {
		pl = []marsad.PlaceCount{}
	}
	writeJSON(w, http.StatusOK, Places{Places: pl})
	return nil
}

func (s *Server) stats(w http.ResponseWriter, r *http.Request) error {
	st, err := s.metrics.sizes(r.Context(), 0)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, st)
	return nil
}

// Health is the answer of GET /healthz.
type Health struct {
	Status string  `json:"status"` // "ok"
	Uptime float64 `json:"uptime_seconds"`
	Writes bool    `json:"writes"` // whether POST /api/articles is enabled
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) error {
	ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
	defer cancel()
	if _, err := s.opt.Store.Articles(ctx, marsad.ArticleQuery{Limit: 1}); err != nil {
		return &apiError{Status: http.StatusServiceUnavailable, Code: "store_unavailable", Message: "the store does not answer", Err: err}
	}
	writeJSON(w, http.StatusOK, Health{Status: "ok", Uptime: time.Since(s.started).Seconds(),
		Writes: s.opt.Token != "" && s.opt.Analyzer != nil})
	return nil
}
