package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"marsad"
	"marsad/store/storetest"
)

// dsn returns the test server's DSN from MARSAD_PG_DSN, skipping the test when it is unset
// unless MARSAD_REQUIRE_PG=1 (as CI sets), which makes it fail instead.
func dsn(t testing.TB) string {
	t.Helper()
	d := os.Getenv("MARSAD_PG_DSN")
	if d == "" {
		if os.Getenv("MARSAD_REQUIRE_PG") == "1" {
			t.Fatal("MARSAD_REQUIRE_PG=1 but MARSAD_PG_DSN is unset: start a server with .ci/postgres.sh")
		}
		t.Skip("MARSAD_PG_DSN is unset: no PostgreSQL to test against (see .ci/postgres.sh)")
	}
	return d
}

// withSearchPath adds a search_path run-time parameter to a DSN in URL or key=value form.
func withSearchPath(dsn, schema string) string {
	if strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://") {
		u, err := url.Parse(dsn)
		if err == nil {
			q := u.Query()
			q.Set("search_path", schema)
			u.RawQuery = q.Encode()
			return u.String()
		}
	}
	return dsn + " search_path=" + schema
}

// openFresh opens a store in a new schema of its own, dropped when the test ends, so that
// tests never see each other's rows.
func openFresh(t testing.TB) *DB {
	t.Helper()
	ctx := context.Background()
	base := dsn(t)
	admin, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	b := make([]byte, 6)
	_, _ = rand.Read(b)
	schema := "marsad_test_" + hex.EncodeToString(b)
	if _, err := admin.Exec(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatal(err)
	}
	s, err := Open(ctx, withSearchPath(base, schema))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = s.Close()
		if _, err := admin.Exec(ctx, "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop %s: %v", schema, err)
		}
		_ = admin.Close(ctx)
	})
	return s
}

func TestConformance(t *testing.T) {
	dsn(t)
	storetest.Run(t, func(t *testing.T) marsad.Store { return openFresh(t) })
}

func TestMigrationsAndReindex(t *testing.T) {
	ctx := context.Background()
	s := openFresh(t)
	if v := s.SchemaVersion(); v != 9 {
		t.Errorf("schema version %d, want 9", v)
	}
	for _, a := range storetest.Fixtures() {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	var schema string
	if err := s.Pool().QueryRow(ctx, `SELECT current_schema()`).Scan(&schema); err != nil {
		t.Fatal(err)
	}
	// pretend the index came from an older analysis that indexed nothing
	for _, q := range []string{`UPDATE articles SET search = ''::tsvector`,
		`UPDATE meta SET value = 'textsearch-0' WHERE key = 'analyzer'`} {
		if _, err := s.Pool().Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	if res, err := s.Search(ctx, marsad.SearchQuery{Text: "الرئيس"}); err != nil || res.Total != 0 {
		t.Fatalf("emptied index still finds %d, %v", res.Total, err)
	}
	// two stores opening the same database at once: migrations and the rebuild run once
	dsn := withSearchPath(dsn(t), schema)
	var wg sync.WaitGroup
	stores := make([]*DB, 3)
	errs := make([]error, 3)
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, dsn)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("concurrent open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	var versions []int
	rows, err := s.Pool().Query(ctx, `SELECT version FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		versions = append(versions, v)
	}
	rows.Close()
	if fmt.Sprint(versions) != "[1 2 3 4 6 7 8 9]" {
		t.Errorf("schema_version %v, want [1 2 3 4 6 7 8 9]", versions)
	}
	if res, err := stores[0].Search(ctx, marsad.SearchQuery{Text: "الرئيس"}); err != nil || res.Total != 4 {
		t.Errorf("after reopen the rebuilt index finds %d, %v; want 4", res.Total, err)
	}
}

func TestOpenBadDSN(t *testing.T) {
	ctx := context.Background()
	if _, err := Open(ctx, "postgres://nobody@127.0.0.1:1/none?sslmode=disable&connect_timeout=2"); err == nil {
		t.Error("open of a closed port succeeded")
	}
	if _, err := Open(ctx, "::not a dsn::"); err == nil {
		t.Error("open of a malformed DSN succeeded")
	}
}

// FuzzSearch feeds arbitrary query text to a PostgreSQL store: the only error allowed is a
// bad query, never a tsquery syntax error.
func FuzzSearch(f *testing.F) {
	for _, s := range storetest.SearchSeeds {
		f.Add(s)
	}
	f.Fuzz(storetest.SearchFuzz(f, openFresh(f)))
}

func BenchmarkStore(b *testing.B) {
	dsn(b)
	storetest.Bench(b, func(b *testing.B) marsad.Store { return openFresh(b) })
}
