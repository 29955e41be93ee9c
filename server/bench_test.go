package server

import (
	"net/http/httptest"
	"net/url"
	"testing"
	"time"

	"marsad"
)

// benchServer is a server over the example article and its paragraphs.
func benchServer(b *testing.B) *Server {
	b.Helper()
	ts, s, _ := newTest(b, Options{})
	post(b, ts.URL, ArticleInput{ID: "riyadh-talks", Date: "2025-02-18", Source: "example", Text: exampleText(b)})
	for _, p := range paragraphs(b) {
		post(b, ts.URL, p)
	}
	return s
}

func benchGet(b *testing.B, s *Server, path string) {
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
		if rec.Code != 200 {
			b.Fatalf("%s: %d %s", path, rec.Code, rec.Body)
		}
	}
}

func BenchmarkAPI(b *testing.B) {
	s := benchServer(b)
	for name, path := range map[string]string{
		"events":        "/api/events?limit=50",
		"events-filter": "/api/events?actor=USA&code=04&since=2025-01-01",
		"events-csv":    "/api/events?format=csv",
		"search":        "/api/articles?q=" + url.QueryEscape("لافروف") + "&limit=20",
		"list":          "/api/articles?limit=20",
		"article":       "/api/articles/riyadh-talks",
		"dyad":          "/api/dyad?a=USA&b=RUS&interval=week",
		"network":       "/api/network?level=3",
		"places":        "/api/places",
		"metrics":       "/metrics",
	} {
		b.Run(name, func(b *testing.B) { benchGet(b, s, path) })
	}
}

func BenchmarkMetricsObserve(b *testing.B) {
	m := newMetrics(nil)
	b.ReportAllocs()
	for b.Loop() {
		m.observe("/api/events", "GET", 200, 3*time.Millisecond)
	}
}

func BenchmarkCSVRow(b *testing.B) {
	e := marsad.StoredEvent{ArticleID: "riyadh-talks", ArticleDate: "2025-02-18", Event: marsad.Event{
		Code: "044", Base: "044", Root: "04", Name: "Meet at a third location", Quad: 1, Goldstein: 2.8,
		Source:   &marsad.Participant{Text: "لافروف", ActorRef: marsad.ActorRef{Code: "RUSGOV", Name: "Sergey Lavrov"}},
		Target:   &marsad.Participant{Text: "روبيو", ActorRef: marsad.ActorRef{Code: "USAGOV", Name: "Marco Rubio"}},
		Location: &marsad.Place{Name: "Riyadh", Country: "SAU", Lat: 24.69, Lon: 46.72}, Modality: "asserted", Rule: "04.meet"}}
	b.ReportAllocs()
	for b.Loop() {
		_ = csvRow(&e)
	}
}
