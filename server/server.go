// Package server is Marsad's HTTP API and web observatory: JSON over REST on top of a
// marsad.Store, plus the Arabic, right-to-left web UI embedded from package web.
//
// Reads are open; writes (POST /api/articles, which analyses an article and stores it) need
// "Authorization: Bearer TOKEN". Every error is JSON ({"error", "code", "status"}), every list is
// paginated (limit, offset, total), /openapi.json describes every route, /healthz answers
// liveness probes and /metrics exposes Prometheus metrics in the text exposition format.
//
// The server is a plain http.Handler: wrap it in the *http.Server that HTTPServer returns to get
// the read, write and idle timeouts.
package server

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/http"
	"runtime"
	"strings"
	"time"

	"marsad"
	"marsad/web"
)

// Analyzer turns an article into an analysis. *analyze.Analyzer implements it.
type Analyzer interface {
	Analyze(ctx context.Context, a marsad.Article) (*marsad.Analysis, error)
}

// Defaults of Options.
const (
	DefaultMaxBodyBytes   = 8 << 20 // largest POST body
	DefaultMaxTextBytes   = 4 << 20 // largest article text (analyze.MaxTextBytes)
	DefaultRequestTimeout = 60 * time.Second
	DefaultReadTimeout    = 30 * time.Second
	DefaultWriteTimeout   = 120 * time.Second
	DefaultIdleTimeout    = 120 * time.Second
	DefaultCSVMaxRows     = 200_000
	DefaultCacheTTL       = 10 * time.Second
	DefaultCacheBytes     = 64 << 20
)

// Options configure a Server. Only Store is required.
type Options struct {
	Store marsad.Store
	// Analyzer analyses posted articles; without one POST /api/articles answers 503.
	Analyzer Analyzer
	// Token is the bearer token that writes need. Empty disables writes (they answer 403).
	Token string
	// MaxBodyBytes bounds a request body; larger bodies answer 413.
	MaxBodyBytes int64
	// MaxTextBytes bounds a posted article's text (title included); larger texts answer 413.
	MaxTextBytes int
	// RequestTimeout bounds the work of one API request (its context is cancelled after it).
	RequestTimeout time.Duration
	// ReadTimeout, WriteTimeout and IdleTimeout configure the http.Server of HTTPServer.
	ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// MaxAnalyses bounds the analyses running at once; 0 means GOMAXPROCS.
	MaxAnalyses int
	// CSVMaxRows bounds a CSV export of events.
	CSVMaxRows int
	// CacheTTL is how long the JSON answers of read routes are kept (a write through this server
	// drops them all); 0 means DefaultCacheTTL and a negative value turns the cache off.
	CacheTTL time.Duration
	// CacheBytes bounds the cached answers; 0 means DefaultCacheBytes.
	CacheBytes int
	// Logger receives request logs; nil means slog.Default().
	Logger *slog.Logger
}

// Server serves the API and the UI. It is an http.Handler, safe for concurrent use.
type Server struct {
	opt     Options
	log     *slog.Logger
	mux     *http.ServeMux
	handler http.Handler
	metrics *metrics
	// snippets caches the snippet texts of search hits (the store gives only their spans)
	snippets *snippetCache
	cache    *respCache    // answers of read routes
	analyze  chan struct{} // semaphore of running analyses
	started  time.Time
}

// New builds a Server over a store.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("server: no store")
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opt.MaxTextBytes <= 0 {
		opt.MaxTextBytes = DefaultMaxTextBytes
	}
	if opt.RequestTimeout <= 0 {
		opt.RequestTimeout = DefaultRequestTimeout
	}
	if opt.ReadTimeout <= 0 {
		opt.ReadTimeout = DefaultReadTimeout
	}
	if opt.WriteTimeout <= 0 {
		opt.WriteTimeout = DefaultWriteTimeout
	}
	if opt.IdleTimeout <= 0 {
		opt.IdleTimeout = DefaultIdleTimeout
	}
	if opt.MaxAnalyses <= 0 {
		opt.MaxAnalyses = runtime.GOMAXPROCS(0)
	}
	if opt.CSVMaxRows <= 0 {
		opt.CSVMaxRows = DefaultCSVMaxRows
	}
	if opt.CacheTTL == 0 {
		opt.CacheTTL = DefaultCacheTTL
	}
	if opt.CacheBytes <= 0 {
		opt.CacheBytes = DefaultCacheBytes
	}
	s := &Server{
		opt:     opt,
		log:     opt.Logger,
		mux:     http.NewServeMux(),
		analyze: make(chan struct{}, opt.MaxAnalyses),
		started: time.Now(),
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	s.metrics = newMetrics(opt.Store)
	s.snippets = &snippetCache{m: map[snippetKey]string{}}
	s.cache = newRespCache(opt.CacheTTL, opt.CacheBytes)
	if err := s.routes(); err != nil {
		return nil, err
	}
	s.handler = s.instrument(s.mux)
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// HTTPServer returns an *http.Server for addr that serves s with the configured timeouts.
func (s *Server) HTTPServer(addr string) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           s,
		ReadHeaderTimeout: min(s.opt.ReadTimeout, 10*time.Second),
		ReadTimeout:       s.opt.ReadTimeout,
		WriteTimeout:      s.opt.WriteTimeout,
		IdleTimeout:       s.opt.IdleTimeout,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
}

// route is one API route: its mux pattern and handler. The OpenAPI test checks that every
// route is documented.
type route struct {
	method, path string
	h            func(http.ResponseWriter, *http.Request) error
	cache        bool // keep its JSON answers in the response cache
}

func (s *Server) apiRoutes() []route {
	return []route{
		{"GET", "/api/articles", s.listArticles, true},
		{"POST", "/api/articles", s.postArticle, false},
		{"GET", "/api/articles/{id}", s.getArticle, true},
		{"GET", "/api/events", s.listEvents, true},
		{"GET", "/api/dyad", s.dyad, true},
		{"GET", "/api/network", s.network, true},
		{"GET", "/api/places", s.places, true},
		{"GET", "/api/stats", s.stats, true},
		{"GET", "/healthz", s.healthz, false},
		{"GET", "/metrics", s.serveMetrics, false},
		{"GET", "/openapi.json", s.openapi, false},
	}
}

// Routes lists the method and path pattern of every API route ("GET /api/events", …).
func (s *Server) Routes() []string {
	var out []string
	for _, rt := range s.apiRoutes() {
		out = append(out, rt.method+" "+rt.path)
	}
	return out
}

func (s *Server) routes() error {
	methods := map[string][]string{}
	for _, rt := range s.apiRoutes() {
		h := rt.h
		if rt.cache {
			h = s.cache.wrap(h)
		}
		s.mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) {
			ctx, cancel := context.WithTimeout(r.Context(), s.opt.RequestTimeout)
			defer cancel()
			if err := h(w, r.WithContext(ctx)); err != nil {
				s.writeError(w, r, err)
			}
		})
		methods[rt.path] = append(methods[rt.path], rt.method)
	}
	// other methods on a known path: a JSON 405 rather than the mux's plain text
	for path, ms := range methods {
		allow := strings.Join(append(ms, "HEAD"), ", ")
		s.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Allow", allow)
			s.writeError(w, r, &apiError{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed",
				Message: fmt.Sprintf("%s is not allowed here; use %s", r.Method, allow)})
		})
	}
	s.mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		s.writeError(w, r, errNotFound("no such API route: "+r.URL.Path))
	})
	assets, err := web.Assets()
	if err != nil {
		return fmt.Errorf("server: %w", err)
	}
	s.mux.Handle("/", s.ui(assets))
	return nil
}

// ui serves the embedded web assets, with long caching for the vendored libraries and the
// security headers that keep article text inert.
func (s *Server) ui(assets fs.FS) http.Handler {
	files := http.FileServerFS(assets)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			s.writeError(w, r, &apiError{Status: http.StatusMethodNotAllowed, Code: "method_not_allowed",
				Message: r.Method + " is not allowed here; use GET, HEAD"})
			return
		}
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "+
			"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		if strings.HasPrefix(r.URL.Path, "/vendor/") {
			h.Set("Cache-Control", "public, max-age=86400")
		} else {
			h.Set("Cache-Control", "no-cache")
		}
		if _, err := fs.Stat(assets, strings.TrimPrefix(r.URL.Path, "/")); r.URL.Path != "/" && err != nil {
			s.writeError(w, r, errNotFound("no such page: "+r.URL.Path))
			return
		}
		files.ServeHTTP(w, r)
	})
}

// authorize checks the bearer token of a write.
func (s *Server) authorize(r *http.Request) error {
	if s.opt.Token == "" {
		return &apiError{Status: http.StatusForbidden, Code: "writes_disabled",
			Message: "writes are disabled: start the server with a token (--token or MARSAD_TOKEN)"}
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	if !ok || subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opt.Token)) != 1 {
		return &apiError{Status: http.StatusUnauthorized, Code: "unauthorized",
			Message: "this route needs the header Authorization: Bearer <token>"}
	}
	return nil
}
