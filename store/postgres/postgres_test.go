package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"os"
	"strings"
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
