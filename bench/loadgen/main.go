// Command loadgen measures the Marsad API under load: it sends a fixed mix of the queries the
// web UI makes (event lists with filters, search, article pages, dyads, networks, places,
// stats) from several connections to a server on this machine, for a bounded time and number
// of requests, and prints latency percentiles per query kind and the server's resident memory
// (read from its /metrics).
//
//	go run ./bench/loadgen -url http://127.0.0.1:8080 -duration 60s -concurrency 8
//
// It only talks to loopback addresses.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"text/tabwriter"
	"time"
)

// kind is one kind of query of the mix, with its share of the requests.
type kind struct {
	name   string
	weight int
	path   func(r *rand.Rand, d *dataset) string
}

// dataset holds what the queries pick from: actor codes, dates and article ids that exist.
type dataset struct {
	actors   []string
	ids      []string
	first    time.Time
	lastDate time.Time
}

func (d *dataset) day(r *rand.Rand) time.Time {
	n := int(d.lastDate.Sub(d.first).Hours() / 24)
	return d.first.AddDate(0, 0, r.IntN(max(1, n)))
}

func (d *dataset) actor(r *rand.Rand) string { return d.actors[r.IntN(len(d.actors))] }

func ymd(t time.Time) string { return t.Format("2006-01-02") }

var searchWords = []string{"التقى", "الرياض", "حكومة", "المعارضة", "اتفاق", "هاجم", "الأمم المتحدة", "وزارة الخارجية", "غزة", "طهران"}

var mix = []kind{
	{"events-recent", 15, func(r *rand.Rand, d *dataset) string { return "/api/events?limit=50" }},
	{"events-actor", 15, func(r *rand.Rand, d *dataset) string {
		return "/api/events?limit=50&actor=" + d.actor(r)
	}},
	{"events-dyad-range", 10, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/events?limit=50&source=%s&target=%s&since=%s&until=%s", d.actor(r), d.actor(r), ymd(s), ymd(s.AddDate(1, 0, 0)))
	}},
	{"events-filters", 10, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/events?limit=50&root=%02d&quad=%d&since=%s&until=%s", 1+r.IntN(20), 1+r.IntN(4), ymd(s), ymd(s.AddDate(0, 3, 0)))
	}},
	{"events-page-deep", 5, func(r *rand.Rand, d *dataset) string {
		return fmt.Sprintf("/api/events?limit=50&actor=%s&offset=%d", d.actor(r), 50*r.IntN(20))
	}},
	{"articles-list", 8, func(r *rand.Rand, d *dataset) string {
		return fmt.Sprintf("/api/articles?limit=20&offset=%d", 20*r.IntN(10))
	}},
	{"search", 8, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/articles?limit=20&q=%s&since=%s&until=%s", url.QueryEscape(searchWords[r.IntN(len(searchWords))]), ymd(s), ymd(s.AddDate(0, 1, 0)))
	}},
	{"article", 10, func(r *rand.Rand, d *dataset) string { return "/api/articles/" + d.ids[r.IntN(len(d.ids))] }},
	{"dyad-year", 6, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/dyad?a=%s&b=%s&interval=week&since=%s&until=%s", d.actor(r), d.actor(r), ymd(s), ymd(s.AddDate(1, 0, 0)))
	}},
	{"network-month", 5, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/network?level=3&since=%s&until=%s", ymd(s), ymd(s.AddDate(0, 1, 0)))
	}},
	{"places-month", 5, func(r *rand.Rand, d *dataset) string {
		s := d.day(r)
		return fmt.Sprintf("/api/places?since=%s&until=%s", ymd(s), ymd(s.AddDate(0, 1, 0)))
	}},
	{"stats", 3, func(r *rand.Rand, d *dataset) string { return "/api/stats" }},
	// what the UI asks when its network, map and search pages open: the network and the map of
	// the last year of data (web/static/views/events.js defaultWindow), a search of the whole store
	{"network-ui", 3, func(r *rand.Rand, d *dataset) string {
		return "/api/network?level=3&min_count=1&limit=150&since=" + ymd(d.lastDate.AddDate(-1, 0, 0))
	}},
	{"places-ui", 3, func(r *rand.Rand, d *dataset) string {
		return "/api/places?limit=2000&since=" + ymd(d.lastDate.AddDate(-1, 0, 0))
	}},
	{"search-all", 4, func(r *rand.Rand, d *dataset) string {
		return "/api/articles?limit=20&q=" + url.QueryEscape(searchWords[r.IntN(len(searchWords))])
	}},
}

// heavy are the unbounded aggregates, run with -heavy: whole-store dyads and networks.
var heavy = []kind{
	{"dyad-all-USA-RUS", 1, func(r *rand.Rand, d *dataset) string { return "/api/dyad?a=USA&b=RUS&interval=month" }},
	{"network-all", 1, func(r *rand.Rand, d *dataset) string { return "/api/network?level=3" }},
	{"places-all", 1, func(r *rand.Rand, d *dataset) string { return "/api/places" }},
	{"events-count-all", 1, func(r *rand.Rand, d *dataset) string { return "/api/events?limit=50&offset=50" }},
}

type sample struct {
	kind   string
	d      time.Duration
	status int
}

func main() {
	base := flag.String("url", "http://127.0.0.1:8080", "server base URL (loopback only)")
	duration := flag.Duration("duration", 60*time.Second, "how long to send requests")
	maxReq := flag.Int("requests", 200000, "stop after this many requests")
	conc := flag.Int("concurrency", 8, "concurrent connections")
	seed := flag.Uint64("seed", 1, "random seed of the query mix")
	withHeavy := flag.Bool("heavy", false, "also send the whole-store aggregates (dyad, network, places without date bounds)")
	flag.Parse()
	if err := run(*base, *duration, *maxReq, *conc, *seed, *withHeavy); err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

func loopback(base string) error {
	u, err := url.Parse(base)
	if err != nil {
		return err
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s is not a loopback address: loadgen only loads servers on this machine", host)
	}
	return nil
}

func getJSON(c *http.Client, u string, v any) error {
	res, err := c.Get(u)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	if res.StatusCode != 200 {
		return fmt.Errorf("GET %s: %s", u, res.Status)
	}
	return json.NewDecoder(res.Body).Decode(v)
}

// discover reads actors, dates and article ids from the server itself.
func discover(c *http.Client, base string) (*dataset, error) {
	var net struct {
		Nodes []struct{ ID string } `json:"nodes"`
	}
	if err := getJSON(c, base+"/api/network?level=3&limit=200", &net); err != nil {
		return nil, err
	}
	var st struct {
		First string `json:"first_date"`
		Last  string `json:"last_date"`
	}
	if err := getJSON(c, base+"/api/stats", &st); err != nil {
		return nil, err
	}
	var page struct {
		Items []struct{ ID string } `json:"items"`
	}
	if err := getJSON(c, base+"/api/articles?limit=1000", &page); err != nil {
		return nil, err
	}
	d := &dataset{}
	for _, n := range net.Nodes {
		d.actors = append(d.actors, n.ID)
	}
	for _, it := range page.Items {
		d.ids = append(d.ids, url.PathEscape(it.ID))
	}
	var err1, err2 error
	d.first, err1 = time.Parse("2006-01-02", st.First)
	d.lastDate, err2 = time.Parse("2006-01-02", st.Last)
	if len(d.actors) == 0 || len(d.ids) == 0 || err1 != nil || err2 != nil {
		return nil, errors.New("the store looks empty: fill it with marsad bench-data first")
	}
	return d, nil
}

var rssLine = regexp.MustCompile(`(?m)^process_resident_memory_bytes (\d+)`)

func rss(c *http.Client, base string) int64 {
	res, err := c.Get(base + "/metrics")
	if err != nil {
		return 0
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	m := rssLine.FindSubmatch(b)
	if m == nil {
		return 0
	}
	n, _ := strconv.ParseInt(string(m[1]), 10, 64)
	return n
}

func run(base string, duration time.Duration, maxReq, conc int, seed uint64, withHeavy bool) error {
	base = strings.TrimRight(base, "/")
	if err := loopback(base); err != nil {
		return err
	}
	tr := &http.Transport{MaxIdleConnsPerHost: conc, MaxConnsPerHost: conc}
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	d, err := discover(client, base)
	if err != nil {
		return err
	}
	kinds := slices.Clone(mix)
	if withHeavy {
		kinds = append(kinds, heavy...)
	}
	var cum []int
	total := 0
	for _, k := range kinds {
		total += k.weight
		cum = append(cum, total)
	}
	ctx, cancel := context.WithTimeout(context.Background(), duration)
	defer cancel()
	var mu sync.Mutex
	var samples []sample
	var sent int
	var maxRSS int64
	go func() { // sample the server's memory every second
		t := time.NewTicker(time.Second)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				if m := rss(client, base); m > 0 {
					mu.Lock()
					maxRSS = max(maxRSS, m)
					mu.Unlock()
				}
			}
		}
	}()
	start := time.Now()
	var wg sync.WaitGroup
	for w := range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := rand.New(rand.NewPCG(seed, uint64(w)))
			for ctx.Err() == nil {
				mu.Lock()
				if sent >= maxReq {
					mu.Unlock()
					return
				}
				sent++
				mu.Unlock()
				x := r.IntN(total)
				i, _ := slices.BinarySearch(cum, x+1)
				k := kinds[i]
				path := k.path(r, d)
				t0 := time.Now()
				req, _ := http.NewRequestWithContext(ctx, "GET", base+path, nil)
				res, err := client.Do(req)
				status := 0
				if err == nil {
					_, _ = io.Copy(io.Discard, res.Body)
					res.Body.Close()
					status = res.StatusCode
				} else if ctx.Err() != nil {
					return // the run is over: the request was cut, not slow
				}
				el := time.Since(t0)
				if status != 200 {
					slog.Warn("request failed", "path", path, "status", status, "err", err)
				}
				mu.Lock()
				samples = append(samples, sample{k.name, el, status})
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if m := rss(client, base); m > maxRSS {
		maxRSS = m
	}
	report(os.Stdout, samples, elapsed, conc, maxRSS)
	return nil
}

func pct(ds []time.Duration, p float64) time.Duration {
	if len(ds) == 0 {
		return 0
	}
	i := int(float64(len(ds))*p+0.999999) - 1
	return ds[max(0, min(i, len(ds)-1))]
}

func report(w io.Writer, samples []sample, elapsed time.Duration, conc int, maxRSS int64) {
	by := map[string][]time.Duration{}
	var all []time.Duration
	errs := 0
	for _, s := range samples {
		by[s.kind] = append(by[s.kind], s.d)
		all = append(all, s.d)
		if s.status != 200 {
			errs++
		}
	}
	names := make([]string, 0, len(by))
	for k := range by {
		names = append(names, k)
	}
	slices.Sort(names)
	ms := func(d time.Duration) string { return fmt.Sprintf("%.1f", float64(d.Microseconds())/1000) }
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "query\tn\tp50 ms\tp95 ms\tp99 ms\tmax ms\t")
	for _, name := range append(names, "ALL") {
		ds := all
		if name != "ALL" {
			ds = by[name]
		}
		slices.Sort(ds)
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t\n", name, len(ds), ms(pct(ds, .5)), ms(pct(ds, .95)), ms(pct(ds, .99)), ms(pct(ds, 1)))
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d requests in %s with %d connections: %.0f req/s, %d not 200; server RSS max %.0f MB\n",
		len(samples), elapsed.Round(time.Millisecond), conc, float64(len(samples))/elapsed.Seconds(), errs, float64(maxRSS)/(1<<20))
}
