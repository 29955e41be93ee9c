package server_test

import (
	"context"
	"fmt"
	"io"
	"log"
	"net/http/httptest"
	"strings"

	"marsad/analyze"
	"marsad/server"
	"marsad/store/sqlite"
)

// A server over an in-memory store: post an article with the bearer token, then search it.
func Example() {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, ":memory:")
	if err != nil {
		log.Fatal(err)
	}
	defer st.Close()
	an, err := analyze.New(analyze.Options{NoNER: true})
	if err != nil {
		log.Fatal(err)
	}
	srv, err := server.New(server.Options{Store: st, Analyzer: an, Token: "secret"})
	if err != nil {
		log.Fatal(err)
	}
	ts := httptest.NewServer(srv) // in production: srv.HTTPServer("127.0.0.1:8080").ListenAndServe()
	defer ts.Close()

	body := `{"id":"riyadh","date":"2025-02-18","text":"التقى وزير الخارجية الأمريكي ماركو روبيو نظيره الروسي سيرجي لافروف في الرياض."}`
	req := httptest.NewRequest("POST", ts.URL+"/api/articles", strings.NewReader(body))
	req.RequestURI = ""
	req.Header.Set("Authorization", "Bearer secret")
	res, err := ts.Client().Do(req)
	if err != nil {
		log.Fatal(err)
	}
	res.Body.Close()
	fmt.Println("POST", res.Status)

	res, err = ts.Client().Get(ts.URL + "/api/articles?q=%D9%84%D8%A7%D9%81%D8%B1%D9%88%D9%81") // لافروف
	if err != nil {
		log.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Println("GET", res.Status, strings.Contains(string(b), `"total":1`))
	// Output:
	// POST 201 Created
	// GET 200 OK true
}
