package server

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"marsad"
)

// latencyBuckets are the upper bounds, in seconds, of the latency histograms.
var latencyBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60}

type histogram struct {
	counts []uint64 // per bucket, not cumulative; the last is +Inf
	sum    float64
	n      uint64
}

func (h *histogram) observe(v float64) {
	if h.counts == nil {
		h.counts = make([]uint64, len(latencyBuckets)+1)
	}
	i := sort.SearchFloat64s(latencyBuckets, v)
	h.counts[i]++
	h.sum += v
	h.n++
}

type reqKey struct{ route, method, status string }

// metrics collects what /metrics exposes. Sizes of the store are read with Stats and cached.
type metrics struct {
	store    marsad.Store
	inFlight atomic.Int64

	mu        sync.Mutex
	requests  map[reqKey]uint64
	latency   map[reqKey]*histogram // method left empty
	analyses  map[string]uint64     // by result
	analysisH histogram

	sizeMu   sync.Mutex
	size     marsad.Stats
	sizeAt   time.Time
	sizeGood bool
	sizeGen  atomic.Uint64 // bumped by writes
	sizeSeen uint64
}

func newMetrics(st marsad.Store) *metrics {
	return &metrics{store: st, requests: map[reqKey]uint64{}, latency: map[reqKey]*histogram{}, analyses: map[string]uint64{}}
}

func (m *metrics) observe(route, method string, status int, d time.Duration) {
	st := strconv.Itoa(status)
	m.mu.Lock()
	m.requests[reqKey{route, method, st}]++
	h := m.latency[reqKey{route: route, status: st}]
	if h == nil {
		h = &histogram{}
		m.latency[reqKey{route: route, status: st}] = h
	}
	h.observe(d.Seconds())
	m.mu.Unlock()
}

func (m *metrics) observeAnalysis(d time.Duration, err error) {
	res := "ok"
	if err != nil {
		res = "error"
	}
	m.mu.Lock()
	m.analyses[res]++
	m.analysisH.observe(d.Seconds())
	m.mu.Unlock()
}

func (m *metrics) invalidateSizes() { m.sizeGen.Add(1) }

// sizes returns the store's Stats, from a cache younger than maxAge that no write through this
// server has made stale (maxAge 0 means 5 seconds).
func (m *metrics) sizes(ctx context.Context, maxAge time.Duration) (marsad.Stats, error) {
	if maxAge <= 0 {
		maxAge = 5 * time.Second
	}
	m.sizeMu.Lock()
	defer m.sizeMu.Unlock()
	gen := m.sizeGen.Load()
	if m.sizeGood && gen == m.sizeSeen && time.Since(m.sizeAt) < maxAge {
		return m.size, nil
	}
	st, err := m.store.Stats(ctx)
	if err != nil {
		return st, err
	}
	m.size, m.sizeAt, m.sizeGood, m.sizeSeen = st, time.Now(), true, gen
	return st, nil
}

// statusWriter records the status a handler sends.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// instrument counts and times every request by its route pattern and status, and logs it.
func (s *Server) instrument(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		s.metrics.inFlight.Add(1)
		sw := &statusWriter{ResponseWriter: w}
		defer func() {
			s.metrics.inFlight.Add(-1)
			if sw.status == 0 {
				sw.status = http.StatusOK
			}
			route := r.Pattern
			if i := strings.IndexByte(route, ' '); i >= 0 {
				route = route[i+1:]
			}
			if route == "" {
				route = "unmatched"
			}
			d := time.Since(start)
			s.metrics.observe(route, r.Method, sw.status, d)
			level := slog.LevelDebug
			if r.Method != http.MethodGet && r.Method != http.MethodHead {
				level = slog.LevelInfo
			}
			s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "route", route,
				"status", sw.status, "ms", float64(d.Microseconds())/1000)
		}()
		next.ServeHTTP(sw, r)
	})
}

// serveMetrics writes the Prometheus text exposition format (version 0.0.4).
func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) error {
	var b bytes.Buffer
	s.metrics.write(r.Context(), &b, s)
	w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write(b.Bytes())
	return nil
}

func labelValue(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func formatFloat(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

func writeHistogram(w io.Writer, name, labels string, h *histogram) {
	if labels != "" {
		labels += ","
	}
	var cum uint64
	for i, le := range latencyBuckets {
		if h.counts != nil {
			cum += h.counts[i]
		}
		fmt.Fprintf(w, "%s_bucket{%sle=\"%s\"} %d\n", name, labels, formatFloat(le), cum)
	}
	fmt.Fprintf(w, "%s_bucket{%sle=\"+Inf\"} %d\n", name, labels, h.n)
	trimmed := strings.TrimSuffix(labels, ",")
	if trimmed != "" {
		trimmed = "{" + trimmed + "}"
	}
	fmt.Fprintf(w, "%s_sum%s %s\n%s_count%s %d\n", name, trimmed, formatFloat(h.sum), name, trimmed, h.n)
}

func (m *metrics) write(ctx context.Context, w io.Writer, s *Server) {
	m.mu.Lock()
	reqs := make([]reqKey, 0, len(m.requests))
	for k := range m.requests {
		reqs = append(reqs, k)
	}
	lat := make([]reqKey, 0, len(m.latency))
	for k := range m.latency {
		lat = append(lat, k)
	}
	less := func(a, b reqKey) bool {
		if a.route != b.route {
			return a.route < b.route
		}
		if a.method != b.method {
			return a.method < b.method
		}
		return a.status < b.status
	}
	sort.Slice(reqs, func(i, j int) bool { return less(reqs[i], reqs[j]) })
	sort.Slice(lat, func(i, j int) bool { return less(lat[i], lat[j]) })

	fmt.Fprintln(w, "# HELP marsad_http_requests_total HTTP requests served, by route pattern, method and status.")
	fmt.Fprintln(w, "# TYPE marsad_http_requests_total counter")
	for _, k := range reqs {
		fmt.Fprintf(w, "marsad_http_requests_total{route=\"%s\",method=\"%s\",status=\"%s\"} %d\n",
			labelValue(k.route), labelValue(k.method), k.status, m.requests[k])
	}
	fmt.Fprintln(w, "# HELP marsad_http_request_duration_seconds Time to serve an HTTP request, by route pattern and status.")
	fmt.Fprintln(w, "# TYPE marsad_http_request_duration_seconds histogram")
	for _, k := range lat {
		writeHistogram(w, "marsad_http_request_duration_seconds",
			fmt.Sprintf("route=\"%s\",status=\"%s\"", labelValue(k.route), k.status), m.latency[k])
	}
	fmt.Fprintln(w, "# HELP marsad_analyses_total Articles analysed through the API, by result.")
	fmt.Fprintln(w, "# TYPE marsad_analyses_total counter")
	for _, res := range []string{"ok", "error"} {
		fmt.Fprintf(w, "marsad_analyses_total{result=\"%s\"} %d\n", res, m.analyses[res])
	}
	fmt.Fprintln(w, "# HELP marsad_analysis_duration_seconds Time to analyse one posted article.")
	fmt.Fprintln(w, "# TYPE marsad_analysis_duration_seconds histogram")
	ah := m.analysisH
	writeHistogram(w, "marsad_analysis_duration_seconds", "", &ah)
	m.mu.Unlock()

	if s.cache != nil {
		fmt.Fprintln(w, "# HELP marsad_cache_requests_total Read requests answered from the response cache (hit) or computed (miss).")
		fmt.Fprintln(w, "# TYPE marsad_cache_requests_total counter")
		fmt.Fprintf(w, "marsad_cache_requests_total{result=\"hit\"} %d\nmarsad_cache_requests_total{result=\"miss\"} %d\n", s.cache.hits.Load(), s.cache.misses.Load())
	}
	fmt.Fprintln(w, "# HELP marsad_http_requests_in_flight HTTP requests being served.")
	fmt.Fprintln(w, "# TYPE marsad_http_requests_in_flight gauge")
	fmt.Fprintf(w, "marsad_http_requests_in_flight %d\n", m.inFlight.Load())

	st, err := m.sizes(ctx, 15*time.Second)
	up := 1
	if err != nil {
		up = 0
	}
	fmt.Fprintln(w, "# HELP marsad_store_up Whether the store answered the last size query.")
	fmt.Fprintln(w, "# TYPE marsad_store_up gauge")
	fmt.Fprintf(w, "marsad_store_up %d\n", up)
	if err == nil {
		fmt.Fprintln(w, "# HELP marsad_store_rows Rows in the store, by kind.")
		fmt.Fprintln(w, "# TYPE marsad_store_rows gauge")
		for _, kv := range []struct {
			k string
			v int
		}{{"actors", st.Actors}, {"articles", st.Articles}, {"entities", st.Entities}, {"events", st.Events},
			{"outlets", st.Outlets}, {"places", st.Places}, {"quotes", st.Quotes}, {"sentences", st.Sentences}} {
			fmt.Fprintf(w, "marsad_store_rows{kind=\"%s\"} %d\n", kv.k, kv.v)
		}
		fmt.Fprintln(w, "# HELP marsad_store_events_by_quad Stored events by QuadClass.")
		fmt.Fprintln(w, "# TYPE marsad_store_events_by_quad gauge")
		for i, n := range st.Quad {
			fmt.Fprintf(w, "marsad_store_events_by_quad{quad=\"%d\"} %d\n", i+1, n)
		}
	}

	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	fmt.Fprintln(w, "# HELP go_goroutines Number of goroutines that currently exist.")
	fmt.Fprintln(w, "# TYPE go_goroutines gauge")
	fmt.Fprintf(w, "go_goroutines %d\n", runtime.NumGoroutine())
	fmt.Fprintln(w, "# HELP go_memstats_heap_alloc_bytes Bytes of allocated heap objects.")
	fmt.Fprintln(w, "# TYPE go_memstats_heap_alloc_bytes gauge")
	fmt.Fprintf(w, "go_memstats_heap_alloc_bytes %d\n", ms.HeapAlloc)
	fmt.Fprintln(w, "# HELP go_memstats_sys_bytes Bytes of memory obtained from the OS.")
	fmt.Fprintln(w, "# TYPE go_memstats_sys_bytes gauge")
	fmt.Fprintf(w, "go_memstats_sys_bytes %d\n", ms.Sys)
	if rss, ok := residentBytes(); ok {
		fmt.Fprintln(w, "# HELP process_resident_memory_bytes Resident memory size in bytes.")
		fmt.Fprintln(w, "# TYPE process_resident_memory_bytes gauge")
		fmt.Fprintf(w, "process_resident_memory_bytes %d\n", rss)
	}
}

// residentBytes reads the resident set size from /proc (Linux only).
func residentBytes() (int64, bool) {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0, false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			fields := strings.Fields(rest)
			if len(fields) >= 1 {
				kb, err := strconv.ParseInt(fields[0], 10, 64)
				return kb * 1024, err == nil
			}
		}
	}
	return 0, false
}
