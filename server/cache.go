package server

import (
	"bytes"
	"net/http"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// respCache keeps the JSON answers of read routes for a short time, so that the views everyone
// opens (the latest events, the whole network, the map, the statistics) are computed once, not
// per visitor. A write through this server empties it; the TTL bounds how stale an answer can
// be when another process writes to the same store. It holds at most maxBytes of bodies and
// drops the oldest entries first.
type respCache struct {
	ttl      time.Duration
	maxBytes int
	maxEntry int
	gen      atomic.Uint64 // bumped by writes

	mu      sync.Mutex
	entries map[string]*cached
	fifo    []string
	bytes   int
	hits    atomic.Uint64
	misses  atomic.Uint64
}

type cached struct {
	body  []byte
	ctype string
	at    time.Time
	gen   uint64
}

func newRespCache(ttl time.Duration, maxBytes int) *respCache {
	return &respCache{ttl: ttl, maxBytes: maxBytes, maxEntry: max(maxBytes/16, 1), entries: map[string]*cached{}}
}

func (c *respCache) invalidate() { c.gen.Add(1) }

func (c *respCache) get(key string) *cached {
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.entries[key]
	if e == nil || e.gen != c.gen.Load() || time.Since(e.at) > c.ttl {
		return nil
	}
	return e
}

func (c *respCache) put(key string, e *cached) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if old := c.entries[key]; old != nil {
		c.bytes -= len(old.body)
	} else {
		c.fifo = append(c.fifo, key)
	}
	c.entries[key] = e
	c.bytes += len(e.body)
	for c.bytes > c.maxBytes && len(c.fifo) > 0 {
		k := c.fifo[0]
		c.fifo = c.fifo[1:]
		if old := c.entries[k]; old != nil {
			c.bytes -= len(old.body)
			delete(c.entries, k)
		}
	}
	if len(c.fifo) > 4*len(c.entries)+64 { // drop the holes left by replaced keys
		live := c.fifo[:0]
		seen := map[string]bool{}
		for _, k := range c.fifo {
			if c.entries[k] != nil && !seen[k] {
				seen[k] = true
				live = append(live, k)
			}
		}
		c.fifo = live
	}
}

// captureWriter passes a response through and keeps a copy of its body while it is small.
type captureWriter struct {
	http.ResponseWriter
	status int
	buf    bytes.Buffer
	limit  int
	over   bool
}

func (w *captureWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *captureWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	if !w.over {
		if w.buf.Len()+len(b) > w.limit {
			w.over = true
			w.buf = bytes.Buffer{}
		} else {
			w.buf.Write(b)
		}
	}
	return w.ResponseWriter.Write(b)
}

// wrap serves GET answers from the cache when it can and keeps the JSON ones it computes.
func (c *respCache) wrap(h func(http.ResponseWriter, *http.Request) error) func(http.ResponseWriter, *http.Request) error {
	if c == nil || c.ttl <= 0 {
		return h
	}
	return func(w http.ResponseWriter, r *http.Request) error {
		key := r.URL.Path + "?" + r.URL.RawQuery
		if e := c.get(key); e != nil {
			c.hits.Add(1)
			hd := w.Header()
			hd.Set("Content-Type", e.ctype)
			hd.Set("Cache-Control", "no-store")
			hd.Set("X-Cache", "hit")
			hd.Set("Content-Length", strconv.Itoa(len(e.body)))
			w.WriteHeader(http.StatusOK)
			_, _ = w.Write(e.body)
			return nil
		}
		c.misses.Add(1)
		gen := c.gen.Load()
		start := time.Now()
		w.Header().Set("X-Cache", "miss")
		cw := &captureWriter{ResponseWriter: w, limit: c.maxEntry}
		err := h(cw, r)
		ctype := w.Header().Get("Content-Type")
		if err == nil && cw.status == http.StatusOK && !cw.over && len(ctype) >= 16 && ctype[:16] == "application/json" {
			c.put(key, &cached{body: bytes.Clone(cw.buf.Bytes()), ctype: ctype, at: start, gen: gen})
		}
		return err
	}
}
