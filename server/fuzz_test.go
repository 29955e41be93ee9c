package server

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"marsad/store/sqlite"
)

// FuzzPostArticle sends arbitrary bodies to POST /api/articles: the server must never panic or
// fail with a 5xx, and every refusal must be a clean 4xx with a JSON error body.
func FuzzPostArticle(f *testing.F) {
	for _, seed := range []string{
		`{"id":"riyadh","date":"2025-02-18","text":"التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرجي لافروف في الرياض."}`,
		`{"text":"قال لافروف إن المحادثات كانت مفيدة.","title":"لافروف: محادثات مفيدة","source":"aawsat","url":"https://example.org/a"}`,
		`{"text":""}`, `{}`, `[]`, `null`, `{"text":null}`, `{"text":"نص","date":"2025-02-30"}`,
		`{"text":"\u0000\ud800"}`, `{"text":"a","id":"../../etc/passwd"}`, `{"text":"نص"}{"text":"نص"}`,
		`{"text":"` + strings.Repeat("ب", 3000) + `"}`, "\xff\xfe{", `{"text":"نص","id":"` + strings.Repeat("x", 200) + `"}`,
	} {
		f.Add([]byte(seed))
	}
	st, err := sqlite.Open(context.Background(), ":memory:")
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	s, err := New(Options{Store: st, Analyzer: realAnalyzer(f), Token: testToken, MaxBodyBytes: 64 << 10,
		Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		f.Fatal(err)
	}
	allowed := map[int]bool{200: true, 201: true, 400: true, 409: true, 413: true, 415: true, 422: true}
	f.Fuzz(func(t *testing.T, body []byte) {
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(string(body)))
		req.Header.Set("Authorization", "Bearer "+testToken)
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, req)
		if !allowed[rec.Code] {
			t.Fatalf("status %d for %q: %s", rec.Code, body, rec.Body)
		}
		if rec.Code >= 400 {
			var e ErrorBody
			if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Status != rec.Code || e.Code == "" || e.Error == "" {
				t.Fatalf("error body for %d is %q (%v)", rec.Code, rec.Body, err)
			}
			return
		}
		var out PostResult
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || out.ID == "" || out.Hash == "" {
			t.Fatalf("answer %d is %q (%v)", rec.Code, rec.Body, err)
		}
		// what was stored reads back
		get := httptest.NewRecorder()
		s.ServeHTTP(get, httptest.NewRequest("GET", out.Location, nil))
		if get.Code != http.StatusOK {
			t.Fatalf("GET %s after POST: %d %s", out.Location, get.Code, get.Body)
		}
	})
}
