package sqlite

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestOpenPaths opens stores at a relative path and at paths with spaces, Arabic and URI
// characters, and checks that the file lands where it was asked to.
func TestOpenPaths(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for _, p := range []string{"marsad.db", "./sub/../rel.db", "with space.db", "مرصد.db", "100%.db", "a&b=c.db"} {
		if err := os.MkdirAll(filepath.Join(dir, "sub"), 0o755); err != nil {
			t.Fatal(err)
		}
		s, err := Open(context.Background(), p)
		if err != nil {
			t.Errorf("Open(%q): %v", p, err)
			continue
		}
		if err := s.Close(); err != nil {
			t.Errorf("Close(%q): %v", p, err)
		}
		if _, err := os.Stat(filepath.Join(dir, filepath.Clean(p))); err != nil {
			t.Errorf("Open(%q) made no file there: %v", p, err)
		}
	}
}
