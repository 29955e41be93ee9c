package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"marsad"
	"marsad/store/storetest"
)

func openTemp(t testing.TB) *DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "marsad.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) marsad.Store { return openTemp(t) })
}
