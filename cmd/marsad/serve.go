package main

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"runtime/pprof"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"marsad"
	"marsad/analyze"
	"marsad/server"
	"marsad/store/postgres"
	"marsad/store/sqlite"
)

// openStore opens a PostgreSQL store for a postgres:// URL and a SQLite file otherwise.
func openStore(ctx context.Context, db string) (marsad.Store, error) {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return postgres.Open(ctx, db)
	}
	return sqlite.Open(ctx, db)
}

func init() {
	var (
		db, addr, token string
		noNER, readOnly bool
		maxBody         int64
		timeout, cache  time.Duration
		cpuProfile      string
	)
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the HTTP API and the web observatory",
		Long: `Serve the JSON API (/api/…, described at /openapi.json), /healthz, Prometheus /metrics and the
Arabic web UI (/) over a store: a SQLite file, or PostgreSQL for a postgres:// URL.

Reads are open. POST /api/articles (analyse and store an article) needs
"Authorization: Bearer TOKEN", the token given by --token or MARSAD_TOKEN; without either a
random token is made and logged at start, unless --read-only.`,
		Example: `  marsad serve --db marsad.db
  MARSAD_TOKEN=secret marsad serve --addr 127.0.0.1:8080 --db marsad.db
  curl -H 'Authorization: Bearer secret' -d '{"date":"2025-02-18","text":"…"}' http://127.0.0.1:8080/api/articles`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			if token == "" {
				token = os.Getenv("MARSAD_TOKEN")
			}
			if token == "" && !readOnly {
				b := make([]byte, 16)
				_, _ = rand.Read(b)
				token = hex.EncodeToString(b)
				slog.Warn("no --token or MARSAD_TOKEN: writes need this generated token", "token", token)
			}
			if readOnly {
				token = ""
			}
			st, err := openStore(ctx, db)
			if err != nil {
				return err
			}
			defer st.Close()
			opt := server.Options{Store: st, Token: token, MaxBodyBytes: maxBody, RequestTimeout: timeout, CacheTTL: cache}
			if !readOnly {
				an, err := analyze.New(analyze.Options{NoNER: noNER})
				if err != nil {
					return err
				}
				opt.Analyzer = an
			}
			srv, err := server.New(opt)
			if err != nil {
				return err
			}
			if cpuProfile != "" { // for load benchmarks: where the server spends its time
				f, err := os.Create(cpuProfile)
				if err != nil {
					return fmt.Errorf("serve: %w", err)
				}
				if err := pprof.StartCPUProfile(f); err != nil {
					f.Close()
					return fmt.Errorf("serve: %w", err)
				}
				defer func() {
					pprof.StopCPUProfile()
					f.Close()
				}()
			}
			hs := srv.HTTPServer(addr)
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return fmt.Errorf("serve: %w", err)
			}
			slog.Info("marsad serving", "url", "http://"+ln.Addr().String()+"/", "db", db, "writes", !readOnly)
			errc := make(chan error, 1)
			go func() { errc <- hs.Serve(ln) }()
			select {
			case err := <-errc:
				return fmt.Errorf("serve: %w", err)
			case <-ctx.Done():
			}
			slog.Info("shutting down")
			sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
			defer cancel()
			if err := hs.Shutdown(sctx); err != nil && !errors.Is(err, http.ErrServerClosed) {
				return fmt.Errorf("serve: shutdown: %w", err)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "marsad.db", "SQLite database file, or a postgres:// URL")
	f.StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	f.StringVar(&token, "token", "", "bearer token that writes need (default $MARSAD_TOKEN)")
	f.BoolVar(&readOnly, "read-only", false, "refuse writes and load no analyzer")
	f.BoolVar(&noNER, "no-ner", false, "analyse posted articles without the statistical tagger")
	f.Int64Var(&maxBody, "max-body", server.DefaultMaxBodyBytes, "largest request body in bytes")
	f.DurationVar(&timeout, "timeout", server.DefaultRequestTimeout, "time limit of one API request")
	f.DurationVar(&cache, "cache-ttl", server.DefaultCacheTTL, "how long read answers are cached (negative: no cache)")
	f.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile of the server to this file until it stops")
	rootCmd.AddCommand(cmd)
}
